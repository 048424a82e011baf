using System.Net;
using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Governance;

/// <summary>
/// An approved meeting through the board officer's pages: no form offers a change its rules refuse,
/// a hand-made post is refused with the reason, nothing is written, and action progress goes on.
/// </summary>
public sealed class ApprovedMeetingPageTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private Task<T> Query<T>(Func<HubDbContext, Task<T>> query) => hub.WithScopeAsync(s => query(s.GetRequiredService<HubDbContext>()));

    private Task<Meeting> ApprovedAsync() => Query(db => db.Meetings.Include(m => m.Items).Where(m => m.MinutesApprovedAtUtc != null).OrderBy(m => m.Date).FirstAsync());

    private static string Decoded(string html) => WebUtility.HtmlDecode(html);

    [Fact]
    public async Task The_meeting_page_of_an_approved_meeting_offers_no_form_that_would_be_refused()
    {
        var approved = await ApprovedAsync();
        var open = await Query(db => db.Meetings.Where(m => m.MinutesApprovedAtUtc == null).OrderBy(m => m.Date).FirstAsync());
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);

        var frozen = Decoded(await officer.GetStringAsync($"/Governance/Meetings/Show/{approved.Id}"));
        Assert.DoesNotContain("Record an action", frozen);
        Assert.DoesNotContain("Add an item", frozen);
        Assert.DoesNotContain($"/Governance/Meetings/Edit/{approved.Id}", frozen);
        Assert.Contains("can no longer change", frozen);
        Assert.DoesNotContain($"/Governance/Meetings/Attendance/{approved.Id}", Decoded(await officer.GetStringAsync($"/Governance/Meetings/Minutes/{approved.Id}")));
        Assert.DoesNotContain("name=\"Input.Date\"", await officer.GetStringAsync($"/Governance/Meetings/Edit/{approved.Id}"));
        Assert.DoesNotContain("name=\"Rows[0].Status\"", await officer.GetStringAsync($"/Governance/Meetings/Attendance/{approved.Id}"));

        // The same page for a meeting still open offers them all.
        var live = Decoded(await officer.GetStringAsync($"/Governance/Meetings/Show/{open.Id}"));
        Assert.Contains("Record an action", live);
        Assert.Contains("Add an item", live);
        Assert.Contains($"/Governance/Meetings/Edit/{open.Id}", live);
    }

    [Fact]
    public async Task Hand_made_posts_to_an_approved_meeting_are_refused_with_the_reason_and_change_nothing()
    {
        var approved = await ApprovedAsync();
        var member = await Query(db => db.BoardMembers.OrderBy(m => m.Id).FirstAsync());
        var (items, actions, attendance) = await Query(async db => (
            await db.AgendaItems.CountAsync(i => i.MeetingId == approved.Id),
            await db.BoardActions.CountAsync(a => a.MeetingId == approved.Id),
            await db.Attendances.Where(a => a.MeetingId == approved.Id).OrderBy(a => a.BoardMemberId).Select(a => a.BoardMemberId + ":" + a.Status).ToListAsync()));
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        var show = $"/Governance/Meetings/Show/{approved.Id}";

        using var item = await Forms.PostAsync(officer, show, [new("Item.Title", "Slipped in afterwards"), new("Item.Purpose", "Information")]);
        Assert.Contains("its agenda can no longer change", Decoded(await item.Content.ReadAsStringAsync()));
        using var action = await Forms.PostAsync(officer, show, [new("NewAction.Description", "Agreed afterwards"), new("NewAction.Owner", "Someone"), new("NewAction.DueDate", "2030-01-01")], handler: "Action");
        Assert.Contains("its agreed actions can no longer change", Decoded(await action.Content.ReadAsStringAsync()));
        using var moved = await Forms.PostAsync(officer, $"/Governance/Meetings/Edit/{approved.Id}",
            [new("Input.Date", approved.Date.AddDays(3).ToString("yyyy-MM-dd")), new("Input.StartTime", "10:00"), new("Input.Place", "Elsewhere")]);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Contains("can no longer change", Decoded(await moved.Content.ReadAsStringAsync()));
        using var present = await Forms.PostAsync(officer, $"/Governance/Meetings/Attendance/{approved.Id}",
            [new("Rows[0].MemberId", member.Id.ToString()), new("Rows[0].Status", "Absent")]);
        Assert.Contains("its attendance can no longer change", Decoded(await present.Content.ReadAsStringAsync()));

        var after = await Query(db => db.Meetings.SingleAsync(m => m.Id == approved.Id));
        Assert.Equal((approved.Date, approved.StartTime, approved.Place), (after.Date, after.StartTime, after.Place));
        Assert.Equal(items, await Query(db => db.AgendaItems.CountAsync(i => i.MeetingId == approved.Id)));
        Assert.Equal(actions, await Query(db => db.BoardActions.CountAsync(a => a.MeetingId == approved.Id)));
        Assert.Equal(attendance, await Query(db => db.Attendances.Where(a => a.MeetingId == approved.Id).OrderBy(a => a.BoardMemberId).Select(a => a.BoardMemberId + ":" + a.Status).ToListAsync()));
    }

    [Fact]
    public async Task Progress_on_an_action_agreed_at_an_approved_meeting_is_still_recorded()
    {
        var approved = await ApprovedAsync();
        var agreed = await Query(db => db.BoardActions.Where(a => a.MeetingId == approved.Id && !a.Confidential).OrderBy(a => a.Id).FirstOrDefaultAsync())
            ?? await AddActionBeforeApprovalAsync();
        using var manager = hub.ClientAs(HubRoles.BoardOfficer);
        using var update = await Forms.PostAsync(manager, $"/Governance/Actions/Show/{agreed.Id}",
            [new("Update.Text", "Letter sent to the ICB."), new("Update.Status", "Done"), new("Update.DueDate", agreed.DueDate.ToString("yyyy-MM-dd"))]);
        Assert.Equal(HttpStatusCode.Redirect, update.StatusCode);
        Assert.Equal(ActionStatus.Done, await Query(db => db.BoardActions.Where(a => a.Id == agreed.Id).Select(a => a.Status).SingleAsync()));
    }

    /// <summary>The demo's approved meetings may have no action of their own: record one on a fresh meeting, then approve it.</summary>
    private Task<BoardAction> AddActionBeforeApprovalAsync() => Query(async db =>
    {
        var held = new Meeting { Date = new(2013, 1, 10), StartTime = new(14, 0), Place = "Town Hall" };
        var next = new Meeting { Date = new(2013, 3, 10), StartTime = new(14, 0), Place = "Town Hall" };
        db.Meetings.AddRange(held, next);
        await db.SaveChangesAsync();
        var action = held.RecordAction("Write to the ICB", "Director", new(2013, 2, 1), false);
        db.BoardActions.Add(action);
        await db.SaveChangesAsync();
        held.ApproveMinutes("officer", DateTime.UtcNow, next, new(2013, 3, 10), hasMinutes: true);
        await db.SaveChangesAsync();
        return action;
    });
}
