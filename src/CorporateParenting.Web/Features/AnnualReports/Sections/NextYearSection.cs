using CorporateParenting.Data;
using CorporateParenting.Data.Strategy;
using CorporateParenting.Web.Documents;
using CorporateParenting.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.AnnualReports.Sections;

/// <summary>
/// Next year's priorities: those of the strategy still in force the day after the year end, and the actions due in the
/// following year that are not done, as the action plan has them now.
/// </summary>
public sealed class NextYearSection(HubDbContext db, TimeProvider clock) : IAnnualReportSection
{
    public string Key => AnnualReportSectionKeys.NextYear;
    public int Order => 130;
    public string Title => "Our priorities for next year";
    public string NarrativePrompt => "Say what the board will focus on next year and how children and young people will hold it to account.";

    public async Task<SectionDraft> DraftAsync(ReportYear year, CancellationToken cancellationToken)
    {
        var next = new ReportYear(year.Kind, year.End.AddDays(1), year.End.AddYears(1));
        var plan = await SectionFigures.StrategyInForceAsync(db, next.Start, cancellationToken);
        var priorities = plan is null ? [] : await db.PriorityAreas.AsNoTracking().Where(p => p.StrategyId == plan.Id)
            .Include(p => p.Aims).ThenInclude(a => a.Actions).OrderBy(p => p.Order).AsSplitQuery().ToListAsync(cancellationToken);
        var due = priorities.SelectMany(p => p.Aims.OrderBy(a => a.Order).SelectMany(a => a.Actions)
                .Where(a => next.Contains(a.DueDate) && a.Status != StrategyActionStatus.Done).Select(a => (Priority: p.Name, Action: a)))
            .OrderBy(x => x.Action.DueDate).ThenBy(x => x.Action.Id).ToList();
        var headlines = new List<ReportHeadline>
        {
            new("Priorities continuing", SectionFigures.Count(priorities.Count)),
            new("Actions due next year", SectionFigures.Count(due.Count)),
        };
        if (plan is null) return new SectionDraft([SectionFigures.Nothing($"No strategy is in force for {next.Label}.")], headlines);

        var source = new ReportSource("Strategy and action plan", "/Strategy");
        return new SectionDraft(
        [
            new DraftBlock(new PackParagraph($"{plan.Title} ({plan.Period}) continues into {next.Label} with these priorities:")),
            new DraftBlock(new PackTable($"Priorities for {next.Label}", ["Priority", "Chair", "What it is about"],
                priorities.Select(p => (IReadOnlyList<string>)[p.Name, p.ChairName, p.Description]).ToList()), source),
            due.Count == 0 ? SectionFigures.Nothing($"No actions are due in {next.Label}.")
                : new DraftBlock(new PackTable($"Actions due in {next.Label}", ["Priority", "Action", "Owner", "Due", "Status now"],
                    due.Select(x => (IReadOnlyList<string>)[x.Priority, x.Action.Description, x.Action.Owner, DateDisplay.Long(x.Action.DueDate),
                        x.Action.IsOverdueOn(clock.UkToday()) ? "Overdue" : DisplayWords.Of(x.Action.Status)]).ToList()), source),
        ], headlines);
    }
}
