using System.Net;
using System.Text.RegularExpressions;
using CorporateParenting.Data;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Governance;

/// <summary>Actions agreed at a meeting, with progress appended and moved due dates kept in sight.</summary>
public sealed class ActionLogTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private Task<T> Query<T>(Func<HubDbContext, Task<T>> query) => hub.WithScope(s => query(s.GetRequiredService<HubDbContext>()));

    [Fact]
    public async Task An_owner_adds_updates_that_never_overwrite_earlier_ones_and_a_moved_date_is_shown()
    {
        var meeting = await Query(db => db.Meetings.OrderBy(m => m.Date).FirstAsync(m => m.MinutesApprovedAtUtc == null));   // approved minutes are frozen
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        using var recorded = await Forms.PostAsync(officer, $"/Governance/Meetings/Show/{meeting.Id}",
            [new("NewAction.Description", "Map every care leaver's council tax exemption"), new("NewAction.Owner", "Head of Revenues"), new("NewAction.DueDate", "2030-03-01")], handler: "Action");
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var action = await Query(db => db.BoardActions.SingleAsync(a => a.Owner == "Head of Revenues"));

        using var manager = hub.ClientAs(HubRoles.ServiceManager);
        var url = $"/Governance/Actions/Show/{action.Id}";
        using var first = await Forms.PostAsync(manager, url, [new("Update.Text", "Data shared with revenues."), new("Update.Status", "InProgress"), new("Update.DueDate", "2030-03-01")]);
        using var second = await Forms.PostAsync(manager, url, [new("Update.Text", "Waiting for the new financial year."), new("Update.Status", "InProgress"), new("Update.DueDate", "2030-06-01")]);

        var html = await manager.GetStringAsync(url);
        Assert.Contains("Data shared with revenues.", html);
        Assert.Contains("Waiting for the new financial year.", html);
        Assert.Contains("due date moved from 1 March 2030 to 1 June 2030", html);
        Assert.Contains("(first due 1 March 2030)", html);
        var updates = await Query(db => db.ActionUpdates.Where(u => u.ActionId == action.Id).OrderBy(u => u.Id).Select(u => u.Text).ToListAsync());
        Assert.Equal(["Data shared with revenues.", "Waiting for the new financial year."], updates);
    }

    [Fact]
    public async Task The_action_log_puts_overdue_actions_first_and_members_cannot_update()
    {
        using var member = hub.ClientAs(HubRoles.BoardMember);
        var log = await member.GetStringAsync("/Governance/Actions");
        var overdue = log.IndexOf("Overdue", StringComparison.Ordinal);
        Assert.True(overdue > 0 && overdue < log.IndexOf("Done", StringComparison.Ordinal), "the overdue action comes before the done one");

        var id = Regex.Match(log, "/Governance/Actions/Show/(\\d+)").Groups[1].Value;
        Assert.DoesNotContain("Add an update", await member.GetStringAsync($"/Governance/Actions/Show/{id}"));
        using var refused = await Forms.PostAsync(member, $"/Governance/Actions/Show/{id}", [new("Update.Text", "Not mine to write")]);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task An_update_without_text_is_refused_and_nothing_is_appended()
    {
        var action = await Query(db => db.BoardActions.OrderBy(a => a.Id).FirstAsync());
        var before = await Query(db => db.ActionUpdates.CountAsync(u => u.ActionId == action.Id));
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);

        using var response = await Forms.PostAsync(officer, $"/Governance/Actions/Show/{action.Id}", [new("Update.Text", " "), new("Update.Status", "Open"), new("Update.DueDate", "2031-01-01")]);

        Assert.Contains("Enter what has happened since the last update", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await Query(db => db.ActionUpdates.CountAsync(u => u.ActionId == action.Id)));
    }
}
