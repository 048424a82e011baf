using CorporateParenting.Data;
using CorporateParenting.Data.LocalOffer;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.LocalOffer.Pledges;

/// <summary>Adds or changes a department's or partner's pledge, or withdraws it on a date (it stays on the list as withdrawn).</summary>
[Authorize(Policy = Capability.ManageLocalOffer)]
public sealed class EditModel(HubDbContext db, TimeProvider clock) : PageModel
{
    public sealed class PledgeInput
    {
        public string? Organisation { get; set; }
        public string? MadeBy { get; set; }
        [System.ComponentModel.DataAnnotations.Display(Name = "The date the pledge was made")] public DateOnly? MadeOn { get; set; }
        public string? Text { get; set; }
        public string? EntitlementKey { get; set; }
    }

    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public PledgeInput Input { get; set; } = new();
    public OfferPledge? Pledge { get; private set; }
    public IReadOnlyList<(string Key, string Title)> Entitlements { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } missing) return missing;
        Input = Pledge is { } p
            ? new PledgeInput { Organisation = p.Organisation, MadeBy = p.MadeBy, MadeOn = p.MadeOn, Text = p.Text, EntitlementKey = p.EntitlementKey }
            : new PledgeInput { MadeOn = clock.UkToday() };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } missing) return missing;
        var key = Input.EntitlementKey.TrimmedOrNull();
        if (key is not null && Entitlements.All(e => e.Key != key)) ModelState.AddModelError("Input.EntitlementKey", "Choose one of the offer's entitlements, or none");
        if (Input.MadeOn > clock.UkToday()) ModelState.AddModelError("Input.MadeOn", "The date the pledge was made must be today or in the past");
        if (Pledge?.WithdrawnOn is { } withdrawn && Input.MadeOn > withdrawn)
            ModelState.AddModelError("Input.MadeOn", $"The date the pledge was made must be on or before the date it was withdrawn, {DateDisplay.Long(withdrawn)}");
        if (!ModelState.IsValid) return Page();
        var pledge = Pledge ?? new OfferPledge { Organisation = "", MadeBy = "", Text = "" };
        (pledge.Organisation, pledge.MadeBy, pledge.MadeOn, pledge.Text, pledge.EntitlementKey) = (Input.Organisation!.Trim(), Input.MadeBy!.Trim(), Input.MadeOn!.Value, Input.Text!.Trim(), key);
        if (Pledge is null) db.OfferPledges.Add(pledge);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = $"The pledge by {pledge.Organisation} is saved";
        return Redirect("/LocalOffer/Pledges");
    }

    public async Task<IActionResult> OnPostWithdrawAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } missing) return missing;
        if (Pledge is null) return NotFound();
        if (Pledge.WithdrawnOn is null)
        {
            Pledge.WithdrawnOn = new[] { clock.UkToday(), Pledge.MadeOn }.Max();
            await db.SaveChangesAsync(cancellationToken);
        }
        TempData["Saved"] = $"The pledge by {Pledge.Organisation} is withdrawn: it stays on the list as withdrawn";
        return Redirect("/LocalOffer/Pledges");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        Entitlements = await PledgeEntitlements.ChoicesAsync(db, cancellationToken);
        if (Id is null) return null;
        Pledge = await db.OfferPledges.SingleOrDefaultAsync(p => p.Id == Id, cancellationToken);
        return Pledge is null ? NotFound() : null;
    }
}

public sealed class PledgeChecks : FormValidator<EditModel>
{
    public PledgeChecks(HubDbContext db)
    {
        RuleFor(p => p.Input.Organisation).Required("Enter the department or partner making the pledge", db.MaxLength<OfferPledge>(p => p.Organisation));
        RuleFor(p => p.Input.MadeBy).Required("Enter who made the pledge, with their role", db.MaxLength<OfferPledge>(p => p.MadeBy));
        RuleFor(p => p.Input.MadeOn).NotNull().WithMessage("Enter the date the pledge was made");
        RuleFor(p => p.Input.Text).NotEmpty().WithMessage("Enter the pledge");
    }
}
