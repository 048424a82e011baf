using System.Net;
using CorporateParenting.Data;
using CorporateParenting.Data.Strategy;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Strategy;

/// <summary>Input that would not fit, would never match, or comes after the board has closed the matter.</summary>
public sealed class StrategyInputTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private Task<T> Query<T>(Func<HubDbContext, Task<T>> query) => hub.WithScope(s => query(s.GetRequiredService<HubDbContext>()));

    private static KeyValuePair<string, string>[] Priority(string chairEmail) =>
        [new("Input.Name", "Voice"), new("Input.Description", "Children shape services."), new("Input.ChildFriendlyDescription", "You have a say."),
         new("Input.Principles", "ExpressViews"), new("Input.ChairName", "Participation lead"), new("Input.ChairEmail", chairEmail)];

    public static TheoryData<string, string> UnmatchableEmails => new()
    {
        { "lead@northbridge", "Enter the chair's e-mail address in the right format" },
        { "lead@northbridge.example, deputy@northbridge.example", "Enter the chair's e-mail address in the right format" },
        { new string('a', 250) + "@northbridge.example", "The chair's e-mail address must be 256 characters or fewer" },
    };

    [Theory]
    [MemberData(nameof(UnmatchableEmails))]
    public async Task A_chair_email_that_would_never_match_a_sign_in_is_refused_with_what_was_typed_kept(string email, string message)
    {
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        using var refused = await Forms.PostAsync(officer, "/Strategy/Priorities/Edit", Priority(email));
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(message, html);
        Assert.Contains($"value=\"{email}\"", html);
        Assert.False(await Query(db => db.PriorityAreas.AnyAsync(p => p.Name == "Voice")));
    }

    [Fact]
    public async Task A_chair_email_pasted_with_a_display_name_is_stored_as_the_bare_address()
    {
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        var fields = Priority("Participation Lead <Lead@northbridge.example>");
        fields[0] = new("Input.Name", "Voice, pasted");
        using var saved = await Forms.PostAsync(officer, "/Strategy/Priorities/Edit", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Lead@northbridge.example", (await Query(db => db.PriorityAreas.SingleAsync(p => p.Name == "Voice, pasted"))).ChairEmail);
    }

    [Fact]
    public async Task An_impact_figure_too_large_for_the_column_is_refused()
    {
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        var priority = await Query(db => db.PriorityAreas.OrderBy(p => p.Order).FirstAsync());
        using var refused = await Forms.PostAsync(officer, "/Strategy/Achievements/New", [new("Input.PriorityId", priority.Id.ToString()), new("Input.Date", "2026-01-15"),
            new("Input.What", "Savings"), new("Input.Who", "Finance"), new("Input.ImpactNumber", "1,000,000,000,000,000"), new("Input.ImpactUnit", "£")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("The impact figure must be a number under a trillion", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_closed_recommendation_takes_no_more_reports()
    {
        var closed = await Query(db => db.Recommendations.Include(r => r.Reports).FirstAsync(r => r.Status == RecommendationStatus.Closed));
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        using var refused = await Forms.PostAsync(officer, $"/Strategy/Recommendations/Show/{closed.Id}",
            [new("Report.ReportedOn", "2026-02-01"), new("Report.Text", "Reopened by a crafted post."), new("Report.Status", "InProgress"), new("Report.NextReportDue", "2027-01-01")]);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var after = await Query(db => db.Recommendations.Include(r => r.Reports).SingleAsync(r => r.Id == closed.Id));
        Assert.Equal((RecommendationStatus.Closed, closed.Reports.Count), (after.Status, after.Reports.Count));
    }

    [Fact]
    public async Task The_report_page_does_not_name_a_confidential_meeting_item_to_a_member()
    {
        var priority = await Query(db => db.PriorityAreas.SingleAsync(p => p.Name == "Safe from harm"));
        var item = await Query(db => db.AgendaItems.SingleAsync(i => i.PriorityId == priority.Id));
        await hub.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<HubDbContext>();
            (await db.AgendaItems.SingleAsync(i => i.Id == item.Id)).Confidential = true;
            return await db.SaveChangesAsync();
        });

        using var member = hub.ClientAs(HubRoles.BoardMember);
        Assert.DoesNotContain("On the agenda for", await member.GetStringAsync($"/Strategy/Report/{priority.Id}"));
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        Assert.Contains("On the agenda for", await officer.GetStringAsync($"/Strategy/Report/{priority.Id}"));
    }

    [Fact]
    public async Task A_date_that_is_not_real_gets_the_design_systems_error_and_is_kept()
    {
        var action = await Query(db => db.StrategyActions.OrderBy(a => a.Id).FirstAsync());
        var before = await Query(db => db.StrategyActionUpdates.CountAsync(u => u.ActionId == action.Id));
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        using var refused = await Forms.PostAsync(officer, $"/Strategy/Actions/Show/{action.Id}",
            [new("Update.Narrative", "Progress."), new("Update.Status", "OnTrack"), new("Update.Rag", "Green"), .. Forms.Date("Update.DueDate", "31", "02", "2030")]);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Due date must be a real date", html);
        Assert.DoesNotContain("is not valid for", html);
        Assert.Contains("name=\"Update.DueDate.Day\" type=\"text\" inputmode=\"numeric\" value=\"31\"", html);
        Assert.Contains("name=\"Update.DueDate.Month\" type=\"text\" inputmode=\"numeric\" value=\"02\"", html);
        Assert.Equal(before, await Query(db => db.StrategyActionUpdates.CountAsync(u => u.ActionId == action.Id)));
    }
}
