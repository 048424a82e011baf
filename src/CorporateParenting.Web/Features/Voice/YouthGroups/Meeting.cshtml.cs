using CorporateParenting.Data;
using CorporateParenting.Data.Voice;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Voice.YouthGroups;

/// <summary>Records a meeting of a youth group: when, where, and short notes.</summary>
[Authorize(Policy = Capability.ManageVoice)]
public sealed class MeetingModel(HubDbContext db) : PageModel
{
    public sealed class MeetingInput
    {
        [System.ComponentModel.DataAnnotations.Display(Name = "The date of the meeting")] public DateOnly? Date { get; set; }
        public string? Place { get; set; }
        public string? Notes { get; set; }
    }

    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public MeetingInput Input { get; set; } = new();
    public YouthGroup Group { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        if (!ModelState.IsValid) return Page();
        db.YouthGroupMeetings.Add(new YouthGroupMeeting { YouthGroupId = Id, Date = Input.Date!.Value, Place = Input.Place.TrimmedOrNull(), Notes = Input.Notes.TrimmedOrNull() });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = $"Meeting on {DateDisplay.Long(Input.Date!.Value)} added";
        return Redirect($"/Voice/YouthGroups/Group/{Id}");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await db.YouthGroups.AsNoTracking().SingleOrDefaultAsync(g => g.Id == Id, cancellationToken) is not { } group) return false;
        Group = group;
        return true;
    }
}

public sealed class YouthGroupMeetingChecks : FormValidator<MeetingModel>
{
    public YouthGroupMeetingChecks(HubDbContext db)
    {
        RuleFor(p => p.Input.Date).NotNull().WithMessage("Enter the date of the meeting");
        RuleFor(p => p.Input.Place).Fits("The place", db.MaxLength<YouthGroupMeeting>(m => m.Place));
        RuleFor(p => p.Input.Notes).Fits("The notes", db.MaxLength<YouthGroupMeeting>(m => m.Notes));
    }
}
