using System.Net;
using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Governance;

/// <summary>From a held meeting to approved minutes: attendance, minutes per item, numbered decisions, approval at the next meeting.</summary>
public sealed class MinutesTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private Task<T> Query<T>(Func<HubDbContext, Task<T>> query) => hub.WithScopeAsync(s => query(s.GetRequiredService<HubDbContext>()));

    /// <summary>Two past meetings of our own, so approval "at the next meeting" is possible.</summary>
    private async Task<(Meeting Held, Meeting Next)> TwoPastMeetingsAsync(int year) => await Query(async db =>
    {
        var held = new Meeting { Date = new DateOnly(year, 1, 14), StartTime = new TimeOnly(14, 0), Place = "Town Hall", Items =
        [
            new AgendaItem { Order = 1, Title = "Director's briefing", Purpose = ItemPurpose.Information },
            new AgendaItem { Order = 2, Title = "Residential sufficiency", Purpose = ItemPurpose.Decision },
            new AgendaItem { Order = 3, Title = "Provider failure", Purpose = ItemPurpose.Decision, Confidential = true },
        ] };
        var next = new Meeting { Date = new DateOnly(year, 3, 14), StartTime = new TimeOnly(14, 0), Place = "Town Hall" };
        db.Meetings.AddRange(held, next);
        await db.SaveChangesAsync();
        return (held, next);
    });

    [Fact]
    public async Task The_officer_drafts_minutes_and_decisions_are_numbered_through_the_year_then_approved_at_the_next_meeting()
    {
        var (held, next) = await TwoPastMeetingsAsync(2011);
        var items = held.Items.OrderBy(i => i.Order).ToList();
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        var url = $"/Governance/Meetings/Minutes/{held.Id}";

        using var saved = await Forms.PostAsync(officer, url, [new($"ItemMinutes[{items[0].Id}]", "The Director described the monitoring visit."), new($"ItemMinutes[{items[2].Id}]", "Discussed in private.")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var first = await Forms.PostAsync(officer, url, [new("ResolutionItemId", items[1].Id.ToString()), new("ResolutionText", "That two new homes be commissioned.")], handler: "Resolution");
        using var second = await Forms.PostAsync(officer, url, [new("ResolutionItemId", items[2].Id.ToString()), new("ResolutionText", "That the contract be ended.")], handler: "Resolution");
        Assert.Equal(["2011/01", "2011/02"], await Query(db => db.Resolutions.Where(r => r.MeetingId == held.Id).OrderBy(r => r.Number).Select(r => r.Year + "/" + (r.Number < 10 ? "0" : "") + r.Number).ToListAsync()));
        Assert.Equal(MeetingStatus.Held, (await Query(db => db.Meetings.SingleAsync(m => m.Id == held.Id))).Status);

        using var member = hub.ClientAs(HubRoles.BoardMember);
        var memberView = await member.GetStringAsync(url);
        Assert.Contains("The Director described the monitoring visit.", memberView);
        Assert.Contains("Resolved 2011/01:", memberView);
        Assert.Contains("Draft", memberView);
        Assert.DoesNotContain("Provider failure", memberView);
        Assert.DoesNotContain("That the contract be ended.", memberView);
        using var refused = await Forms.PostAsync(member, url, [new($"ItemMinutes[{items[0].Id}]", "Rewritten")]);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        using var approved = await Forms.PostAsync(officer, url, [], handler: "Approve");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var after = await Query(db => db.Meetings.SingleAsync(m => m.Id == held.Id));
        Assert.Equal((MeetingStatus.MinutesApproved, next.Id), (after.Status, after.MinutesApprovedAtMeetingId));
        Assert.Equal($"{HubRoles.BoardOfficer}@test.example", after.MinutesApprovedBy);
        Assert.Contains("at the meeting on 14 March 2011", await member.GetStringAsync(url));

        using var frozen = await Forms.PostAsync(officer, url, [new($"ItemMinutes[{items[0].Id}]", "Changed after approval")]);
        Assert.Contains("These minutes were approved and can no longer be changed", await frozen.Content.ReadAsStringAsync());
        Assert.Equal("The Director described the monitoring visit.", await Query(db => db.AgendaItems.Where(i => i.Id == items[0].Id).Select(i => i.Minutes).SingleAsync()));
    }

    [Fact]
    public async Task Minutes_cannot_be_approved_before_the_next_meeting_has_taken_place()
    {
        var held = await Query(db => db.Meetings.Where(m => m.Status == MeetingStatus.Held).OrderBy(m => m.Date).FirstAsync());
        var next = await Query(db => db.Meetings.Where(m => m.Date > held.Date).OrderBy(m => m.Date).FirstAsync());
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        using var response = await Forms.PostAsync(officer, $"/Governance/Meetings/Minutes/{held.Id}", [], handler: "Approve");
        Assert.Contains($"Minutes are approved at the next meeting, on {Infrastructure.DateDisplay.Long(next.Date)}", await response.Content.ReadAsStringAsync());
        Assert.Null((await Query(db => db.Meetings.SingleAsync(m => m.Id == held.Id))).MinutesApprovedAtUtc);
    }

    [Fact]
    public async Task Attendance_is_recorded_in_one_form_a_substitute_needs_a_name_and_the_year_adds_up()
    {
        var (held, _) = await TwoPastMeetingsAsync(2012);
        await Query(async db =>
        {
            foreach (var name in new[] { "Ada Member", "Ben Member", "Cy Member" })
                db.BoardMembers.Add(new BoardMember { Name = name, Organisation = "Council", Category = MemberCategory.ElectedMember, TermStart = new DateOnly(2012, 1, 1), TermEnd = new DateOnly(2012, 12, 31) });
            return await db.SaveChangesAsync();
        });
        var members = await Query(db => db.BoardMembers.OrderBy(m => m.Name).ToListAsync());
        var current = members.Where(m => m.IsCurrentOn(held.Date)).ToList();
        Assert.Equal(["Ada Member", "Ben Member", "Cy Member"], current.Select(m => m.Name));
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        var url = $"/Governance/Meetings/Attendance/{held.Id}";
        KeyValuePair<string, string>[] Rows(string substitute) => current.SelectMany((m, i) => new KeyValuePair<string, string>[]
        {
            new($"Rows[{i}].MemberId", m.Id.ToString()),
            new($"Rows[{i}].Status", i switch { 0 => "Apologies", 1 => "Substitute", _ => "Present" }),
            new($"Rows[{i}].Substitute", i == 1 ? substitute : ""),
        }).ToArray();

        using var missing = await Forms.PostAsync(officer, url, Rows(""));
        var html = await missing.Content.ReadAsStringAsync();
        Assert.Contains($"Enter who came in place of {current[1].Name}", System.Net.WebUtility.HtmlDecode(html));
        Assert.Equal(0, await Query(db => db.Attendances.CountAsync(a => a.MeetingId == held.Id)));

        using var saved = await Forms.PostAsync(officer, url, Rows("Deputy head"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(current.Count, await Query(db => db.Attendances.CountAsync(a => a.MeetingId == held.Id)));

        using var member = hub.ClientAs(HubRoles.BoardMember);
        var summary = System.Net.WebUtility.HtmlDecode(await member.GetStringAsync("/Governance/Attendance?year=2012"));
        Assert.Contains("1 meetings with attendance recorded", summary);
        Assert.Contains(current[1].Name, summary);
        Assert.Contains("Deputy head", System.Net.WebUtility.HtmlDecode(await member.GetStringAsync($"/Governance/Meetings/Minutes/{held.Id}")));
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(url)).StatusCode);
    }
}
