using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Strategy;

/// <summary>
/// A priority's working-group report. The board officer takes it to a themed meeting: an agenda item
/// linked to the priority, so the meeting's pack carries the report as it stands when the pack is built.
/// </summary>
[Authorize(Policy = Capability.ViewStrategy)]
public sealed class ReportModel(WorkingGroupReportBuilder builder, HubDbContext db, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public WorkingGroupReport Report { get; private set; } = null!;
    public int Id { get; private set; }
    public bool MayTakeToMeeting { get; private set; }
    /// <summary>Meetings still to come whose agenda can take the report.</summary>
    public IReadOnlyList<Meeting> Upcoming { get; private set; } = [];
    /// <summary>Meetings whose agenda already carries this report.</summary>
    public IReadOnlyList<Meeting> OnAgendaOf { get; private set; } = [];
    [BindProperty] public int? MeetingId { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        if (!MayTakeToMeeting) return Forbid();
        var meeting = Upcoming.FirstOrDefault(m => m.Id == MeetingId);
        if (meeting is null)
        {
            ModelState.AddModelError(nameof(MeetingId), "Select the meeting to take the report to");
            return Page();
        }
        if (OnAgendaOf.Any(m => m.Id == meeting.Id))
        {
            ModelState.AddModelError(nameof(MeetingId), $"The report is already on the agenda for {DateDisplay.Long(meeting.Date)}");
            return Page();
        }
        var last = await db.AgendaItems.Where(i => i.MeetingId == meeting.Id).MaxAsync(i => (int?)i.Order, cancellationToken) ?? 0;
        db.AgendaItems.Add(new AgendaItem
        {
            MeetingId = meeting.Id, Order = last + 1, Title = $"Working-group report: {Report.Priority}", Presenter = Report.Chair,
            Purpose = ItemPurpose.Discussion, PriorityId = id,
        });
        var tracked = await db.Meetings.SingleAsync(m => m.Id == meeting.Id, cancellationToken);
        tracked.Theme ??= Report.Priority;   // a themed meeting: the priority becomes its theme unless it has one
        await db.SaveChangesAsync(cancellationToken);
        TempData["Success"] = $"The {Report.Priority} report is on the agenda for {DateDisplay.Long(meeting.Date)}.";
        return RedirectToPage("/Governance/Meetings/Show", new { id = meeting.Id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await builder.BuildAsync(id, cancellationToken) is not { } report) return false;
        (Report, Id) = (report, id);
        MayTakeToMeeting = (await authorization.AuthorizeAsync(User, Capability.ManageBoard)).Succeeded;
        var today = clock.UkToday();
        // A confidential item is not for those who cannot see it on the agenda.
        var carrying = db.AgendaItems.Where(i => i.PriorityId == id && (MayTakeToMeeting || !i.Confidential)).Select(i => i.MeetingId);
        OnAgendaOf = await db.Meetings.AsNoTracking().Where(m => carrying.Contains(m.Id)).OrderBy(m => m.Date).ToListAsync(cancellationToken);
        if (MayTakeToMeeting)
            Upcoming = await db.Meetings.AsNoTracking().Where(m => m.Date >= today && (m.Status == MeetingStatus.Planned || m.Status == MeetingStatus.AgendaPublished))
                .OrderBy(m => m.Date).ToListAsync(cancellationToken);
        return true;
    }
}
