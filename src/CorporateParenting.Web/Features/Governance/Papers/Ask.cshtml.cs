using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CorporateParenting.Web.Features.Governance.Papers;

/// <summary>A paper asked for outside the schedule: it gets its own agenda item and is chased like any other.</summary>
[Authorize(Policy = Capability.ManageBoard)]
public sealed class AskModel(HubDbContext db, IOptions<GovernanceOptions> options) : PageModel
{
    public sealed class PaperInput
    {
        public string? Title { get; set; }
        public string? Owner { get; set; }
        public string? OwnerEmail { get; set; }
        public DateOnly? DueDate { get; set; }
        public ItemPurpose Purpose { get; set; } = ItemPurpose.Discussion;
        public bool Confidential { get; set; }
    }

    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public PaperInput Input { get; set; } = new();
    public Meeting Meeting { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        Input.DueDate = Meeting.Date.AddDays(-options.Value.PaperDeadlineDays);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        if (Input.DueDate > Meeting.Date) ModelState.AddModelError("Input.DueDate", $"The paper must be due on or before the meeting, {DateDisplay.Long(Meeting.Date)}");
        if (!ModelState.IsValid) return Page();

        var order = await db.AgendaItems.Where(i => i.MeetingId == Id).Select(i => (int?)i.Order).MaxAsync(cancellationToken) ?? 0;
        var item = new AgendaItem { MeetingId = Id, Order = order + 1, Title = Input.Title!.Trim(), Presenter = Input.Owner!.Trim(), Purpose = Input.Purpose, Confidential = Input.Confidential };
        db.ReportRequests.Add(new ReportRequest
        {
            MeetingId = Id, AgendaItem = item, Title = item.Title, Owner = item.Presenter, OwnerEmail = Input.OwnerEmail.EmailOrNull(),
            DueDate = Input.DueDate!.Value, Confidential = Input.Confidential,
        });
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/Governance/Meetings/Show/{Id}");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == Id, cancellationToken) is not { } meeting) return false;
        Meeting = meeting;
        return true;
    }
}
