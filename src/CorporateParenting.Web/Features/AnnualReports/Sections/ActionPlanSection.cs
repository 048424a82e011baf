using CorporateParenting.Data;
using CorporateParenting.Data.Strategy;
using CorporateParenting.Web.Documents;
using CorporateParenting.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.AnnualReports.Sections;

/// <summary>
/// Progress on the action plan at the year end, per priority: done, on track, late. Each action is taken as its updates
/// left it on the year end (status and due date), then the strategy's own rules say what it is:
/// <see cref="StrategyActionStatus.Done"/> is done, <see cref="StrategyAction.IsOverdueOn"/> is late.
/// </summary>
public sealed class ActionPlanSection(HubDbContext db) : IAnnualReportSection
{
    public string Key => AnnualReportSectionKeys.ActionPlan;
    public int Order => 40;
    public string Title => "Progress on the action plan";
    public string NarrativePrompt => "Pick out the actions that made the most difference, and say why any late actions slipped and what happens next.";

    public async Task<SectionDraft> DraftAsync(ReportYear year, CancellationToken cancellationToken)
    {
        var plan = await SectionFigures.StrategyInForceAsync(db, year.End, cancellationToken);
        var priorities = plan is null ? [] : await db.PriorityAreas.AsNoTracking().Where(p => p.StrategyId == plan.Id)
            .Include(p => p.Aims).ThenInclude(a => a.Actions).ThenInclude(a => a.Updates)
            .OrderBy(p => p.Order).AsSplitQuery().ToListAsync(cancellationToken);
        var byPriority = priorities.Select(p => (p.Name, Actions: p.Aims.SelectMany(a => a.Actions).Select(a => AsAt(a, year.End)).ToList())).ToList();
        var all = byPriority.SelectMany(p => p.Actions).ToList();
        var headlines = new List<ReportHeadline>
        {
            new("Actions in the plan", SectionFigures.Count(all.Count)),
            new("Actions done", SectionFigures.Count(all.Count(a => a.Status == StrategyActionStatus.Done))),
            new("Actions late", SectionFigures.Count(all.Count(a => a.IsOverdueOn(year.End)))),
        };
        if (all.Count == 0) return new SectionDraft([SectionFigures.Nothing($"No action plan was in force in {year.Label}.")], headlines);

        IReadOnlyList<string> Row(string name, List<StrategyAction> actions)
        {
            // Late first: an action past its date that is not done is late, whatever its last status said.
            var late = actions.Where(a => a.IsOverdueOn(year.End)).ToList();
            var notLate = actions.Except(late).ToList();
            int With(params StrategyActionStatus[] statuses) => notLate.Count(a => statuses.Contains(a.Status));
            return [name, SectionFigures.Count(actions.Count), SectionFigures.Count(With(StrategyActionStatus.Done)), SectionFigures.Count(With(StrategyActionStatus.OnTrack)),
                SectionFigures.Count(With(StrategyActionStatus.AtRisk, StrategyActionStatus.OffTrack)), SectionFigures.Count(With(StrategyActionStatus.NotStarted)), SectionFigures.Count(late.Count)];
        }
        var rows = byPriority.Select(p => Row(p.Name, p.Actions)).Append(Row("All priorities", all)).ToList();
        return new SectionDraft(
        [
            new DraftBlock(new PackParagraph($"Where each action stood on {DateDisplay.Long(year.End)}. An action past its due date and not done is counted as late.")),
            new DraftBlock(new PackTable($"Actions by priority at {DateDisplay.Long(year.End)}",
                ["Priority", "Actions", "Done", "On track", "At risk or off track", "Not started", "Late"], rows, SectionFigures.Numeric(1, 2, 3, 4, 5, 6)),
                new ReportSource("Strategy and action plan", "/Strategy")),
        ], headlines);
    }

    /// <summary>
    /// The action as it stood on <paramref name="day"/>: the status of the last update written by then (not started when
    /// every update came later; the action's own status when it has none), and the due date before any later move.
    /// </summary>
    public static StrategyAction AsAt(StrategyAction action, DateOnly day)
    {
        var updates = action.Updates.OrderBy(u => u.WrittenAtUtc).ThenBy(u => u.Id).ToList();
        var by = updates.LastOrDefault(u => DateOnly.FromDateTime(u.WrittenAtUtc) <= day);
        var status = by?.Status ?? (updates.Count == 0 ? action.Status : StrategyActionStatus.NotStarted);
        var laterMove = updates.FirstOrDefault(u => DateOnly.FromDateTime(u.WrittenAtUtc) > day && u.MovedFrom is not null);
        return new StrategyAction
        {
            Id = action.Id, AimId = action.AimId, Description = action.Description, Owner = action.Owner, OriginalDueDate = action.OriginalDueDate,
            DueDate = laterMove?.MovedFrom ?? action.DueDate, Status = status, Rag = by?.Rag ?? action.Rag,
        };
    }
}
