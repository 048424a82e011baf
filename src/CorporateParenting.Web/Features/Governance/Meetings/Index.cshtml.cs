using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CorporateParenting.Web.Features.Governance.Meetings;

/// <summary>The board's meetings, and planning a year of them in one step.</summary>
[Authorize(Policy = Capability.ViewBoard)]
public sealed class IndexModel(HubDbContext db, IAuthorizationService authorization, IOptions<GovernanceOptions> options) : PageModel
{
    public sealed class PlanInput
    {
        [System.ComponentModel.DataAnnotations.Display(Name = "The date of the first meeting")] public DateOnly? FirstMeeting { get; set; }
        public TimeOnly? StartTime { get; set; } = new(14, 0);
        public string? Place { get; set; }
    }

    [BindProperty] public PlanInput Plan { get; set; } = new();
    public IReadOnlyList<Meeting> Meetings { get; private set; } = [];
    public bool MayManage { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Capability.ManageBoard)).Succeeded) return Forbid();
        if (ModelState.IsValid)
        {
            var planned = MeetingPlanner.PlanYear(Plan.FirstMeeting!.Value, Plan.StartTime!.Value, Plan.Place!.Trim(), options.Value.StandingItems);
            var dates = planned.Select(m => m.Date).ToList();
            if (await db.Meetings.AnyAsync(m => dates.Contains(m.Date), cancellationToken))
                ModelState.AddModelError("Plan.FirstMeeting", "A meeting is already planned on one of those dates: choose another first date");
            else
            {
                db.Meetings.AddRange(planned);
                await db.SaveChangesAsync(cancellationToken);
                TempData["Planned"] = $"{planned.Count} meetings planned, from {Infrastructure.DateDisplay.Long(dates[0])} to {Infrastructure.DateDisplay.Long(dates[^1])}.";
                return RedirectToPage();
            }
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Meetings = await db.Meetings.AsNoTracking().OrderBy(m => m.Date).ToListAsync(cancellationToken);
        MayManage = (await authorization.AuthorizeAsync(User, Capability.ManageBoard)).Succeeded;
    }
}
