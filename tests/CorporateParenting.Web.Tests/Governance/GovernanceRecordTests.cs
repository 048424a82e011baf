using System.Net;
using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Documents;
using CorporateParenting.Web.Features.Governance.Pack;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Governance;

/// <summary>The record once approved, confidential actions, and hand-made requests that must not break a page.</summary>
public sealed class GovernanceRecordTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private Task<T> Query<T>(Func<HubDbContext, Task<T>> query) => hub.WithScopeAsync(s => query(s.GetRequiredService<HubDbContext>()));

    [Fact]
    public async Task Once_minutes_are_approved_the_attendance_agenda_and_actions_of_that_meeting_are_frozen()
    {
        var meeting = await Query(db => db.Meetings.Include(m => m.Items).OrderBy(m => m.Date).FirstAsync(m => m.MinutesApprovedAtUtc != null));
        var attendance = await Query(db => db.Attendances.Where(a => a.MeetingId == meeting.Id).OrderBy(a => a.Id).ToListAsync());
        var actions = await Query(db => db.BoardActions.CountAsync(a => a.MeetingId == meeting.Id));
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);

        using var register = await Forms.PostAsync(officer, $"/Governance/Meetings/Attendance/{meeting.Id}",
            [new("Rows[0].MemberId", attendance[0].BoardMemberId.ToString()), new("Rows[0].Status", "Absent")]);
        Assert.Contains("its attendance can no longer change", await register.Content.ReadAsStringAsync());
        Assert.Equal(attendance[0].Status, (await Query(db => db.Attendances.SingleAsync(a => a.Id == attendance[0].Id))).Status);

        var url = $"/Governance/Meetings/Show/{meeting.Id}";
        using var item = await Forms.PostAsync(officer, url, [new("Item.Title", "An afterthought"), new("Item.Purpose", "Information")]);
        Assert.Contains("its agenda can no longer change", await item.Content.ReadAsStringAsync());
        using var action = await Forms.PostAsync(officer, url, [new("NewAction.Description", "Late action"), new("NewAction.Owner", "Someone"), new("NewAction.DueDate", "2030-01-01")], handler: "Action");
        Assert.Contains("its agreed actions can no longer change", await action.Content.ReadAsStringAsync());
        Assert.Equal((meeting.Items.Count, actions), (await Query(db => db.AgendaItems.CountAsync(i => i.MeetingId == meeting.Id)), await Query(db => db.BoardActions.CountAsync(a => a.MeetingId == meeting.Id))));
    }

    [Fact]
    public async Task A_confidential_action_is_withheld_from_members_everywhere_and_kept_for_the_restricted_pack()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var meeting = await Query(db => db.Meetings.OrderBy(m => m.Date).FirstAsync(m => m.Date > today));
        const string secret = "Negotiate the block contract with the provider in private";
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        using var recorded = await Forms.PostAsync(officer, $"/Governance/Meetings/Show/{meeting.Id}",
            [new("NewAction.Description", secret), new("NewAction.Owner", "Head of Commissioning"), new("NewAction.DueDate", "2030-01-01"), new("NewAction.Confidential", "true")], handler: "Action");
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var saved = await Query(db => db.BoardActions.SingleAsync(a => a.Description == secret));
        Assert.True(saved.Confidential);

        using var member = hub.ClientAs(HubRoles.BoardMember);
        Assert.DoesNotContain(secret, await member.GetStringAsync($"/Governance/Meetings/Show/{meeting.Id}"));
        Assert.DoesNotContain(secret, await member.GetStringAsync("/Governance/Actions"));
        Assert.DoesNotContain(secret, await member.GetStringAsync("/Governance/Actions?handler=Csv"));
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/Governance/Actions/Show/{saved.Id}")).StatusCode);
        Assert.Contains(secret, await officer.GetStringAsync("/Governance/Actions"));

        string Text(PackDocument pack) => string.Join(" ", pack.Sections.SelectMany(s => s.Blocks).OfType<PackTable>().SelectMany(t => t.Rows).SelectMany(r => r));
        var builder = (Func<bool, Task<PackDocument?>>)(restricted => hub.WithScopeAsync(s => s.GetRequiredService<BoardPackBuilder>().BuildAsync(meeting.Id, restricted, CancellationToken.None)));
        Assert.DoesNotContain(secret, Text((await builder(false))!));
        Assert.Contains(secret, Text((await builder(true))!));
    }

    [Theory]
    [InlineData("/Governance/Attendance?Year=0")]
    [InlineData("/Governance/Attendance?Year=10000")]
    [InlineData("/Governance/WorkProgramme?Year=0")]
    [InlineData("/Governance/WorkProgramme?Year=10000&handler=Excel")]
    public async Task A_hand_typed_year_outside_the_calendar_shows_this_year_instead_of_failing(string url)
    {
        using var member = hub.ClientAs(HubRoles.BoardMember);
        using var response = await member.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Attendance_posted_twice_for_one_member_is_refused_not_a_server_error()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var meeting = await Query(db => db.Meetings.OrderBy(m => m.Date).FirstAsync(m => m.MinutesApprovedAtUtc == null));
        var member = await Query(db => db.BoardMembers.OrderBy(m => m.Name).ToListAsync()).ContinueWith(t => t.Result.First(m => m.IsCurrentOn(meeting.Date)));
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        using var response = await Forms.PostAsync(officer, $"/Governance/Meetings/Attendance/{meeting.Id}",
            [new("Rows[0].MemberId", member.Id.ToString()), new("Rows[0].Status", "Present"), new("Rows[1].MemberId", member.Id.ToString()), new("Rows[1].Status", "Absent")]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Record each member once", await response.Content.ReadAsStringAsync());
    }
}
