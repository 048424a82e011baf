using CorporateParenting.Data;
using CorporateParenting.Data.CorporateParents;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.CorporateParents.Training;

/// <summary>The members' training sessions, newest first, with how many attended; the council's rules.</summary>
[Authorize(Policy = Capability.ViewCorporateParents)]
public sealed class IndexModel(HubDbContext db, IAuthorizationService authorization) : PageModel
{
    public sealed record Row(TrainingSession Session, int Attended);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public CorporateParentingRules Rules { get; private set; } = new();
    public bool MayManage { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var counts = await db.TrainingAttendances.GroupBy(a => a.SessionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        Rows = (await db.TrainingSessions.AsNoTracking().OrderByDescending(s => s.Date).ThenBy(s => s.Title).ToListAsync(cancellationToken))
            .Select(s => new Row(s, counts.GetValueOrDefault(s.Id))).ToList();
        Rules = await MemberCompliance.RulesAsync(db, cancellationToken);
        MayManage = (await authorization.AuthorizeAsync(User, Capability.ManageCorporateParents)).Succeeded;
    }

    public static string Of(TrainingAudience audience) => audience switch
    {
        TrainingAudience.AllMembers => "All members",
        TrainingAudience.NewMembers => "Newly elected members",
        _ => "Board members",
    };
}
