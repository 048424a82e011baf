using System.Net;
using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Features.Governance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Governance;

/// <summary>The board officer plans the year and builds agendas; members read them, without what is confidential.</summary>
public sealed class MeetingPageTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private Task<T> Query<T>(Func<HubDbContext, Task<T>> query) => hub.WithScope(s => query(s.GetRequiredService<HubDbContext>()));

    [Fact]
    public void A_year_is_six_meetings_two_months_apart_each_opening_with_the_standing_items()
    {
        StandingItem[] standing = [new() { Title = "Minutes", Purpose = ItemPurpose.Decision }, new() { Title = "Action log" }];

        var year = MeetingPlanner.PlanYear(new DateOnly(2027, 1, 31), new TimeOnly(10, 0), "Town Hall", standing);

        Assert.Equal([new DateOnly(2027, 1, 31), new(2027, 3, 31), new(2027, 5, 31), new(2027, 7, 31), new(2027, 9, 30), new(2027, 11, 30)], year.Select(m => m.Date));
        Assert.All(year, m => Assert.Equal([("Minutes", 1, true), ("Action log", 2, true)], m.Items.Select(i => (i.Title, i.Order, i.IsStanding))));
    }

    [Fact]
    public async Task The_board_officer_plans_a_year_and_clashing_dates_are_refused()
    {
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        var fields = new KeyValuePair<string, string>[] { new("Plan.FirstMeeting", "2031-02-10"), new("Plan.StartTime", "14:00"), new("Plan.Place", "Council Chamber") };

        using var planned = await Forms.PostAsync(officer, "/Governance/Meetings", fields);
        Assert.Equal(HttpStatusCode.Redirect, planned.StatusCode);
        var meetings = await Query(db => db.Meetings.Include(m => m.Items).Where(m => m.Date.Year == 2031).ToListAsync());
        Assert.Equal(6, meetings.Count);
        Assert.All(meetings, m => Assert.Contains(m.Items, i => i.IsStanding && i.Title == "Director's briefing"));

        using var again = await Forms.PostAsync(officer, "/Governance/Meetings", fields);
        var html = await again.Content.ReadAsStringAsync();
        Assert.Contains("A meeting is already planned on one of those dates", html);
        Assert.Contains("value=\"Council Chamber\"", html);
        Assert.Equal(6, await Query(db => db.Meetings.CountAsync(m => m.Date.Year == 2031)));
    }

    [Fact]
    public async Task A_confidential_item_is_shown_to_the_officer_and_withheld_from_members_and_young_people()
    {
        var meeting = await Query(db => db.Meetings.OrderBy(m => m.Date).FirstAsync(m => m.MinutesApprovedAtUtc == null));   // approved minutes are frozen
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        using var added = await Forms.PostAsync(officer, $"/Governance/Meetings/Show/{meeting.Id}",
            [new("Item.Title", "Placement sufficiency: named providers"), new("Item.Purpose", "Decision"), new("Item.Confidential", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        Assert.Contains("Placement sufficiency: named providers", await officer.GetStringAsync($"/Governance/Meetings/Show/{meeting.Id}"));
        foreach (var role in new[] { HubRoles.BoardMember, HubRoles.YoungPerson })
        {
            using var reader = hub.ClientAs(role);
            var html = await reader.GetStringAsync($"/Governance/Meetings/Show/{meeting.Id}");
            Assert.Contains("Director&#x27;s briefing", html);
            Assert.DoesNotContain("Placement sufficiency", html);
            Assert.DoesNotContain("Add an item", html);
        }
        using var member = hub.ClientAs(HubRoles.BoardMember);
        using var refused = await Forms.PostAsync(member, $"/Governance/Meetings/Show/{meeting.Id}", [new("Item.Title", "Sneaked in")]);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task Young_peoples_terms_ending_within_three_months_are_flagged()
    {
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        var html = await officer.GetStringAsync("/Governance/Members");

        Assert.Contains("Terms ending within three months", html);
        Assert.Contains("Jordan (care leaver) (care-experienced young person)", html);
        Assert.DoesNotContain("Kai (care leaver) (care", html);   // a year to go
    }

    [Fact]
    public async Task A_member_with_no_name_and_a_term_ending_before_it_starts_is_refused_and_what_was_typed_is_kept()
    {
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        using var response = await Forms.PostAsync(officer, "/Governance/Members/Edit",
            [new("Input.Name", ""), new("Input.Organisation", "Northbridge Youth Service"), new("Input.TermStart", "2026-09-01"), new("Input.TermEnd", "2026-08-01")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("Enter the member&#x27;s name", html);
        Assert.Contains("The term must end after it starts", html);
        Assert.Contains("value=\"Northbridge Youth Service\"", html);
    }
}
