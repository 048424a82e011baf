using System.Text.Json;
using CorporateParenting.Data;
using CorporateParenting.Web.Documents;
using CorporateParenting.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using ScorecardRag = CorporateParenting.Data.Strategy.Rag;

namespace CorporateParenting.Web.Features.AnnualReports.Sections;

/// <summary>
/// The performance headline: the scorecard of the report's own year (the figures to its 31 March) published nearest the
/// year end, or the nearest of any year when none has the year's figures, read from its frozen copy for restricted
/// viewers (suppressed figures stay "c"), against England and similar councils exactly as published.
/// </summary>
public sealed class PerformanceSection(HubDbContext db) : IAnnualReportSection
{
    public string Key => AnnualReportSectionKeys.Performance;
    public int Order => 60;
    public string Title => "How well children in our care are doing";
    public string NarrativePrompt => "Say what the figures show: where children are doing well, where they are not, and what the board is doing about it.";

    public async Task<SectionDraft> DraftAsync(ReportYear year, CancellationToken cancellationToken)
    {
        // Nearest within a year either side: a scorecard further off says nothing about this year. Few rows: picked here.
        var (from, to) = (year.End.AddYears(-1), year.End.AddYears(1));
        var published = (await db.PublishedScorecards.AsNoTracking().Where(p => p.MeetingDate >= from && p.MeetingDate <= to)
                .Select(p => new { p.Id, p.Title, p.MeetingDate, p.PublishedAtUtc, p.Year }).ToListAsync(cancellationToken))
            .OrderBy(p => p.Year == year.End.Year ? 0 : 1).ThenBy(p => Math.Abs(p.MeetingDate.DayNumber - year.End.DayNumber)).ThenBy(p => p.MeetingDate).ThenByDescending(p => p.PublishedAtUtc).FirstOrDefault();
        if (published is null)
            return new SectionDraft([SectionFigures.Nothing($"No scorecard was published within a year of {DateDisplay.Long(year.End)}.")], [new ReportHeadline("Indicators", "0"), new ReportHeadline("Rated green", "0"), new ReportHeadline("Rated red", "0")]);

        var json = await db.PublishedScorecards.AsNoTracking().Where(p => p.Id == published.Id).Select(p => p.Suppressed).SingleAsync(cancellationToken);
        var card = JsonSerializer.Deserialize<Performance.Scorecard.Scorecard>(json)!;
        var rows = card.Lines.Select(l => (IReadOnlyList<string>)[l.Name, l.This.Text, l.England, l.Neighbours, l.RagLabel]).ToList();
        return new SectionDraft(
        [
            new DraftBlock(new PackParagraph($"From the scorecard \"{published.Title}\", published for the meeting on {DateDisplay.Long(published.MeetingDate)}: the year ending 31 March {card.Year}. Small numbers are shown as \"c\".")),
            new DraftBlock(new PackTable($"Indicators, {card.Year - 1}-{card.Year % 100:00}", ["Indicator", "This council", "England", "Similar councils", "Rating"], rows, SectionFigures.Numeric(1, 2, 3)),
                new ReportSource("Published scorecard", $"/Performance/Published/{published.Id}")),
        ],
        [
            new ReportHeadline("Indicators", SectionFigures.Count(card.Lines.Count)),
            new ReportHeadline("Rated green", SectionFigures.Count(card.Lines.Count(l => l.Rating == ScorecardRag.Green))),
            new ReportHeadline("Rated red", SectionFigures.Count(card.Lines.Count(l => l.Rating == ScorecardRag.Red))),
        ]);
    }
}
