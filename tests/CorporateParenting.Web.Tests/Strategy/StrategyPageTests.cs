using System.Net;
using CorporateParenting.Data;
using CorporateParenting.Data.Strategy;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Features.Strategy;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace CorporateParenting.Web.Tests.Strategy;

/// <summary>The strategy's pages, report, exports, achievements, recommendations and the young people's page.</summary>
public sealed class StrategyPageTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private Task<T> Query<T>(Func<HubDbContext, Task<T>> query) => hub.WithScope(s => query(s.GetRequiredService<HubDbContext>()));

    [Fact]
    public async Task The_demo_strategy_has_five_priorities_about_forty_actions_some_moved_and_some_overdue()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.Equal(5, await Query(db => db.PriorityAreas.CountAsync()));
        var actions = await Query(db => db.StrategyActions.ToListAsync());
        Assert.InRange(actions.Count, 35, 45);
        Assert.Contains(actions, a => a.DueDate != a.OriginalDueDate);
        Assert.Contains(actions, a => a.IsOverdueOn(today));
        Assert.Equal(Enum.GetValues<StrategyActionStatus>().Length, actions.Select(a => a.Status).Distinct().Count());
        Assert.InRange(await Query(db => db.Recommendations.CountAsync()), 8, 12);

        using var member = hub.ClientAs(HubRoles.BoardMember);
        var html = await member.GetStringAsync("/Strategy");
        Assert.Contains("Ready for adult life", html);
        Assert.DoesNotContain("Change the strategy", html);
    }

    [Fact]
    public async Task The_action_plan_exports_to_Excel_and_Word_and_both_read_back()
    {
        using var member = hub.ClientAs(HubRoles.BoardMember);
        var expected = await Query(db => db.StrategyActions.CountAsync());
        var sample = await Query(db => db.StrategyActions.OrderBy(a => a.Id).Select(a => a.Description).FirstAsync());

        using var excel = await member.GetAsync("/Strategy?handler=Excel");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", excel.Content.Headers.ContentType!.MediaType);
        using var sheet = new MemoryStream(await excel.Content.ReadAsByteArrayAsync());
        var rows = sheet.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(expected, rows.Count);
        Assert.Contains(rows, r => (string)r["Action"] == sample);
        Assert.Contains(rows, r => (string)r["Due"] != (string)r["FirstDue"]);

        using var word = await member.GetAsync("/Strategy?handler=Word");
        using var document = WordprocessingDocument.Open(new MemoryStream(await word.Content.ReadAsByteArrayAsync()), false);
        var body = document.MainDocumentPart!.Document.Body!;
        Assert.Contains(sample, body.InnerText);
        Assert.Contains("(moved; first due", body.InnerText);
        Assert.Equal(expected + 5, body.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableRow>().Count());   // one header row per priority
    }

    [Fact]
    public async Task The_working_group_report_counts_actions_by_status_lists_overdue_ones_indicators_and_achievements()
    {
        var priority = await Query(db => db.PriorityAreas.SingleAsync(p => p.Name == "Ready for adult life"));
        var report = await hub.WithScope(s => s.GetRequiredService<WorkingGroupReportBuilder>().BuildAsync(priority.Id));
        Assert.NotNull(report);
        var actions = await Query(db => db.StrategyActions.Where(a => db.PriorityAims.Any(aim => aim.Id == a.AimId && aim.PriorityId == priority.Id)).ToListAsync());
        Assert.Equal(actions.Count, report.ByStatus.Sum(s => s.Count));
        Assert.Equal(actions.Count(a => a.Status == StrategyActionStatus.Done), report.ByStatus.Single(s => s.Status == "Done").Count);
        Assert.Equal(actions.Where(a => a.IsOverdueOn(report.AsAt)).Select(a => a.Id).Order(), report.Overdue.Select(a => a.Id).Order());
        Assert.Contains(report.Indicators, i => i.Key == "staying_put");
        Assert.Contains(report.Achievements, a => a.Impact.StartsWith("£21,450.60 of council tax relief", StringComparison.Ordinal));

        using var member = hub.ClientAs(HubRoles.BoardMember);
        var html = WebUtility.HtmlDecode(await member.GetStringAsync($"/Strategy/Report/{priority.Id}"));
        Assert.Contains("Actions by status", html);
        Assert.Contains("£21,450.60 of council tax relief for 61 care leavers", html);
    }

    [Fact]
    public async Task The_young_peoples_page_uses_plain_words_and_large_type()
    {
        using var young = hub.ClientAs(HubRoles.YoungPerson);
        var html = WebUtility.HtmlDecode(await young.GetStringAsync("/Strategy/ForYoungPeople"));
        Assert.Contains("Our promises to you", html);
        Assert.Contains("We want you to be ready for grown-up life", html);
        Assert.Contains("govuk-body-l", html);
        Assert.DoesNotContain("Off track", html);
        Assert.Contains("href=\"/Strategy/ForYoungPeople\"", await young.GetStringAsync("/"));   // their home page leads there
    }

    [Fact]
    public async Task An_achievement_with_a_bad_figure_keeps_what_was_typed_and_a_good_one_is_logged()
    {
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        var priority = await Query(db => db.PriorityAreas.OrderBy(p => p.Order).FirstAsync());
        KeyValuePair<string, string>[] fields = [new("Input.PriorityId", priority.Id.ToString()), new("Input.Date", "2026-01-15"), new("Input.What", "Sports club memberships"),
            new("Input.Who", "Leisure services"), new("Input.ImpactNumber", "lots"), new("Input.ImpactUnit", "young people")];
        using var refused = await Forms.PostAsync(officer, "/Strategy/Achievements/New", fields);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("The impact figure must be a number under a trillion with at most two decimal places", html);
        Assert.Contains("value=\"lots\"", html);
        Assert.Contains(">Sports club memberships</textarea>", html);

        using var saved = await Forms.PostAsync(officer, "/Strategy/Achievements/New", [.. fields.Where(f => f.Key != "Input.ImpactNumber"), new("Input.ImpactNumber", "1,204")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("1,204 young people", await officer.GetStringAsync("/Strategy/Achievements"));

        using var member = hub.ClientAs(HubRoles.BoardMember);
        using var forbidden = await member.GetAsync("/Strategy/Achievements/New");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task A_confidential_recommendation_is_hidden_from_members_and_shown_to_officers()
    {
        var secret = await Query(db => db.Recommendations.FirstAsync(r => r.Confidential));
        using var member = hub.ClientAs(HubRoles.BoardMember);
        Assert.DoesNotContain(secret.Text, WebUtility.HtmlDecode(await member.GetStringAsync("/Strategy/Recommendations")));
        using var hidden = await member.GetAsync($"/Strategy/Recommendations/Show/{secret.Id}");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);

        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        Assert.Contains(secret.Text, WebUtility.HtmlDecode(await officer.GetStringAsync("/Strategy/Recommendations")));
        Assert.Contains("Confidential", await officer.GetStringAsync($"/Strategy/Recommendations/Show/{secret.Id}"));
    }

    [Fact]
    public async Task Progress_reports_are_appended_until_the_recommendation_is_closed()
    {
        var open = await Query(db => db.Recommendations.Include(r => r.Reports).FirstAsync(r => !r.Confidential && r.Status != RecommendationStatus.Closed));
        var url = $"/Strategy/Recommendations/Show/{open.Id}";
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);

        using var missingDue = await Forms.PostAsync(officer, url, [new("Report.ReportedOn", "2026-02-01"), new("Report.Text", "Halfway there."), new("Report.Status", "InProgress")]);
        var html = await missingDue.Content.ReadAsStringAsync();
        Assert.Contains("Enter when the next report is due, or close the recommendation", html);
        Assert.Contains("Halfway there.", html);

        using var closed = await Forms.PostAsync(officer, url, [new("Report.ReportedOn", "2026-02-01"), new("Report.Text", "Met: the board closed it."), new("Report.Status", "Closed")]);
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var saved = await Query(db => db.Recommendations.Include(r => r.Reports).SingleAsync(r => r.Id == open.Id));
        Assert.Equal((RecommendationStatus.Closed, (DateOnly?)null, open.Reports.Count + 1), (saved.Status, saved.NextReportDue, saved.Reports.Count));
        Assert.DoesNotContain("Add a progress report", await officer.GetStringAsync(url));

        using var member = hub.ClientAs(HubRoles.BoardMember);
        using var refused = await Forms.PostAsync(member, $"/Strategy/Recommendations/Show/{open.Id}", [new("Report.Text", "No")]);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task A_priority_saved_without_principles_or_a_valid_member_line_keeps_what_was_typed()
    {
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        using var refused = await Forms.PostAsync(officer, "/Strategy/Priorities/Edit",
            [new("Input.Name", "Voice and participation"), new("Input.Description", "Children shape services."), new("Input.ChildFriendlyDescription", "You have a say."),
             new("Input.ChairName", "Participation lead"), new("Input.ChairEmail", "not-an-email"), new("Input.Members", "Just a name")]);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Select at least one principle the priority serves", html);
        Assert.Contains("Enter the chair's e-mail address in the right format", html);
        Assert.Contains("Write member 1 as a name, a comma and their organisation", html);
        Assert.Contains("value=\"Voice and participation\"", html);
        Assert.Contains(">Just a name</textarea>", html);

        using var saved = await Forms.PostAsync(officer, "/Strategy/Priorities/Edit",
            [new("Input.Name", "Voice and participation"), new("Input.Description", "Children shape services."), new("Input.ChildFriendlyDescription", "You have a say."),
             new("Input.Principles", "ExpressViews"), new("Input.Principles", "TakeViewsIntoAccount"), new("Input.ChairName", "Participation lead"),
             new("Input.Members", "Youth worker, Northbridge Youth Service, partner")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var priority = await Query(db => db.PriorityAreas.Include(p => p.Members).SingleAsync(p => p.Name == "Voice and participation"));
        Assert.Equal(Principles.ExpressViews | Principles.TakeViewsIntoAccount, priority.Principles);
        Assert.True(priority.Members.Single().IsPartner);

        using var chair = hub.ClientAs(HubRoles.WorkingGroupChair);
        using var forbidden = await chair.GetAsync("/Strategy/Priorities/Edit");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task The_strategy_edit_refuses_a_period_that_ends_before_it_starts()
    {
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        using var refused = await Forms.PostAsync(officer, "/Strategy/Edit",
            [new("Input.Title", "Our plan"), new("Input.StartYear", "2026"), new("Input.EndYear", "2024"), new("Input.Vision", "Every child thrives.")]);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("The strategy must end in or after the year it starts", html);
        Assert.Contains("value=\"Our plan\"", html);
    }
}
