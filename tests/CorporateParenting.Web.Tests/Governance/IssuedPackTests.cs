using CorporateParenting.Web.Documents;
using System.Net;
using System.Security.Cryptography;
using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Features.Governance.Pack;
using CorporateParenting.Web.Features.Strategy;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Governance;

/// <summary>
/// Issued packs: the files issued are stored with who, when and their hash, and served byte for byte
/// whatever changes afterwards; late papers go out in numbered supplementary packs; a held meeting's
/// pack is never rebuilt; and the pack does not contradict itself. Needs Debian's Chromium.
/// </summary>
public sealed class IssuedPackTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private Task<T> Query<T>(Func<HubDbContext, Task<T>> query) => hub.WithScopeAsync(s => query(s.GetRequiredService<HubDbContext>()));

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static string WordText(byte[] docx)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return word.MainDocumentPart!.Document.Body!.InnerText;
    }

    /// <summary>A meeting to come, of this test's own, with one paper in and one still due.</summary>
    private Task<(Meeting Meeting, ReportRequest Received, ReportRequest Due)> UpcomingMeetingAsync(int daysAhead, string tag) => Query(async db =>
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var meeting = new Meeting { Date = today.AddDays(daysAhead), StartTime = new(10, 0), Place = "Council Chamber" };
        meeting.Items.Add(new AgendaItem { Order = 1, Title = $"Welcome {tag}", Purpose = ItemPurpose.Information });
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();
        var received = new ReportRequest { MeetingId = meeting.Id, Title = $"Sufficiency update {tag}", Owner = "Head of Commissioning", DueDate = today, ReceivedAtUtc = DateTime.UtcNow,
            Summary = "Where children live.", AskOfBoard = "Note it.", PledgeContribution = "Stable homes.", ChildrenInvolvement = "A survey.", FileName = "s.docx", ContentType = "application/octet-stream", Content = [1] };
        var due = new ReportRequest { MeetingId = meeting.Id, Title = $"Health annual report {tag}", Owner = "Designated Nurse", DueDate = today.AddDays(3) };
        db.ReportRequests.AddRange(received, due);
        await db.SaveChangesAsync();
        return (meeting, received, due);
    });

    [Fact]
    public async Task An_issued_pack_is_served_byte_for_byte_as_stored_whatever_changes_afterwards()
    {
        var (meeting, _, due) = await UpcomingMeetingAsync(45, "A");
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        var page = $"/Governance/Meetings/Pack/{meeting.Id}";
        Assert.Contains("Issue the pack", await officer.GetStringAsync(page));

        using var issued = await Forms.PostAsync(officer, page, [], handler: "Issue");
        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        var stored = await Query(db => db.IssuedPacks.Where(p => p.MeetingId == meeting.Id).OrderBy(p => p.Restricted).ToListAsync());
        Assert.Equal([(0, false), (0, true)], stored.Select(p => (p.Number, p.Restricted)));
        Assert.All(stored, p => Assert.Equal((Hash(p.Pdf), Hash(p.Word), $"{HubRoles.BoardOfficer}@test.example"), (p.PdfSha256, p.WordSha256, p.IssuedBy)));
        Assert.Contains($"Not received by", WordText(stored[0].Word));

        // After issue the records move on: a new agenda item, the late paper arrives, the place changes.
        await Query(async db =>
        {
            var m = await db.Meetings.Include(x => x.Items).SingleAsync(x => x.Id == meeting.Id);
            m.AddAgendaItem("Added after issue A", null, ItemPurpose.Decision, false);
            m.ChangeDetails("Another room", null, null);
            var paper = await db.ReportRequests.SingleAsync(r => r.Id == due.Id);
            (paper.ReceivedAtUtc, paper.Summary, paper.AskOfBoard, paper.PledgeContribution, paper.ChildrenInvolvement, paper.FileName) =
                (DateTime.UtcNow, "Health checks.", "Note it.", "Healthy lives.", "Asked.", "h.docx");
            return await db.SaveChangesAsync();
        });

        using var member = hub.ClientAs(HubRoles.BoardMember);
        var pdf = await member.GetByteArrayAsync($"{page}?handler=Pdf");
        var word = await member.GetByteArrayAsync($"{page}?handler=Word");
        Assert.Equal(stored[0].PdfSha256, Hash(pdf));
        Assert.Equal(stored[0].WordSha256, Hash(word));
        Assert.Equal(stored[0].Word, word);
        Assert.DoesNotContain("Added after issue A", WordText(word));
        using var restricted = await officer.GetAsync($"{page}?handler=Word&restricted=true");
        Assert.Equal(stored[1].Word, await restricted.Content.ReadAsByteArrayAsync());
        var shown = WebUtility.HtmlDecode(await member.GetStringAsync(page));
        Assert.Contains(stored[0].PdfSha256, shown);
        Assert.DoesNotContain("Issue the pack", await officer.GetStringAsync(page));
    }

    [Fact]
    public async Task Papers_that_arrive_after_issue_go_out_in_a_numbered_supplementary_pack_which_is_stored_too()
    {
        var (meeting, received, due) = await UpcomingMeetingAsync(47, "B");
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        var page = $"/Governance/Meetings/Pack/{meeting.Id}";
        using var first = await Forms.PostAsync(officer, page, [], handler: "Issue");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        using var nothingNew = await Forms.PostAsync(officer, page, [], handler: "Issue");
        Assert.Contains("No papers have arrived since the last pack was issued", WebUtility.HtmlDecode(await nothingNew.Content.ReadAsStringAsync()));

        await Query(async db =>
        {
            var paper = await db.ReportRequests.SingleAsync(r => r.Id == due.Id);
            (paper.ReceivedAtUtc, paper.Summary, paper.AskOfBoard, paper.PledgeContribution, paper.ChildrenInvolvement, paper.FileName) =
                (DateTime.UtcNow, "Health checks for every child.", "Note it.", "Healthy lives.", "Asked.", "h.docx");
            return await db.SaveChangesAsync();
        });
        Assert.Contains("Issue supplementary pack 1", await officer.GetStringAsync(page));
        using var supplement = await Forms.PostAsync(officer, page, [], handler: "Issue");
        Assert.Equal(HttpStatusCode.Redirect, supplement.StatusCode);

        var one = await Query(db => db.IssuedPacks.SingleAsync(p => p.MeetingId == meeting.Id && p.Number == 1 && !p.Restricted));
        Assert.Equal(due.Id.ToString(), one.PaperIds);
        var text = WordText(one.Word);
        Assert.Contains("Supplementary pack 1", text);
        Assert.Contains("Health checks for every child.", text);
        Assert.DoesNotContain(received.Title, text);   // already in the pack
        using var member = hub.ClientAs(HubRoles.BoardMember);
        Assert.Equal(one.Pdf, await member.GetByteArrayAsync($"{page}?handler=Pdf&number=1"));
        Assert.Contains("Supplementary pack 1", await member.GetStringAsync(page));
    }

    [Fact]
    public async Task A_held_meeting_without_an_issued_pack_says_so_and_is_never_rebuilt_from_todays_records()
    {
        var held = await Query(db => db.Meetings.Where(m => m.Status == MeetingStatus.Held || m.Status == MeetingStatus.MinutesApproved).OrderByDescending(m => m.Date).FirstAsync());
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        var page = $"/Governance/Meetings/Pack/{held.Id}";

        var html = WebUtility.HtmlDecode(await officer.GetStringAsync(page));
        Assert.Contains("No pack was issued through the Hub for this meeting", html);
        Assert.DoesNotContain("handler=Pdf", html);
        Assert.DoesNotContain("Issue the pack", html);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"{page}?handler=Pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"{page}?handler=Word")).StatusCode);
        using var late = await Forms.PostAsync(officer, page, [], handler: "Issue");
        Assert.Contains("has been held: a pack can no longer be issued", WebUtility.HtmlDecode(await late.Content.ReadAsStringAsync()));
        Assert.Equal(0, await Query(db => db.IssuedPacks.CountAsync(p => p.MeetingId == held.Id)));
    }

    [Fact]
    public async Task A_paper_presented_at_the_meeting_is_not_called_not_received()
    {
        var (meeting, _, due) = await UpcomingMeetingAsync(49, "C");
        await Query(async db =>
        {
            var item = new AgendaItem { MeetingId = meeting.Id, Order = 2, Title = "Health annual report C", Minutes = "The Designated Nurse presented the report." };
            db.AgendaItems.Add(item);
            await db.SaveChangesAsync();
            (await db.ReportRequests.SingleAsync(r => r.Id == due.Id)).AgendaItemId = item.Id;
            return await db.SaveChangesAsync();
        });
        var pack = await hub.WithScopeAsync(s => s.GetRequiredService<BoardPackBuilder>().BuildAsync(meeting.Id, restricted: false, CancellationToken.None));
        var agenda = pack!.Sections.Single(s => s.Heading == BoardPackBuilder.AgendaHeading).Blocks.OfType<PackAgenda>().Single();
        var text = agenda.Lines.Single(l => l.Title == "Health annual report C").Detail;
        Assert.Contains("Presented at the meeting by Designated Nurse", text);
        Assert.DoesNotContain("Not received", text);
    }

    [Fact]
    public void An_overdue_working_group_action_is_counted_and_shown_as_overdue_not_on_track()
    {
        var overdue = new WorkingGroupReport.ActionLine(1, "Aim", "Open six training flats", "Housing", new(2026, 1, 1), new(2026, 1, 1), "On track", "Green", null);
        var onTime = new WorkingGroupReport.ActionLine(2, "Aim", "Review the offer", "Housing", new(2027, 1, 1), new(2027, 1, 1), "On track", "Green", null);
        var report = new WorkingGroupReport("Ready for adult life", "Chair", new(2026, 11, 30),
            [new("Not started", 0), new("On track", 2), new("Done", 0)], [overdue, onTime], [overdue], [], []);

        var section = WorkingGroupPackSection.From([report]);

        var summary = section.Blocks.OfType<PackParagraph>().First().Text;
        Assert.Contains("1 on track, 1 overdue", summary);
        var row = section.Blocks.OfType<PackTable>().Single().Rows.Single();
        Assert.Equal("Overdue", row[3]);
    }
}
