using System.Net;
using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Documents;
using CorporateParenting.Web.Features.Governance.Pack;
using CorporateParenting.Web.Features.Strategy;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Strategy;

/// <summary>A working-group report taken to a themed meeting, and carried by that meeting's board pack.</summary>
public sealed class WorkingGroupAtMeetingTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private Task<T> Query<T>(Func<HubDbContext, Task<T>> query) => hub.WithScope(s => query(s.GetRequiredService<HubDbContext>()));

    [Fact]
    public async Task The_board_officer_puts_a_report_on_an_upcoming_agenda_once_and_a_chair_may_not()
    {
        var priority = await Query(db => db.PriorityAreas.SingleAsync(p => p.Name == "Healthy lives"));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var meeting = await Query(db => db.Meetings.Where(m => m.Date > today && m.Theme == null).OrderBy(m => m.Date).FirstAsync());
        var url = $"/Strategy/Report/{priority.Id}";
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);

        using var none = await Forms.PostAsync(officer, url, []);
        Assert.Contains("Select the meeting to take the report to", await none.Content.ReadAsStringAsync());

        using var placed = await Forms.PostAsync(officer, url, [new("MeetingId", meeting.Id.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, placed.StatusCode);
        var item = await Query(db => db.AgendaItems.SingleAsync(i => i.MeetingId == meeting.Id && i.PriorityId == priority.Id));
        Assert.Equal(("Working-group report: Healthy lives", priority.ChairName, ItemPurpose.Discussion), (item.Title, item.Presenter, item.Purpose));
        Assert.Equal("Healthy lives", (await Query(db => db.Meetings.SingleAsync(m => m.Id == meeting.Id))).Theme);
        Assert.Contains("On the agenda for", await officer.GetStringAsync(url));
        Assert.Contains($"href=\"/Strategy/Report/{priority.Id}\"", await officer.GetStringAsync($"/Governance/Meetings/Show/{meeting.Id}"));

        using var again = await Forms.PostAsync(officer, url, [new("MeetingId", meeting.Id.ToString())]);
        Assert.Contains("The report is already on the agenda for", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));
        Assert.Equal(1, await Query(db => db.AgendaItems.CountAsync(i => i.MeetingId == meeting.Id && i.PriorityId == priority.Id)));

        using var chair = hub.ClientAs(HubRoles.WorkingGroupChair);
        Assert.DoesNotContain("Put on the agenda", await chair.GetStringAsync(url));
        using var refused = await Forms.PostAsync(chair, url, [new("MeetingId", meeting.Id.ToString())]);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task The_themed_meetings_pack_carries_the_working_group_report_in_both_formats()
    {
        var meeting = await Query(db => db.Meetings.OrderByDescending(m => m.Date).FirstAsync(m => m.Theme == "Ready for adult life"));   // this year's: earlier years had one too
        var pack = await hub.WithScope(s => s.GetRequiredService<BoardPackBuilder>().BuildAsync(meeting.Id, restricted: false, CancellationToken.None));
        var section = Assert.Single(pack!.Sections, s => s.Heading == WorkingGroupPackSection.Heading);
        // Sections follow the agenda (ADR 37): the themed report comes after the agenda and the minutes.
        var headings = pack.Sections.Select(s => s.Heading).ToList();
        Assert.True(headings.IndexOf("Minutes of the last meeting") is >= 0 and var minutes && minutes < headings.IndexOf(WorkingGroupPackSection.Heading), string.Join(" | ", headings));
        Assert.Contains(section.Blocks, b => b is PackSubheading { Text: "Ready for adult life (chair: Head of Leaving Care)" });
        Assert.Contains(section.Blocks, b => b is PackBullets bullets && bullets.Items.Any(i => i.Contains("£21,450.60 of council tax relief")));

        // A meeting with no report on its agenda has no such section.
        var plain = await Query(db => db.Meetings.FirstAsync(m => !db.AgendaItems.Any(i => i.MeetingId == m.Id && i.PriorityId != null)));
        var plainPack = await hub.WithScope(s => s.GetRequiredService<BoardPackBuilder>().BuildAsync(plain.Id, restricted: false, CancellationToken.None));
        Assert.DoesNotContain(plainPack!.Sections, s => s.Heading == WorkingGroupPackSection.Heading);

        using var member = hub.ClientAs(HubRoles.BoardMember);
        var docx = await member.GetByteArrayAsync($"/Governance/Meetings/Pack/{meeting.Id}?handler=Word");
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var text = word.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("Working-group reports", text);
        Assert.Contains("Ready for adult life: linked indicators", text);
    }
}
