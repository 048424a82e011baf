using CorporateParenting.Data;
using CorporateParenting.Data.Strategy;
using CorporateParenting.Web.Disclosure;
using CorporateParenting.Web.Documents;
using CorporateParenting.Web.Features.Strategy;
using CorporateParenting.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.AnnualReports.Sections;

/// <summary>Achievements recorded in the year, with their impact figures as the achievements log words them.</summary>
public sealed class AchievementsSection(HubDbContext db) : IAnnualReportSection
{
    public string Key => AnnualReportSectionKeys.Achievements;
    public int Order => 50;
    public string Title => "What we achieved";
    public string NarrativePrompt => "Tell the story behind two or three achievements: what changed for children and young people, in their words where you can.";

    public async Task<SectionDraft> DraftAsync(ReportYear year, CancellationToken cancellationToken)
    {
        var achievements = await db.Achievements.AsNoTracking().Where(a => a.Date >= year.Start && a.Date <= year.End)
            .OrderBy(a => a.Date).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        var headlines = new List<ReportHeadline>
        {
            new("Achievements recorded", SectionFigures.Count(achievements.Count)),
            new("Achievements with an impact figure", SectionFigures.Count(achievements.Count(a => a.ImpactNumber is not null))),
        };
        if (achievements.Count == 0) return new SectionDraft([SectionFigures.Nothing($"No achievements were recorded in {year.Label}.")], headlines);

        var priorities = await db.PriorityAreas.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var rows = achievements.Select(a => (IReadOnlyList<string>)[DateDisplay.Long(a.Date), a.What, a.Who,
            a.PriorityId is { } id ? priorities.GetValueOrDefault(id) ?? "" : "", Impact(a)]).ToList();
        return new SectionDraft(
        [
            new DraftBlock(new PackTable($"Achievements, {year.Label}", ["Date", "Achievement", "Who", "Priority", "Impact"], rows),
                new ReportSource("Achievements", "/Strategy/Achievements")),
        ], headlines);
    }

    /// <summary>
    /// The log's own wording (<see cref="WorkingGroupReportBuilder.AchievementImpact"/>), except that a whole number of
    /// 1 to 5 that is not money counts people, so in a public paper it is "c".
    /// </summary>
    public static string Impact(Achievement a)
    {
        if (a.ImpactNumber is { } n && a.ImpactUnit != "£" && n == decimal.Truncate(n) && SmallNumbers.IsSmall((int)n))
            return string.Join(" ", new[] { SmallNumbers.Symbol, a.ImpactUnit ?? "", a.ImpactSentence ?? "" }.Where(s => s.Length > 0));
        return WorkingGroupReportBuilder.AchievementImpact(a);
    }
}
