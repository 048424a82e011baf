using System.Net;
using System.Text.RegularExpressions;
using CorporateParenting.Data;
using CorporateParenting.Data.Audit;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Performance;

/// <summary>The demo council's scorecard as each kind of viewer sees it, on first run.</summary>
public sealed partial class ScorecardPageTests(PerformanceHub hub) : IClassFixture<PerformanceHub>
{
    private async Task<string> PageAs(string role, string url)
    {
        using var client = hub.ClientAs(role);
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static List<string> NumericCells(string html) =>
        NumericCell().Matches(html).Select(m => Regex.Replace(m.Groups[1].Value, "<[^>]+>", "").Trim()).ToList();

    [Fact]
    public async Task A_newcomer_sees_a_full_scorecard_with_england_targets_ratings_and_trends()
    {
        var html = await PageAs(HubRoles.BoardMember, "/Performance/Scorecard");

        Assert.Contains("Children in our care on 31 March", html);         // the catalogue's plain words for a member
        Assert.Contains("Personal education plans reviewed on time", html);   // a local indicator
        Assert.Contains("81,770 (2025)", html);                                // England's published count
        Assert.Matches("govuk-tag--(red|yellow|green)", html);
        Assert.Contains("<svg class=\"app-trend\"", html);
        Assert.Contains("Target changed 1 time", html);                        // the seeded target change shows beside the rating
    }

    [Theory]
    [InlineData(HubRoles.BoardMember)]
    [InlineData(HubRoles.YoungPerson)]
    [InlineData(HubRoles.WorkingGroupChair)]
    public async Task Viewers_who_may_not_see_children_never_see_a_count_from_1_to_5(string role)
    {
        var suppressed = 0;
        foreach (var dimension in new[] { "PlacementType", "EthnicityGroup", "LegalStatus", "Ward", "AgeBand" })
        {
            var html = await PageAs(role, $"/Performance/Scorecard/Indicator/cla_count?Dimension={dimension}");
            var cells = NumericCells(html);
            Assert.DoesNotContain(cells, c => Regex.IsMatch(c, "^[1-5]$"));
            suppressed += cells.Count(c => c == "c");
        }
        Assert.True(suppressed >= 2, "the demo council has small groups, so something must be suppressed");
    }

    [Fact]
    public async Task An_analyst_sees_the_small_numbers_that_are_hidden_from_members()
    {
        var html = await PageAs(HubRoles.PerformanceAnalyst, "/Performance/Scorecard/Indicator/cla_count?Dimension=PlacementType");
        var cells = NumericCells(html);

        Assert.Contains(cells, c => Regex.IsMatch(c, "^[1-5]$"));
        Assert.DoesNotContain("c", cells);
    }

    [Fact]
    // Service managers see their own services' children only: ServiceScopePageTests (ADR 14).
    public async Task An_analyst_drills_from_a_figure_to_a_child_and_both_reads_are_audited()
    {
        var list = await PageAs(HubRoles.PerformanceAnalyst, "/Performance/Scorecard/Indicator/placements_3_or_more");
        var drill = Regex.Match(list, "href=\"(/Performance/Children\\?[^\"]+)\"").Groups[1].Value.Replace("&amp;", "&");
        var children = await PageAs(HubRoles.PerformanceAnalyst, drill);
        var child = Regex.Match(children, "href=\"/Performance/Children/Profile/([^\"]+)\"").Groups[1].Value;
        var profile = await PageAs(HubRoles.PerformanceAnalyst, $"/Performance/Children/Profile/{child}");

        Assert.Contains("Episodes of care", profile);
        Assert.Contains("How the child took part", profile);
        var events = await hub.WithScope(s => s.GetRequiredService<HubDbContext>().AuditEvents.Where(e => e.Action == AuditAction.Read).ToListAsync());
        Assert.Contains(events, e => e.EntityType.StartsWith("Children behind placements_3_or_more") && e.NewValues!.Contains(child));
        Assert.Contains(events, e => e.EntityType == "Child profile" && e.EntityId == child && e.UserName == $"{HubRoles.PerformanceAnalyst}@test.example");
    }

    [Fact]
    public async Task Publishing_without_a_proper_name_or_date_is_refused_and_nothing_is_published()
    {
        using var analyst = hub.ClientAs(HubRoles.PerformanceAnalyst);
        var before = await hub.WithScopeAsync(s => s.GetRequiredService<HubDbContext>().PublishedScorecards.CountAsync());
        using var refused = await Forms.PostAsync(analyst, "/Performance/Published/Publish?Year=2026", [new("Title", new string('t', 201)), new("MeetingDate", ""), new("Year", "2026")]);
        var html = System.Net.WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("The meeting's name must be 200 characters or fewer", html);
        Assert.Contains("Enter the meeting date", html);
        Assert.Equal(before, await hub.WithScopeAsync(s => s.GetRequiredService<HubDbContext>().PublishedScorecards.CountAsync()));
    }

    [Fact]
    public async Task A_published_scorecard_stays_as_it_was_when_targets_and_commentary_change()
    {
        using var analyst = hub.ClientAs(HubRoles.PerformanceAnalyst);
        using var published = await Forms.PostAsync(analyst, "/Performance/Published/Publish?Year=2026",
            [new("Title", "Corporate Parenting Board"), new("MeetingDate", "2026-05-12"), new("Year", "2026")]);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var frozenUrl = published.Headers.Location!.ToString();
        var before = await PageAs(HubRoles.BoardMember, frozenUrl);

        using var changed = await Forms.PostAsync(analyst, "/Performance/Indicators/Settings/oc2_dental_check",
            [new("Input.Target", "99"), new("Input.Tolerance", "1"), new("Input.RagRule", "AgainstTarget"), new("Input.Polarity", "HigherIsBetter"),
             new("Input.Owner", "Designated Nurse"), new("Input.PriorityArea", "Healthy lives"), new("Input.Reason", "Raised to match the health partnership plan")]);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        var live = await PageAs(HubRoles.BoardMember, "/Performance/Scorecard");
        Assert.Contains("99.0%", live);
        Assert.Contains("Raised to match the health partnership plan", live);
        var after = await PageAs(HubRoles.BoardMember, frozenUrl);
        Assert.Equal(Frozen(before), Frozen(after));
        Assert.DoesNotContain("Raised to match the health partnership plan", after);
    }

    [Fact]
    public async Task Moving_a_target_needs_a_reason_and_a_failed_save_keeps_what_was_typed()
    {
        using var analyst = hub.ClientAs(HubRoles.PerformanceAnalyst);
        using var response = await Forms.PostAsync(analyst, "/Performance/Indicators/Settings/oc2_immunisations",
            [new("Input.Target", "77.5"), new("Input.RagRule", "AgainstTarget"), new("Input.Polarity", "HigherIsBetter"), new("Input.Owner", "Typed owner")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Say why the target or tolerance is changing", html);
        Assert.Contains("value=\"77.5\"", html);
        Assert.Contains("value=\"Typed owner\"", html);
    }

    [Fact]
    public async Task The_scorecard_exports_as_csv_and_excel_with_the_viewers_suppression()
    {
        using var member = hub.ClientAs(HubRoles.BoardMember);
        var csv = await member.GetStringAsync("/Performance/Scorecard?handler=Csv");
        // A member's copy reads as the page does: no measure keys (the analyst's copy has them, to join to other data).
        Assert.StartsWith("Indicator,PriorityArea,Unit,Year,Figure,Counted,OutOf", csv.TrimStart('\uFEFF'));
        Assert.DoesNotContain("cla_count", csv);
        Assert.Contains("Children in our care on 31 March", csv);
        using var analyst = hub.ClientAs(HubRoles.PerformanceAnalyst);
        var full = await analyst.GetStringAsync("/Performance/Scorecard?handler=Csv");
        Assert.Contains("Indicator,Key,PriorityArea", full);
        Assert.Contains("cla_count", full);
        using var excel = await member.GetAsync("/Performance/Scorecard?handler=Excel");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", excel.Content.Headers.ContentType!.MediaType);
        var bytes = await excel.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'P', bytes[0]);   // a zip package
    }

    private static string Frozen(string html) => Regex.Match(html, "<table class=\"govuk-table app-scorecard\">.*</table>", RegexOptions.Singleline).Value;

    [GeneratedRegex("<td class=\"govuk-table__cell govuk-table__cell--numeric\">(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex NumericCell();
}
