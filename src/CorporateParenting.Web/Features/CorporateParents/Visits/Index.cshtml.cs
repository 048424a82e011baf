using CorporateParenting.Data;
using CorporateParenting.Data.CorporateParents;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.CorporateParents.Visits;

/// <summary>Members' visits to homes and services, newest first, with the actions they raised.</summary>
[Authorize(Policy = Capability.ViewCorporateParents)]
public sealed class IndexModel(HubDbContext db, IAuthorizationService authorization) : PageModel
{
    public sealed record Row(MemberVisit Visit, string Home, IReadOnlyList<string> Members, IReadOnlyList<(int Id, string Description)> Actions, bool MayChange);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool CanRecord { get; private set; }
    public bool CanManage { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanRecord = (await authorization.AuthorizeAsync(User, Capability.RecordVisits)).Succeeded;
        CanManage = (await authorization.AuthorizeAsync(User, Capability.ManageCorporateParents)).Succeeded;
        var me = CanManage ? null : await VisitForm.SignedInMemberAsync(db, User, cancellationToken);
        var homes = await db.CareSettings.AsNoTracking().ToDictionaryAsync(h => h.Id, h => h.Name, cancellationToken);
        var members = await db.CouncilMembers.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);
        var actions = await db.BoardActions.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Description, cancellationToken);
        var visits = await db.MemberVisits.AsNoTracking().Include(v => v.Members).Include(v => v.Actions)
            .OrderByDescending(v => v.Date).ThenByDescending(v => v.Id).ToListAsync(cancellationToken);
        Rows = visits.Select(v => new Row(v, homes[v.CareSettingId],
            v.Members.Select(m => members[m.CouncilMemberId]).Order().ToList(),
            v.Actions.Select(a => (a.BoardActionId, actions[a.BoardActionId])).ToList(),
            // The same rule as the change and delete pages (VisitForm.MayChangeAsync): the officer, or a member who went.
            CanManage || (CanRecord && me is { } id && v.Members.Any(m => m.CouncilMemberId == id)))).ToList();
    }
}
