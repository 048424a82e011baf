using CorporateParenting.Data.AnnualReports;
using CorporateParenting.Testing;
using CorporateParenting.Web.Documents;
using CorporateParenting.Web.Features.AnnualReports;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.AnnualReports.Sections;

/// <summary>Drafting sections from a test host, and reading what they drafted.</summary>
public static class SectionTestSupport
{
    /// <summary>The demo's last complete financial year (April to March), which its annual report covers: 2025-26 in late 2026.</summary>
    public static ReportYear LastCompleteFinancialYear()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var endYear = today > new DateOnly(today.Year, 3, 31) ? today.Year : today.Year - 1;
        return new ReportYear(ReportYearKind.Financial, new DateOnly(endYear - 1, 4, 1), new DateOnly(endYear, 3, 31));
    }

    public static ReportYear FinancialYear(int startYear) => new(ReportYearKind.Financial, new DateOnly(startYear, 4, 1), new DateOnly(startYear + 1, 3, 31));

    public static Task<SectionDraft> DraftAsync(HubFactory hub, string key, ReportYear year) => hub.WithScope(s =>
        s.GetServices<IAnnualReportSection>().Single(x => x.Key == key).DraftAsync(year, CancellationToken.None));

    public static string Headline(SectionDraft draft, string label) => draft.Headlines.Single(h => h.Label == label).Value;

    public static IEnumerable<PackTable> Tables(SectionDraft draft) => draft.Blocks.Select(b => b.Content).OfType<PackTable>();

    /// <summary>Every word the draft shows, for checks that something never appears.</summary>
    public static string AllText(SectionDraft draft) => string.Join("\n", draft.Blocks.Select(b => b.Content switch
    {
        PackParagraph p => p.Text,
        PackSubheading h => h.Text,
        PackBullets l => string.Join("\n", l.Items),
        PackTable t => t.Caption + "\n" + string.Join("\n", t.Rows.Select(r => string.Join(" | ", r))),
        PackKeyValues kv => string.Join("\n", kv.Pairs.Select(p => $"{p.Key}: {p.Value}")),
        _ => "",
    }));
}
