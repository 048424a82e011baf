using CorporateParenting.Data;
using CorporateParenting.Data.AnnualReports;
using CorporateParenting.Web.Documents;
using CorporateParenting.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CorporateParenting.Web.Features.AnnualReports;

/// <summary>One section as drafted for a report: what the record says, and the words added under it (null while none).</summary>
public sealed record DraftedSection(string Key, string Title, string NarrativePrompt, SectionDraft Draft, string? Narrative)
{
    /// <summary>Nothing from the record: the section is only its narrative, so a report cannot be approved without it.</summary>
    public bool NarrativeOnly => Draft.Blocks.Count == 0;
}

/// <summary>One headline figure beside the same figure in last year's report.</summary>
public sealed record ComparisonRow(string Section, string Label, string ThisYear, string LastYear);

/// <summary>The report as drafted now: its sections in order and, where last year's report exists, the comparison with it.</summary>
public sealed record DraftedReport(AnnualReport Report, string CouncilName, IReadOnlyList<DraftedSection> Sections, AnnualReport? LastYear, IReadOnlyList<ComparisonRow> Comparison)
{
    public IEnumerable<DraftedSection> MissingNarrative => Sections.Where(s => s.NarrativeOnly && s.Narrative is null);
}

/// <summary>
/// Drafts the annual report from the record: runs every registered section in order for the report's year, attaches
/// each section's narrative, and sets the sections' headline figures beside last year's report of the same kind.
/// The page and the PDF and Word files are all drawn from one <see cref="DraftedReport"/>, so they say the same.
/// </summary>
public sealed class AnnualReportDrafter(IEnumerable<IAnnualReportSection> sections, HubDbContext db, IOptions<HubOptions> hub)
{
    public const string BoardName = "Corporate Parenting Board";
    public const string ComparisonTitle = "This year and last year";
    public const string NarrativeMarker = "[Narrative to be added]";

    public IReadOnlyList<IAnnualReportSection> Sections { get; } = sections.OrderBy(s => s.Order).ToList();

    public async Task<DraftedReport> DraftAsync(AnnualReport report, CancellationToken cancellationToken)
    {
        var year = ReportYear.Of(report);
        var narratives = report.Narratives.Count > 0 ? report.Narratives.ToDictionary(n => n.SectionKey, n => n.Text)
            : await db.AnnualReportNarratives.AsNoTracking().Where(n => n.ReportId == report.Id).ToDictionaryAsync(n => n.SectionKey, n => n.Text, cancellationToken);
        var drafted = new List<DraftedSection>();
        foreach (var section in Sections)
            drafted.Add(new DraftedSection(section.Key, section.Title, section.NarrativePrompt, await section.DraftAsync(year, cancellationToken), narratives.GetValueOrDefault(section.Key)));

        var previous = year.Previous;
        var lastYear = await db.AnnualReports.AsNoTracking().SingleOrDefaultAsync(r => r.YearKind == report.YearKind && r.YearStart == previous.Start, cancellationToken);
        var comparison = new List<ComparisonRow>();
        if (lastYear is not null)
            foreach (var (section, draft) in Sections.Zip(drafted))
            {
                if (draft.Draft.Headlines.Count == 0) continue;
                var before = (await section.DraftAsync(ReportYear.Of(lastYear), cancellationToken)).Headlines;
                comparison.AddRange(draft.Draft.Headlines.Select(h => new ComparisonRow(section.Title, h.Label, h.Value,
                    before.FirstOrDefault(b => b.Label == h.Label)?.Value ?? "Not reported")));
            }
        return new DraftedReport(report, hub.Value.CouncilName, drafted, lastYear, comparison);
    }

    /// <summary>The report as one document for the PDF and Word files: cover, contents (page numbers by the renderer), sections.</summary>
    public static PackDocument Document(DraftedReport drafted)
    {
        var report = drafted.Report;
        var cover = string.Join("\n", new[]
        {
            drafted.CouncilName, BoardName, "",
            $"Report to: {report.ReportTo}", $"Report author: {report.Author}", $"Date of report: {DateDisplay.Long(report.ReportDate)}",
            report.Status == AnnualReportStatus.Draft ? "\nDRAFT: not yet approved by the chair" : "",
        }.Where(line => line is not null)).TrimEnd();
        var sections = new List<PackSection>();
        foreach (var section in drafted.Sections)
        {
            var blocks = new List<PackBlock>();
            foreach (var block in section.Draft.Blocks)
            {
                blocks.Add(block.Content);
                if (block.Source is { } source) blocks.Add(new PackParagraph($"Source: {source.Title}"));
            }
            if (section.Narrative is { } narrative) blocks.AddRange(Paragraphs(narrative).Select(p => new PackParagraph(p)));
            else if (report.Status == AnnualReportStatus.Draft) blocks.Add(new PackParagraph(NarrativeMarker));
            sections.Add(new PackSection(section.Title, blocks));
            // The comparison sits near the start, after the chair's foreword, so the committee sees the year's shape first.
            if (section.Key == AnnualReportSectionKeys.Foreword && ComparisonSection(drafted) is { } compared) sections.Add(compared);
        }
        if (drafted.Sections.All(s => s.Key != AnnualReportSectionKeys.Foreword) && ComparisonSection(drafted) is { } atStart) sections.Insert(0, atStart);
        return new PackDocument(report.Title, cover, Restricted: false, sections);
    }

    public static string ComparisonIntroduction(DraftedReport drafted) =>
        $"The year's headline figures beside those of last year's report ({drafted.LastYear!.Title}, {drafted.LastYear.YearLabel}), both as the record has them today.";

    private static PackSection? ComparisonSection(DraftedReport drafted) =>
        drafted.LastYear is null || drafted.Comparison.Count == 0 ? null : new PackSection(ComparisonTitle,
        [
            new PackParagraph(ComparisonIntroduction(drafted)),
            new PackTable("Headline figures", ["Section", "Figure", drafted.Report.YearLabel, drafted.LastYear.YearLabel],
                drafted.Comparison.Select(r => (IReadOnlyList<string>)[r.Section, r.Label, r.ThisYear, r.LastYear]).ToList(), new HashSet<int> { 2, 3 }),
        ]);

    /// <summary>Narrative is written as paragraphs separated by a blank line.</summary>
    public static IReadOnlyList<string> Paragraphs(string text) =>
        text.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
