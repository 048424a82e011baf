using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Governance.Meetings;

/// <summary>A meeting's date, time, place, online link and theme.</summary>
[Authorize(Policy = Capability.ManageBoard)]
public sealed class EditModel(HubDbContext db) : PageModel
{
    public sealed class DetailsInput
    {
        [System.ComponentModel.DataAnnotations.Display(Name = "The date of the meeting")] public DateOnly? Date { get; set; }
        public TimeOnly? StartTime { get; set; }
        public string? Place { get; set; }
        public string? OnlineLink { get; set; }
        public string? Theme { get; set; }
    }

    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public DetailsInput Input { get; set; } = new();
    /// <summary>Set when the minutes are approved: the page says why and offers no form.</summary>
    public string? Frozen { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == Id, cancellationToken) is not { } m) return NotFound();
        Frozen = FrozenReason(m);
        Input = new DetailsInput { Date = m.Date, StartTime = m.StartTime, Place = m.Place, OnlineLink = m.OnlineLink, Theme = m.Theme };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await db.Meetings.SingleOrDefaultAsync(m => m.Id == Id, cancellationToken) is not { } meeting) return NotFound();
        if ((Frozen = FrozenReason(meeting)) is not null) return Page();
        if (Input.Date is not null && await db.Meetings.AnyAsync(m => m.Id != Id && m.Date == Input.Date, cancellationToken))
            ModelState.AddModelError("Input.Date", "Another meeting is already on that date");
        if (!ModelState.IsValid) return Page();

        try
        {
            meeting.Reschedule(Input.Date!.Value, Input.StartTime!.Value);
            meeting.ChangeDetails(Input.Place!.Trim(), Input.OnlineLink.TrimmedOrNull(), Input.Theme.TrimmedOrNull());
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (MeetingRuleException refused)
        {
            ModelState.AddModelError("Input.Date", refused.Message);
            return Page();
        }
        return Redirect($"/Governance/Meetings/Show/{Id}");
    }

    private static string? FrozenReason(Meeting meeting) => meeting.IsApproved
        ? $"The minutes of this meeting were approved on {DateDisplay.Long(meeting.MinutesApprovedAtUtc!.Value)}: its date, time and place are part of the board's record and can no longer change."
        : null;
}
