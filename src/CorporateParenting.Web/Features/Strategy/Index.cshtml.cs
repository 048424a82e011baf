using CorporateParenting.Data;
using CorporateParenting.Data.Strategy;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using CorporateParenting.Web.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CorporateParenting.Web.Features.Strategy;

/// <summary>The strategy at a glance: period, vision, principles, and each priority with its action counts.</summary>
[Authorize(Policy = Capability.ViewStrategy)]
public sealed class IndexModel(HubDbContext db, StrategyAccess access, TimeProvider clock, IOptions<HubOptions> hub) : PageModel
{
    public sealed record PriorityRow(PriorityArea Priority, int Actions, int Done, int Overdue, bool Mine);

    public StrategyPlan? Plan { get; private set; }
    public IReadOnlyList<PriorityRow> Rows { get; private set; } = [];
    public bool Manages { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = clock.UkToday();
        Plan = await db.Strategies.AsNoTracking().OrderByDescending(s => s.StartYear).FirstOrDefaultAsync(cancellationToken);
        Manages = await access.ManagesAsync(User);
        if (Plan is null) return;
        var priorities = await db.PriorityAreas.AsNoTracking().Where(p => p.StrategyId == Plan.Id).Include(p => p.Aims).ThenInclude(a => a.Actions)
            .OrderBy(p => p.Order).AsSplitQuery().ToListAsync(cancellationToken);
        var mine = await access.EditablePrioritiesAsync(User);
        Rows = priorities.Select(p =>
        {
            var actions = p.Aims.SelectMany(a => a.Actions).ToList();
            return new PriorityRow(p, actions.Count, actions.Count(a => a.Status == StrategyActionStatus.Done), actions.Count(a => a.IsOverdueOn(today)), mine.Contains(p.Id) && !Manages);
        }).ToList();
    }

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken cancellationToken)
    {
        var (_, rows) = await ActionPlanExport.LoadAsync(db, cancellationToken);
        return ExcelDownload.Create(rows, "action-plan.xlsx", "Action plan");
    }

    public async Task<IActionResult> OnGetWordAsync(CancellationToken cancellationToken)
    {
        var (title, rows) = await ActionPlanExport.LoadAsync(db, cancellationToken);
        return File(ActionPlanExport.Word(title, hub.Value.CouncilName, clock.UkToday(), rows), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "action-plan.docx");
    }
}
