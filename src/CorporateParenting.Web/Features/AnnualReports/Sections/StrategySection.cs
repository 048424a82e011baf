using CorporateParenting.Data;
using CorporateParenting.Web.Documents;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.AnnualReports.Sections;

/// <summary>The strategy in force at the year end: its vision and priorities, each with its working group and chair.</summary>
public sealed class StrategySection(HubDbContext db) : IAnnualReportSection
{
    public string Key => AnnualReportSectionKeys.Strategy;
    public int Order => 30;
    public string Title => "Our strategy and priorities";
    public string NarrativePrompt => "Explain how the priorities were chosen, with children and young people, and how the working groups take them forward.";

    public async Task<SectionDraft> DraftAsync(ReportYear year, CancellationToken cancellationToken)
    {
        var plan = await SectionFigures.StrategyInForceAsync(db, year.End, cancellationToken);
        if (plan is null)
            return new SectionDraft([SectionFigures.Nothing($"No strategy was in force in {year.Label}.")], [new ReportHeadline("Strategy period", "None"), new ReportHeadline("Priorities", "0")]);

        var priorities = await db.PriorityAreas.AsNoTracking().Where(p => p.StrategyId == plan.Id).Include(p => p.Members)
            .OrderBy(p => p.Order).ToListAsync(cancellationToken);
        var rows = priorities.Select(p => (IReadOnlyList<string>)[
            p.Name, p.ChairName,
            string.Join("; ", p.Members.OrderBy(m => m.Id).Select(m => $"{m.Name} ({m.Organisation})"))]).ToList();
        var source = new ReportSource("Strategy", "/Strategy");
        return new SectionDraft(
        [
            new DraftBlock(new PackParagraph($"{plan.Title}, {plan.Period}.")),
            new DraftBlock(new PackKeyValues([("Our vision", plan.Vision)]), source),
            priorities.Count == 0
                ? SectionFigures.Nothing("The strategy has no priorities recorded.")
                : new DraftBlock(new PackTable("Priorities, their working groups and chairs", ["Priority", "Chair", "Working group"], rows), source),
        ],
        [new ReportHeadline("Strategy period", plan.Period), new ReportHeadline("Priorities", SectionFigures.Count(priorities.Count))]);
    }
}
