using System.Text.RegularExpressions;
using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Data.Voice;
using CorporateParenting.Testing;
using CorporateParenting.Web.Documents;
using CorporateParenting.Web.Features.AnnualReports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static CorporateParenting.Web.Tests.AnnualReports.Sections.SectionTestSupport;

namespace CorporateParenting.Web.Tests.AnnualReports;

/// <summary>
/// The demo's annual report for its last complete financial year (2025-26 in late 2026), drafted by the Hub: every
/// section that draws on the record has something from it, and the narrative seeded beside it says nothing the
/// figures contradict. On the demo as first run (with its 903 years, so the scorecard is there).
/// </summary>
public sealed class DemoAnnualReportContentTests(PerformanceHub hub, ITestOutputHelper output) : IClassFixture<PerformanceHub>
{
    private static readonly ReportYear Year = LastCompleteFinancialYear();

    private Task<T> Query<T>(Func<HubDbContext, Task<T>> query) => hub.WithScope(s => query(s.GetRequiredService<HubDbContext>()));

    private Task<DraftedReport> DraftAsync() => hub.WithScope(async s =>
    {
        var db = s.GetRequiredService<HubDbContext>();
        var report = await db.AnnualReports.Include(r => r.Narratives).SingleAsync(r => r.YearStart == Year.Start);
        return await s.GetRequiredService<AnnualReportDrafter>().DraftAsync(report, CancellationToken.None);
    });

    [Fact]
    public async Task Every_data_section_of_the_demo_report_is_filled_from_the_record()
    {
        var drafted = await DraftAsync();
        foreach (var section in drafted.Sections)
            output.WriteLine($"{section.Title}: {string.Join("; ", section.Draft.Headlines.Select(h => $"{h.Label} {h.Value}"))}");

        foreach (var section in drafted.Sections.Where(s => s.Key != AnnualReportSectionKeys.Foreword))
        {
            Assert.False(section.NarrativeOnly, section.Key);
            // The sections say "No ..." (the test for an empty year looks for the same word) only when the record has nothing.
            var nothing = section.Draft.Blocks.Select(b => b.Content).OfType<PackParagraph>().Where(p => Regex.IsMatch(p.Text, @"\b[Nn]o\b")).Select(p => p.Text).ToList();
            Assert.True(nothing.Count == 0, $"{section.Key}: {string.Join(" / ", nothing)}");
            Assert.NotNull(section.Narrative);
        }

        string Figure(string key, string label) => drafted.Sections.Single(s => s.Key == key).Draft.Headlines.Single(h => h.Label == label).Value;
        int Count(string key, string label) => int.Parse(Figure(key, label).Replace(",", ""));
        Assert.Equal(6, Count(AnnualReportSectionKeys.Meetings, "Meetings held"));
        Assert.True(Count(AnnualReportSectionKeys.Voice, "Youth group reports to the board") >= 6);
        Assert.True(Count(AnnualReportSectionKeys.CorporateParents, "Training sessions held") >= 2);
        Assert.True(Count(AnnualReportSectionKeys.CorporateParents, "Visits by members") >= 4);
        Assert.True(Count(AnnualReportSectionKeys.ActionPlan, "Actions done") > 0);
        Assert.True(Count(AnnualReportSectionKeys.Recommendations, "Recommendations followed up") > 0);
        Assert.True(Count(AnnualReportSectionKeys.Achievements, "Achievements recorded") > 0);
    }

    [Fact]
    public async Task The_narrative_agrees_with_the_figures()
    {
        var drafted = await DraftAsync();
        string Figure(string key, string label) => drafted.Sections.Single(s => s.Key == key).Draft.Headlines.Single(h => h.Label == label).Value;
        string Narrative(string key) => drafted.Sections.Single(s => s.Key == key).Narrative!;

        // "The board met as planned, with a themed discussion at most meetings": six meetings, as the terms of reference say, most themed.
        Assert.Contains("met as planned", Narrative(AnnualReportSectionKeys.Meetings));
        var held = int.Parse(Figure(AnnualReportSectionKeys.Meetings, "Meetings held"));
        Assert.True(int.Parse(Figure(AnnualReportSectionKeys.Meetings, "Themed meetings")) * 2 > held);
        var terms = await Query(db => db.TermsOfReference.Where(t => t.AdoptedOn <= Year.End).OrderByDescending(t => t.Version).FirstAsync());
        Assert.Contains("six times a year", terms.Frequency);
        Assert.Equal(6, held);

        // "... would like more of its partner agencies to attend in person rather than send apologies": they did send some.
        var partners = await Query(db => db.Attendances.CountAsync(a => a.Status != AttendanceStatus.Present
            && db.BoardMembers.Any(b => b.Id == a.BoardMemberId && b.Category == MemberCategory.PartnerAgency)
            && db.Meetings.Any(m => m.Id == a.MeetingId && m.Date >= Year.Start && m.Date <= Year.End)));
        Assert.True(partners > 0, "no partner agency sent apologies or a substitute");

        // "Young people's own groups reported to every meeting."
        Assert.Contains("reported to every meeting", Narrative(AnnualReportSectionKeys.Voice));
        var unreported = await Query(db => db.Meetings.CountAsync(m => m.Date >= Year.Start && m.Date <= Year.End
            && !db.YouthGroupReports.Any(r => r.MeetingId == m.Id && r.Status == YouthReportStatus.Submitted)));
        Assert.Equal(0, unreported);

        // "Most of the action plan moved as intended. Where actions ran late ...": some late, more done or on track.
        var plan = Tables(drafted.Sections.Single(s => s.Key == AnnualReportSectionKeys.ActionPlan).Draft).Single().Rows[^1];
        var (done, onTrack, late) = (int.Parse(plan[2]), int.Parse(plan[3]), int.Parse(plan[6]));
        Assert.True(late > 0 && done + onTrack > late, string.Join(" | ", plan));

        // "The figures show how many members completed their training and visited a service during the year."
        Assert.NotEqual("0", Figure(AnnualReportSectionKeys.CorporateParents, "Training sessions held"));
        Assert.NotEqual("0", Figure(AnnualReportSectionKeys.CorporateParents, "Visits by members"));

        // The foreword's "third report as chair": the chair has served three years.
        var chair = await Query(db => db.BoardMembers.SingleAsync(b => b.Role == BoardRole.Chair));
        Assert.Contains(chair.Name, drafted.Report.Author);
        Assert.True(chair.TermStart <= Year.End.AddYears(-2), $"{chair.Name} joined on {chair.TermStart}");
    }
}
