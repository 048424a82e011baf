using System.Text.Json;
using System.Text.Json.Serialization;
using CorporateParenting.Data.AnnualReports;
using CorporateParenting.Web.Documents;

namespace CorporateParenting.Web.Features.AnnualReports;

/// <summary>
/// What the report said when the chair approved it, kept beside its files so the report's page shows the approved
/// words and figures, not today's record (ADR 30 addendum). It is the drafted report itself, written as JSON.
/// </summary>
public static class ApprovedReportSnapshot
{
    private sealed record Kept(string CouncilName, IReadOnlyList<DraftedSection> Sections, LastYearReport? LastYear, IReadOnlyList<ComparisonRow> Comparison);

    /// <summary>Last year's report as the comparison names it and links to it.</summary>
    private sealed record LastYearReport(int Id, string Title, ReportYearKind Kind, DateOnly Start, DateOnly End);

    // Fields too: a block's key-value pairs are tuples.
    private static readonly JsonSerializerOptions Options = new() { IncludeFields = true, Converters = { new JsonStringEnumConverter() } };

    public static string Write(DraftedReport drafted) => JsonSerializer.Serialize(new Kept(
        drafted.CouncilName, drafted.Sections,
        drafted.LastYear is { } last ? new LastYearReport(last.Id, last.Title, last.YearKind, last.YearStart, last.YearEnd) : null,
        drafted.Comparison), Options);

    /// <summary>The report as approved, around today's <paramref name="report"/> (whose own fields cannot change once approved).</summary>
    public static DraftedReport Read(AnnualReport report, string json)
    {
        var kept = JsonSerializer.Deserialize<Kept>(json, Options) ?? throw new InvalidOperationException($"The approved content of report {report.Id} is empty");
        var lastYear = kept.LastYear is { } l
            ? new AnnualReport { Id = l.Id, Title = l.Title, YearKind = l.Kind, YearStart = l.Start, YearEnd = l.End, ReportTo = "", Author = "" }
            : null;
        return new DraftedReport(report, kept.CouncilName, kept.Sections, lastYear, kept.Comparison);
    }
}
