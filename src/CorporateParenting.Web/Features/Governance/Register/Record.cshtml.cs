using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Governance.Register;

/// <summary>Who was at a meeting: every member whose term covers its date, in one form.</summary>
[Authorize(Policy = Capability.ManageBoard)]
public sealed class RecordModel(HubDbContext db) : PageModel
{
    public sealed class Row
    {
        public int MemberId { get; set; }
        public AttendanceStatus? Status { get; set; }
        public string? Substitute { get; set; }
    }

    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public List<Row> Rows { get; set; } = [];
    public Meeting Meeting { get; private set; } = null!;
    public IReadOnlyList<BoardMember> Members { get; private set; } = [];
    /// <summary>Set when the minutes are approved: the page shows the attendance as recorded and offers no form.</summary>
    public string? Frozen => Meeting.IsApproved
        ? $"The minutes of this meeting were approved on {DateDisplay.Long(Meeting.MinutesApprovedAtUtc!.Value)}: its attendance can no longer change"
        : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? await RecordedPageAsync(cancellationToken) : NotFound();

    /// <summary>The form as recorded: one row per member on the meeting's date.</summary>
    private async Task<IActionResult> RecordedPageAsync(CancellationToken cancellationToken)
    {
        var recorded = await db.Attendances.AsNoTracking().Where(a => a.MeetingId == Id).ToDictionaryAsync(a => a.BoardMemberId, cancellationToken);
        Rows = Members.Select(m => new Row { MemberId = m.Id, Status = recorded.GetValueOrDefault(m.Id)?.Status, Substitute = recorded.GetValueOrDefault(m.Id)?.SubstituteName }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        if (Meeting.IsApproved)
        {
            ModelState.Clear();   // the frozen page offers no form, so only the reason is shown
            ModelState.AddModelError("Rows", Frozen!);
            return await RecordedPageAsync(cancellationToken);
        }
        var memberIds = Members.Select(m => m.Id).ToHashSet();
        // Each member once and a substitute's name: AttendanceChecks. Membership on the day needs the meeting's date.
        for (var i = 0; i < Rows.Count; i++)
            if (!memberIds.Contains(Rows[i].MemberId)) ModelState.AddModelError($"Rows[{i}].Status", "That person is not a member on the meeting's date");
        if (!ModelState.IsValid)
        {
            // The form shows one row per member in order; a hand-made post may not match it.
            if (Rows.Count != Members.Count || Rows.Where((r, i) => r.MemberId != Members[i].Id).Any()) return await RecordedPageAsync(cancellationToken);
            return Page();
        }

        var meeting = await db.Meetings.SingleAsync(m => m.Id == Id, cancellationToken);
        var recorded = await db.Attendances.Where(a => a.MeetingId == Id).ToDictionaryAsync(a => a.BoardMemberId, cancellationToken);
        try
        {
            foreach (var row in Rows)
            {
                var existing = recorded.GetValueOrDefault(row.MemberId);
                if (row.Status is not { } status)
                {
                    if (existing is null) continue;
                    meeting.EnsureNotApproved("attendance");
                    db.Attendances.Remove(existing);
                    continue;
                }
                var saved = meeting.RecordAttendance(row.MemberId, status, row.Substitute, existing);
                if (existing is null) db.Attendances.Add(saved);
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (MeetingRuleException refused)
        {
            ModelState.AddModelError("Rows", refused.Message);
            return await RecordedPageAsync(cancellationToken);
        }
        TempData["Saved"] = "Attendance recorded.";
        return Redirect($"/Governance/Meetings/Minutes/{Id}");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == Id, cancellationToken) is not { } meeting) return false;
        Meeting = meeting;
        var members = await db.BoardMembers.AsNoTracking().OrderBy(m => m.Name).ToListAsync(cancellationToken);
        Members = members.Where(m => m.IsCurrentOn(meeting.Date)).ToList();
        return true;
    }
}
