using CorporateParenting.Data;
using CorporateParenting.Data.Strategy;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using CorporateParenting.Web.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Strategy.Achievements;

/// <summary>The achievements log with impact figures, newest first; it feeds the annual report.</summary>
[Authorize(Policy = Capability.ViewStrategy)]
public sealed class IndexModel(HubDbContext db, StrategyAccess access) : PageModel
{
    public sealed record Row(Achievement Achievement, string? Priority, string Impact);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool MayAdd { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Rows = await LoadAsync(cancellationToken);
        MayAdd = (await access.EditablePrioritiesAsync(User)).Count > 0;
    }

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken cancellationToken) =>
        ExcelDownload.Create((await LoadAsync(cancellationToken)).Select(r => new
        {
            Date = DateDisplay.Iso(r.Achievement.Date), r.Achievement.What, Priority = r.Priority ?? "", r.Achievement.Who,
            r.Achievement.ImpactNumber, r.Achievement.ImpactUnit, r.Achievement.ImpactSentence,
        }), "achievements.xlsx", "Achievements");

    private async Task<List<Row>> LoadAsync(CancellationToken cancellationToken)
    {
        var priorities = await db.PriorityAreas.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var achievements = await db.Achievements.AsNoTracking().OrderByDescending(a => a.Date).ThenByDescending(a => a.Id).ToListAsync(cancellationToken);
        return achievements.Select(a => new Row(a, a.PriorityId is { } id ? priorities.GetValueOrDefault(id) : null, WorkingGroupReportBuilder.AchievementImpact(a))).ToList();
    }
}
