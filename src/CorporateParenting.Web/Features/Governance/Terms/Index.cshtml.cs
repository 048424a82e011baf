using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Governance.Terms;

/// <summary>The board's terms of reference: the version in force, every earlier one, and a new version recorded without losing the old.</summary>
[Authorize(Policy = Capability.ViewBoard)]
public sealed class IndexModel(HubDbContext db, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public sealed class TermsInput
    {
        [System.ComponentModel.DataAnnotations.Display(Name = "The date the terms were adopted")] public DateOnly? AdoptedOn { get; set; }
        public string? Objectives { get; set; }
        public string? Frequency { get; set; }
        public string? Accountability { get; set; }
        public string? Membership { get; set; }
    }

    [BindProperty(SupportsGet = true)] public int? Version { get; set; }
    [BindProperty] public TermsInput Input { get; set; } = new();
    public IReadOnlyList<TermsOfReference> Versions { get; private set; } = [];
    public TermsOfReference? Shown { get; private set; }
    public bool MayManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Version is not null && Shown is null) return NotFound();
        var latest = Versions.FirstOrDefault();
        Input = new TermsInput { AdoptedOn = clock.UkToday(), Objectives = latest?.Objectives, Frequency = latest?.Frequency, Accountability = latest?.Accountability, Membership = latest?.Membership };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!MayManage) return Forbid();
        if (Versions.FirstOrDefault() is { } latest && Input.AdoptedOn < latest.AdoptedOn)
            ModelState.AddModelError("Input.AdoptedOn", $"A new version must be adopted on or after the current one, {DateDisplay.Long(latest.AdoptedOn)}");
        if (!ModelState.IsValid) return Page();

        var version = (Versions.FirstOrDefault()?.Version ?? 0) + 1;
        db.TermsOfReference.Add(new TermsOfReference
        {
            Version = version, AdoptedOn = Input.AdoptedOn!.Value, Objectives = Input.Objectives!.Trim(), Frequency = Input.Frequency!.Trim(),
            Accountability = Input.Accountability!.Trim(), Membership = Input.Membership!.Trim(), RecordedBy = User.Identity!.Name!, RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = $"Version {version} recorded; earlier versions are kept.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        MayManage = (await authorization.AuthorizeAsync(User, Capability.ManageBoard)).Succeeded;
        Versions = await db.TermsOfReference.AsNoTracking().OrderByDescending(t => t.Version).ToListAsync(cancellationToken);
        Shown = Version is { } v ? Versions.SingleOrDefault(t => t.Version == v) : Versions.FirstOrDefault();
    }
}
