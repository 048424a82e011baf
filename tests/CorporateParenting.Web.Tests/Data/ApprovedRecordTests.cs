using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Tests.Data;

/// <summary>
/// An approved meeting's record straight against the database, on both providers: the save-time guard
/// refuses what no page offers, whoever writes it, and lets progress on the agreed actions go on.
/// </summary>
public sealed class ApprovedRecordTests
{
    private sealed record Seeded(int MeetingId, int ItemId, int MemberId, int AttendanceId, int ResolutionId, int ActionId, int PackId);

    /// <summary>A held meeting with its whole record, then approved at the next one in a later save.</summary>
    private static async Task<Seeded> ApprovedMeetingAsync(DataTestContext data)
    {
        await using var db = data.Create();
        var member = new BoardMember { Name = "Cllr Test", Organisation = "Council", Category = MemberCategory.ElectedMember, TermStart = new(2020, 1, 1) };
        var held = new Meeting { Date = new(2024, 1, 10), StartTime = new(14, 0), Place = "Town Hall", Status = MeetingStatus.Held };
        var next = new Meeting { Date = new(2024, 3, 10), StartTime = new(14, 0), Place = "Town Hall" };
        db.AddRange(member, held, next);
        await db.SaveChangesAsync();
        var item = held.AddAgendaItem("Director's briefing", null, ItemPurpose.Information, confidential: false);
        item.Minutes = "The Director reported.";
        var attendance = held.RecordAttendance(member.Id, AttendanceStatus.Present, null);
        var action = held.RecordAction("Write to the ICB", "Director", new(2024, 2, 1), confidential: false);
        db.AddRange(attendance, action);
        await db.SaveChangesAsync();
        var resolution = new Resolution { MeetingId = held.Id, AgendaItemId = item.Id, Year = 2024, Number = 1, Text = "Noted." };
        var pack = new IssuedPack { MeetingId = held.Id, IssuedBy = "officer", IssuedAtUtc = DateTime.UtcNow, PaperIds = "", PdfFileName = "p.pdf", Pdf = [1], PdfSha256 = "a", WordFileName = "w.docx", Word = [2], WordSha256 = "b" };
        db.AddRange(resolution, pack);
        await db.SaveChangesAsync();
        held.ApproveMinutes("officer@test.example", DateTime.UtcNow, next, new DateOnly(2024, 3, 10), hasMinutes: true);
        await db.SaveChangesAsync();
        return new Seeded(held.Id, item.Id, member.Id, attendance.Id, resolution.Id, action.Id, pack.Id);
    }

    private static readonly string[] Changes =
        ["date", "place", "add item", "item minutes", "delete item", "attendance", "add attendance", "decision", "add decision", "action wording", "add action", "delete action", "pack", "unapprove"];

    /// <summary>Each change in a context of its own against the same database: a refusal writes nothing, so each starts from the approved record.</summary>
    [Theory]
    [MemberData(nameof(DataTestContext.Providers), MemberType = typeof(DataTestContext))]
    public async Task Any_change_to_an_approved_meetings_record_is_refused_at_save_and_nothing_is_written(DatabaseProvider provider)
    {
        using var data = new DataTestContext(provider);
        var s = await ApprovedMeetingAsync(data);
        int other;
        await using (var db = data.Create())
        {
            var late = new BoardMember { Name = "Late", Organisation = "Council", TermStart = new(2020, 1, 1) };
            db.BoardMembers.Add(late);
            await db.SaveChangesAsync();
            other = late.Id;
        }
        var auditBefore = await CountAuditAsync(data);
        foreach (var change in Changes) await RefusedAsync(data, s, other, change);
        await AssertUnchangedAsync(data, s);
        Assert.Equal(auditBefore, await CountAuditAsync(data));   // the audit trail did not record a change that never happened
    }

    private static async Task RefusedAsync(DataTestContext data, Seeded s, int otherMember, string change)
    {
        await using (var db = data.Create())
        {
            var meeting = await db.Meetings.SingleAsync(m => m.Id == s.MeetingId);
            switch (change)
            {
                case "date": meeting.Date = meeting.Date.AddDays(1); break;
                case "place": meeting.Place = "Elsewhere"; break;
                case "unapprove": meeting.MinutesApprovedAtUtc = null; break;
                case "add item": db.AgendaItems.Add(new AgendaItem { MeetingId = s.MeetingId, Order = 9, Title = "Slipped in" }); break;
                case "item minutes": (await db.AgendaItems.SingleAsync(i => i.Id == s.ItemId)).Minutes = "Rewritten"; break;
                case "delete item": db.AgendaItems.Remove(await db.AgendaItems.SingleAsync(i => i.Id == s.ItemId)); break;
                case "attendance": (await db.Attendances.SingleAsync(a => a.Id == s.AttendanceId)).Status = AttendanceStatus.Absent; break;
                case "add attendance": db.Attendances.Add(new Attendance { MeetingId = s.MeetingId, BoardMemberId = otherMember }); break;
                case "decision": (await db.Resolutions.SingleAsync(r => r.Id == s.ResolutionId)).Text = "Rejected."; break;
                case "add decision": db.Resolutions.Add(new Resolution { MeetingId = s.MeetingId, AgendaItemId = s.ItemId, Year = 2024, Number = 2, Text = "Also." }); break;
                case "action wording": (await db.BoardActions.SingleAsync(a => a.Id == s.ActionId)).Description = "Something else"; break;
                case "add action": db.BoardActions.Add(new BoardAction { MeetingId = s.MeetingId, Description = "After the fact", Owner = "Someone", DueDate = new(2024, 5, 1), OriginalDueDate = new(2024, 5, 1) }); break;
                case "delete action": db.BoardActions.Remove(await db.BoardActions.SingleAsync(a => a.Id == s.ActionId)); break;
                case "pack": (await db.IssuedPacks.SingleAsync(p => p.Id == s.PackId)).Pdf = [9, 9]; break;
            }
            var refused = await Assert.ThrowsAsync<MeetingRuleException>(() => db.SaveChangesAsync());
            Assert.Contains(change == "pack" ? "issued pack" : "10 January 2024", refused.Message);
        }
    }

    private static async Task AssertUnchangedAsync(DataTestContext data, Seeded s)
    {
        await using var check = data.Create();
        var after = await check.Meetings.Include(m => m.Items).SingleAsync(m => m.Id == s.MeetingId);
        Assert.Equal((new DateOnly(2024, 1, 10), "Town Hall", true), (after.Date, after.Place, after.IsApproved));
        Assert.Equal(["The Director reported."], after.Items.Select(i => i.Minutes));
        Assert.Equal([AttendanceStatus.Present], await check.Attendances.Where(a => a.MeetingId == s.MeetingId).Select(a => a.Status).ToListAsync());
        Assert.Equal(["Noted."], await check.Resolutions.Where(r => r.MeetingId == s.MeetingId).Select(r => r.Text).ToListAsync());
        Assert.Equal(["Write to the ICB"], await check.BoardActions.Where(a => a.MeetingId == s.MeetingId).Select(a => a.Description).ToListAsync());
        var pdf = (await check.IssuedPacks.SingleAsync(p => p.Id == s.PackId)).Pdf;
        Assert.Equal(new byte[] { 1 }, pdf);
    }

    [Theory]
    [MemberData(nameof(DataTestContext.Providers), MemberType = typeof(DataTestContext))]
    public async Task Progress_on_an_approved_meetings_actions_is_still_recorded(DatabaseProvider provider)
    {
        using var data = new DataTestContext(provider);
        var s = await ApprovedMeetingAsync(data);
        await using (var db = data.Create())
        {
            var action = await db.BoardActions.SingleAsync(a => a.Id == s.ActionId);
            action.Updates.Add(new ActionUpdate { WrittenAtUtc = DateTime.UtcNow, Author = "Director", Text = "Letter sent.", Status = ActionStatus.Done, MovedFrom = action.DueDate, MovedTo = new(2024, 2, 15) });
            (action.Status, action.DueDate) = (ActionStatus.Done, new DateOnly(2024, 2, 15));
            await db.SaveChangesAsync();
        }
        await using var check = data.Create();
        var saved = await check.BoardActions.Include(a => a.Updates).SingleAsync(a => a.Id == s.ActionId);
        Assert.Equal((ActionStatus.Done, new DateOnly(2024, 2, 15), 1), (saved.Status, saved.DueDate, saved.Updates.Count));
    }

    [Fact]
    public void The_meeting_refuses_in_its_own_methods_what_its_state_forbids()
    {
        var next = new Meeting { Id = 2, Date = new(2024, 3, 10), Place = "Town Hall" };
        var meeting = new Meeting { Id = 1, Date = new(2024, 1, 10), Place = "Town Hall" };

        Assert.Equal("Minutes are approved at the next meeting, on 10 March 2024",
            Assert.Throws<MeetingRuleException>(() => meeting.ApproveMinutes("o", DateTime.UtcNow, next, new(2024, 2, 1), hasMinutes: true)).Message);
        Assert.Throws<MeetingRuleException>(() => meeting.ApproveMinutes("o", DateTime.UtcNow, next, new(2024, 3, 10), hasMinutes: false));
        Assert.Throws<MeetingRuleException>(() => meeting.MarkHeld(new(2024, 1, 9)));
        Assert.Throws<MeetingRuleException>(() => meeting.RecordAttendance(1, AttendanceStatus.Substitute, " "));

        meeting.ApproveMinutes("o", new DateTime(2024, 3, 10, 15, 0, 0, DateTimeKind.Utc), next, new(2024, 3, 10), hasMinutes: true);
        Assert.Equal((MeetingStatus.MinutesApproved, 2), (meeting.Status, meeting.MinutesApprovedAtMeetingId));
        var refusals = new Action[]
        {
            () => meeting.Reschedule(new(2024, 1, 11), meeting.StartTime),
            () => meeting.ChangeDetails("Elsewhere", null, null),
            () => meeting.AddAgendaItem("Late", null, ItemPurpose.Information, false),
            () => meeting.RecordAttendance(1, AttendanceStatus.Present, null),
            () => meeting.RecordAction("Late", "Someone", new(2024, 5, 1), false),
            () => meeting.MarkHeld(new(2024, 4, 1)),
            () => meeting.ApproveMinutes("o", DateTime.UtcNow, next, new(2024, 3, 10), hasMinutes: true),
        };
        foreach (var refused in refusals) Assert.Throws<MeetingRuleException>(refused);
        Assert.Equal("The minutes of the meeting on 10 January 2024 were approved on 10 March 2024: its agenda can no longer change",
            Assert.Throws<MeetingRuleException>(() => meeting.AddAgendaItem("Late", null, ItemPurpose.Information, false)).Message);
        Assert.Empty(meeting.Items);
        Assert.Equal(new DateOnly(2024, 1, 10), meeting.Date);
    }

    private static async Task<int> CountAuditAsync(DataTestContext data)
    {
        await using var db = data.Create();
        return await db.AuditEvents.CountAsync();
    }
}
