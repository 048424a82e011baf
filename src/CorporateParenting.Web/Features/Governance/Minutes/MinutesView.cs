using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Governance.Minutes;

/// <summary>A meeting's record as the page and the board pack show it: attendance, minutes per item, decisions, actions.</summary>
public sealed record MinutesView(
    Meeting Meeting,
    IReadOnlyList<AgendaItem> Items,
    IReadOnlyList<Resolution> Resolutions,
    IReadOnlyList<(BoardMember Member, Attendance Attendance)> Attendance,
    IReadOnlyList<BoardAction> Actions,
    Meeting? ApprovedAt)
{
    public bool IsApproved => Meeting.MinutesApprovedAtUtc is not null;

    /// <summary>Confidential items, and the decisions taken on them, are left out unless asked for.</summary>
    public static async Task<MinutesView?> LoadAsync(HubDbContext db, int meetingId, bool includeConfidential, CancellationToken cancellationToken)
    {
        if (await db.Meetings.AsNoTracking().Include(m => m.Items).SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken) is not { } meeting) return null;
        var items = meeting.Items.Where(i => includeConfidential || !i.Confidential).OrderBy(i => i.Order).ToList();
        var itemIds = items.Select(i => i.Id).ToHashSet();
        var resolutions = (await db.Resolutions.AsNoTracking().Where(r => r.MeetingId == meetingId).OrderBy(r => r.Number).ToListAsync(cancellationToken))
            .Where(r => itemIds.Contains(r.AgendaItemId)).ToList();
        var attendance = await (from a in db.Attendances.AsNoTracking()
                                join m in db.BoardMembers.AsNoTracking() on a.BoardMemberId equals m.Id
                                where a.MeetingId == meetingId
                                orderby m.Name
                                select new { m, a }).ToListAsync(cancellationToken);
        var actions = await db.BoardActions.AsNoTracking().Where(a => a.MeetingId == meetingId && (includeConfidential || !a.Confidential)).OrderBy(a => a.DueDate).ToListAsync(cancellationToken);
        var approvedAt = meeting.MinutesApprovedAtMeetingId is { } id ? await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken) : null;
        return new MinutesView(meeting, items, resolutions, attendance.Select(x => (x.m, x.a)).ToList(), actions, approvedAt);
    }
}
