using CorporateParenting.Data;
using CorporateParenting.Data.Strategy;
using CorporateParenting.Web.Documents;
using CorporateParenting.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.AnnualReports.Sections;

/// <summary>
/// Recommendations made to the council (inspections, monitoring visits, scrutiny reviews, surveys) that were live in the
/// year, with their status at the year end as the progress reports to the board left it. Confidential ones stay out:
/// the report is a public paper.
/// </summary>
public sealed class RecommendationsSection(HubDbContext db) : IAnnualReportSection
{
    public string Key => AnnualReportSectionKeys.Recommendations;
    public int Order => 110;
    public string Title => "Recommendations and how we responded";
    public string NarrativePrompt => "Summarise what inspectors and scrutiny asked of the council and what has changed as a result.";

    public async Task<SectionDraft> DraftAsync(ReportYear year, CancellationToken cancellationToken)
    {
        var recommendations = (await db.Recommendations.AsNoTracking().Include(r => r.Reports)
                .Where(r => !r.Confidential && r.Date <= year.End).ToListAsync(cancellationToken))
            .Select(r => (Recommendation: r, Status: StatusOn(r, year.End), ClosedBefore: StatusOn(r, year.Start.AddDays(-1)) == RecommendationStatus.Closed))
            .Where(x => !x.ClosedBefore)   // closed before the year began: last year's story
            .OrderBy(x => x.Recommendation.Date).ThenBy(x => x.Recommendation.Id).ToList();
        var headlines = new List<ReportHeadline>
        {
            new("Recommendations followed up", SectionFigures.Count(recommendations.Count)),
            new("Recommendations closed by the year end", SectionFigures.Count(recommendations.Count(x => x.Status == RecommendationStatus.Closed))),
            new("Recommendations still open", SectionFigures.Count(recommendations.Count(x => x.Status != RecommendationStatus.Closed))),
        };
        if (recommendations.Count == 0) return new SectionDraft([SectionFigures.Nothing($"No recommendations were being followed up in {year.Label}.")], headlines);

        var rows = recommendations.Select(x => (IReadOnlyList<string>)[x.Recommendation.Reference, DisplayWords.Of(x.Recommendation.Source), DateDisplay.Long(x.Recommendation.Date),
            x.Recommendation.Text, x.Recommendation.Owner, DisplayWords.Of(x.Status)]).ToList();
        return new SectionDraft(
        [
            new DraftBlock(new PackTable($"Recommendations and their status on {DateDisplay.Long(year.End)}", ["Reference", "From", "Made", "Recommendation", "Owner", "Status"], rows),
                new ReportSource("Recommendations", "/Strategy/Recommendations")),
        ], headlines);
    }

    /// <summary>The status the last progress report by then gave it; open before any report; its own status when it has no reports at all.</summary>
    public static RecommendationStatus StatusOn(Recommendation recommendation, DateOnly day) =>
        recommendation.Reports.Count == 0 ? recommendation.Status
            : recommendation.Reports.Where(r => r.ReportedOn <= day).OrderBy(r => r.ReportedOn).ThenBy(r => r.Id).LastOrDefault()?.Status ?? RecommendationStatus.Open;
}
