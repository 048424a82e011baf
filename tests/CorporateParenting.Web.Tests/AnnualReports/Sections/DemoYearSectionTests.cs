using System.Net;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Data.Performance;
using CorporateParenting.Data.Strategy;
using CorporateParenting.Data.Voice;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Documents;
using CorporateParenting.Web.Features.AnnualReports;
using CorporateParenting.Web.Features.Performance.Scorecard;
using CorporateParenting.Web.Tests.Voice;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CorporateParenting.Web.Tests.AnnualReports.Sections.SectionTestSupport;

namespace CorporateParenting.Web.Tests.AnnualReports.Sections;

/// <summary>
/// The annual report's sections drafted from the demo's record for its last complete financial year, each figure
/// checked against rows counted here; a year with no record; and a year planted with small numbers.
/// </summary>
public sealed class DemoYearSectionTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private static readonly ReportYear Year = LastCompleteFinancialYear();
    private static readonly ReportYear Empty = FinancialYear(1990);

    /// <summary>Every section key but the two other parts of the work own.</summary>
    private static readonly string[] Ours = typeof(AnnualReportSectionKeys).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)
        .Except([AnnualReportSectionKeys.Foreword, AnnualReportSectionKeys.LocalOffer]).ToArray();

    private Task<T> Query<T>(Func<HubDbContext, Task<T>> query) => hub.WithScope(s => query(s.GetRequiredService<HubDbContext>()));

    [Fact]
    public void Every_key_but_the_foreword_and_the_local_offer_has_exactly_one_section()
    {
        var sections = hub.WithScope(s => s.GetServices<IAnnualReportSection>().Select(x => (x.Key, x.Order)).ToList());
        Assert.Equal(11, Ours.Length);
        foreach (var key in Ours) Assert.Single(sections, s => s.Key == key);
        Assert.Equal(sections.Count, sections.Select(s => s.Order).Distinct().Count());
    }

    [Fact]
    public async Task Every_section_drafts_the_year_with_headlines_stable_across_years_and_sources_that_open()
    {
        Assert.Equal($"{Year.Start.Year}-{Year.End.Year % 100:00}", Year.Label);
        var paths = new HashSet<string>();
        foreach (var key in Ours)
        {
            var draft = await DraftAsync(hub, key, Year);
            var empty = await DraftAsync(hub, key, Empty);
            Assert.InRange(draft.Headlines.Count, 2, 4);
            Assert.Equal(draft.Headlines.Select(h => h.Label), empty.Headlines.Select(h => h.Label));
            Assert.NotEmpty(draft.Blocks);
            foreach (var block in draft.Blocks.Where(b => b.Content is PackTable or PackKeyValues))
            {
                Assert.True(block.Source is not null, $"{key}: a block with figures has no source");
                paths.Add(block.Source!.Path);
            }
            Assert.DoesNotMatch(@"\b(CLA|PI|OC2|SSDA903|NEET)\b", AllText(draft));
        }
        Assert.True(paths.Count >= 10, string.Join(", ", paths));
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        foreach (var path in paths)
        {
            using var response = await officer.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_year_with_no_record_is_said_plainly_in_every_section()
    {
        foreach (var key in Ours)
        {
            var draft = await DraftAsync(hub, key, Empty);
            Assert.True(draft.Blocks.Any(b => b.Content is PackParagraph p && Regex.IsMatch(p.Text, @"\b[Nn]o\b")), $"{key}: {AllText(draft)}");
        }
        Assert.Equal("0", Headline(await DraftAsync(hub, AnnualReportSectionKeys.Meetings, Empty), "Meetings held"));
        Assert.Equal("None", Headline(await DraftAsync(hub, AnnualReportSectionKeys.Purpose, Empty), "Terms of reference in force"));
    }

    [Fact]
    public async Task Governance_sections_match_the_meetings_attendance_members_and_terms_on_record()
    {
        var held = await Query(db => db.Meetings.CountAsync(m => m.Date >= Year.Start && m.Date <= Year.End
            && (m.Status == MeetingStatus.Held || m.Status == MeetingStatus.MinutesApproved)));
        var meetings = await DraftAsync(hub, AnnualReportSectionKeys.Meetings, Year);
        Assert.Equal(held.ToString("N0"), Headline(meetings, "Meetings held"));
        if (held > 0)
        {
            Assert.Equal(held, Tables(meetings).Single(t => t.Caption.StartsWith("Meetings held")).Rows.Count);
            var places = await Query(db => db.Attendances.CountAsync(a => db.Meetings.Any(m => m.Id == a.MeetingId && m.Date >= Year.Start && m.Date <= Year.End
                && (m.Status == MeetingStatus.Held || m.Status == MeetingStatus.MinutesApproved))));
            if (places > 0) Assert.Equal(places.ToString("N0"), Tables(meetings).Single(t => t.Caption.StartsWith("Attendance")).Rows[^1][1]);
        }

        var members = (await Query(db => db.BoardMembers.ToListAsync())).Where(m => m.TermStart <= Year.End && (m.TermEnd is null || m.TermEnd >= Year.Start)).ToList();
        var membership = await DraftAsync(hub, AnnualReportSectionKeys.Membership, Year);
        Assert.Equal(members.Count.ToString("N0"), Headline(membership, "Board members during the year"));
        var text = AllText(membership);
        foreach (var young in members.Where(m => m.Category == MemberCategory.CareExperiencedYoungPerson)) Assert.DoesNotContain(young.Name, text);
        Assert.Contains(members.First(m => m.Category == MemberCategory.ElectedMember).Name, text);

        var terms = await Query(db => db.TermsOfReference.Where(t => t.AdoptedOn <= Year.End).OrderByDescending(t => t.Version).FirstOrDefaultAsync());
        var purpose = await DraftAsync(hub, AnnualReportSectionKeys.Purpose, Year);
        Assert.Equal(terms is null ? "None" : $"Version {terms.Version}", Headline(purpose, "Terms of reference in force"));
        if (terms is not null) Assert.Contains(purpose.Blocks, b => b.Source?.Path == $"/Governance/Terms?version={terms.Version}");
    }

    [Fact]
    public async Task Strategy_sections_match_the_plan_achievements_and_recommendations_on_record()
    {
        Assert.Equal(1, await Query(db => db.Strategies.CountAsync()));
        var priorities = await Query(db => db.PriorityAreas.CountAsync());
        var actions = await Query(db => db.StrategyActions.CountAsync());
        Assert.Equal(priorities.ToString("N0"), Headline(await DraftAsync(hub, AnnualReportSectionKeys.Strategy, Year), "Priorities"));

        var plan = await DraftAsync(hub, AnnualReportSectionKeys.ActionPlan, Year);
        Assert.Equal(actions.ToString("N0"), Headline(plan, "Actions in the plan"));
        var rows = Tables(plan).Single().Rows;
        Assert.Equal(priorities + 1, rows.Count);
        foreach (var row in rows) Assert.Equal(int.Parse(row[1]), row.Skip(2).Sum(int.Parse));   // each action counted once
        Assert.Equal(Headline(plan, "Actions done"), rows[^1][2]);
        Assert.Equal(Headline(plan, "Actions late"), rows[^1][6]);

        var achieved = await Query(db => db.Achievements.CountAsync(a => a.Date >= Year.Start && a.Date <= Year.End));
        var achievements = await DraftAsync(hub, AnnualReportSectionKeys.Achievements, Year);
        Assert.Equal(achieved.ToString("N0"), Headline(achievements, "Achievements recorded"));

        var recommendations = await DraftAsync(hub, AnnualReportSectionKeys.Recommendations, Year);
        var confidential = await Query(db => db.Recommendations.Where(r => r.Confidential).Select(r => r.Text).ToListAsync());
        Assert.NotEmpty(confidential);
        foreach (var secret in confidential) Assert.DoesNotContain(secret, AllText(recommendations));
        var table = Tables(recommendations).SingleOrDefault();
        Assert.Equal(Headline(recommendations, "Recommendations followed up"), (table?.Rows.Count ?? 0).ToString("N0"));

        var nextYear = await DraftAsync(hub, AnnualReportSectionKeys.NextYear, Year);
        var dueNext = await Query(db => db.StrategyActions.CountAsync(a => a.DueDate > Year.End && a.DueDate <= Year.End.AddYears(1) && a.Status != StrategyActionStatus.Done));
        Assert.Equal(dueNext.ToString("N0"), Headline(nextYear, "Actions due next year"));
    }

    [Fact]
    public async Task Voice_and_corporate_parents_sections_match_the_record()
    {
        var reports = await Query(db => db.YouthGroupReports.CountAsync(r => r.Status == YouthReportStatus.Submitted
            && db.Meetings.Any(m => m.Id == r.MeetingId && m.Date >= Year.Start && m.Date <= Year.End)));
        var surveys = await Query(db => db.Surveys.CountAsync(s => s.ClosesOn >= Year.Start && s.ClosesOn <= Year.End));
        var entries = await Query(db => db.YouSaidEntries.CountAsync(e => e.RaisedOn >= Year.Start && e.RaisedOn <= Year.End));
        var voice = await DraftAsync(hub, AnnualReportSectionKeys.Voice, Year);
        Assert.Equal(reports.ToString("N0"), Headline(voice, "Youth group reports to the board"));
        Assert.Equal(surveys.ToString("N0"), Headline(voice, "Surveys closed"));
        Assert.Equal(entries.ToString("N0"), Headline(voice, "\"You said, we did\" entries"));
        Assert.Equal(surveys, voice.Blocks.Count(b => b.Source?.Path.StartsWith("/Voice/Results/") == true));

        var sessions = await Query(db => db.TrainingSessions.Where(s => s.Date >= Year.Start && s.Date <= Year.End).Select(s => s.Attendance.Count).ToListAsync());
        var visits = await Query(db => db.MemberVisits.CountAsync(v => v.Date >= Year.Start && v.Date <= Year.End));
        var parents = await DraftAsync(hub, AnnualReportSectionKeys.CorporateParents, Year);
        Assert.Equal(sessions.Count.ToString("N0"), Headline(parents, "Training sessions held"));
        Assert.Equal(visits.ToString("N0"), Headline(parents, "Visits by members"));
        var figures = parents.Blocks.Select(b => b.Content).OfType<PackKeyValues>().SelectMany(k => k.Pairs).ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal(sessions.Sum().ToString("N0"), figures["Places taken by members"]);
    }

    [Fact]
    public async Task Small_counts_of_children_come_out_as_c_in_a_year_planted_with_them()
    {
        var year = FinancialYear(2015);
        var survey = await hub.WithScope(s => ResultsSyntheticSurvey.CreateAsync(s, "ar-small-", new DateOnly(2015, 9, 1), seed: 7, responses: [3, 20, 12]));
        var scorecardId = await Query(async db =>
        {
            db.Achievements.Add(new Achievement { Date = new DateOnly(2015, 10, 1), What = "Planted small achievement", Who = "Test", ImpactNumber = 3, ImpactUnit = "care leavers", ImpactSentence = "started university" });
            db.Achievements.Add(new Achievement { Date = new DateOnly(2015, 11, 1), What = "Planted money achievement", Who = "Test", ImpactNumber = 4, ImpactUnit = "£", ImpactSentence = "saved" });
            ScorecardLine Line(string text, bool suppressed) => new("planted", "Planted indicator", "", "children", null, null, "Test",
                new ShownFigure(2016, suppressed ? null : 4, text, suppressed ? "c" : "4", "", suppressed), null, [], "50", "48", "", CorporateParenting.Data.Strategy.Rag.NotRated, "", null, null);
            var published = new PublishedScorecard
            {
                Title = "Planted scorecard", MeetingDate = new DateOnly(2016, 3, 10), Year = 2016, PublishedAtUtc = DateTime.UtcNow, PublishedBy = "test",
                Full = JsonSerializer.Serialize(new Scorecard(2016, [2016], false, [Line("4", false)])),
                Suppressed = JsonSerializer.Serialize(new Scorecard(2016, [2016], true, [Line("c", true)])),
            };
            db.PublishedScorecards.Add(published);
            await db.SaveChangesAsync();
            return published.Id;
        });

        var achievements = AllText(await DraftAsync(hub, AnnualReportSectionKeys.Achievements, year));
        Assert.Contains("c care leavers started university", achievements);
        Assert.DoesNotContain("3 care leavers", achievements);
        Assert.Contains("£4 saved", achievements);   // money is not a count of people

        var voice = await DraftAsync(hub, AnnualReportSectionKeys.Voice, year);
        var table = Assert.Single(Tables(voice), t => t.Caption.StartsWith($"Synthetic survey ar-small-"));
        var youngest = table.Rows.Single(r => r[0] == survey.BandLabels[0]);
        Assert.Equal(("c", "–"), (youngest[1], youngest[3]));
        Assert.Equal("20", table.Rows.Single(r => r[0] == survey.BandLabels[1])[1]);
        Assert.Contains(voice.Blocks, b => b.Source?.Path == $"/Voice/Results/{survey.SurveyId}");

        var performance = await DraftAsync(hub, AnnualReportSectionKeys.Performance, year);
        var row = Assert.Single(Tables(performance).Single().Rows);
        Assert.Equal(["Planted indicator", "c", "50", "48", "Not rated"], row);
        Assert.Contains(performance.Blocks, b => b.Source?.Path == $"/Performance/Published/{scorecardId}");
    }
}
