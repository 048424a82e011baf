using CorporateParenting.Data;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Disclosure;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Voice.Surveys;

/// <summary>
/// Every survey, open first, then upcoming, then closed, with each band's responses, who could have answered
/// (from the 903) and the response rate. The board reads it; only the participation officer opens a survey's codes.
/// </summary>
[Authorize(Policy = Capability.ViewVoice)]
public sealed class IndexModel(HubDbContext db, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public sealed record BandRow(string Label, string QuestionSet, int Responses, int? Eligible, string? EligibleSource);
    public sealed record SurveyRow(int Id, string Title, DateOnly OpensOn, DateOnly ClosesOn, bool IsPledgeSurvey, IReadOnlyList<BandRow> Bands);

    public bool CanManage { get; private set; }
    public IReadOnlyList<SurveyRow> Open { get; private set; } = [];
    public IReadOnlyList<SurveyRow> Upcoming { get; private set; } = [];
    public IReadOnlyList<SurveyRow> Closed { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanManage = (await authorization.AuthorizeAsync(User, Capability.ManageVoice)).Succeeded;
        var today = clock.UkToday();
        var surveys = await db.Surveys.AsNoTracking().Include(s => s.Bands).ThenInclude(b => b.QuestionSet).ToListAsync(cancellationToken);
        var responses = await db.SurveyResponses.GroupBy(r => r.SurveyBandId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var rows = surveys.Select(s => new SurveyRow(s.Id, s.Title, s.OpensOn, s.ClosesOn, s.IsPledgeSurvey, s.Bands.OrderBy(b => b.QuestionSet!.MinAge).ThenBy(b => b.Id)
            .Select(b => new BandRow(b.Label, $"{b.QuestionSet!.Name}, version {b.QuestionSet.Version}", responses.GetValueOrDefault(b.Id), b.EligibleCount, b.EligibleSource)).ToList())).ToList();
        Open = rows.Where(s => s.OpensOn <= today && today <= s.ClosesOn).OrderBy(s => s.ClosesOn).ToList();
        Upcoming = rows.Where(s => s.OpensOn > today).OrderBy(s => s.OpensOn).ToList();
        Closed = rows.Where(s => s.ClosesOn < today).OrderByDescending(s => s.ClosesOn).ToList();
    }

    /// <summary>A count as the viewer may see it: 1 to 5 are "c" for all but the participation officer (ADR 12).</summary>
    public string Count(int? count) => count is null ? "not known" : !CanManage && SmallNumbers.IsSmall(count) ? SmallNumbers.Symbol : count.Value.ToString("N0");

    /// <summary>Responses as a share of those who could have answered; not shown when either count is hidden or unknown.</summary>
    public string Rate(BandRow band) =>
        band.Eligible is not > 0 ? "not known"
        : !CanManage && (SmallNumbers.IsSmall(band.Eligible) || SmallNumbers.IsSmall(band.Responses)) ? SmallNumbers.Symbol
        : $"{100.0 * band.Responses / band.Eligible.Value:0}%";
}
