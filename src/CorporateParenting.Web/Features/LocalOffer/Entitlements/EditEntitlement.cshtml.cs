using CorporateParenting.Data;
using CorporateParenting.Data.LocalOffer;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.LocalOffer.Entitlements;

/// <summary>Adds an entitlement to the draft edition, or changes one in it. A published edition is never offered (nor saved: the guard).</summary>
[Authorize(Policy = Capability.ManageLocalOffer)]
public sealed class EditEntitlementModel(HubDbContext db) : PageModel
{
    public sealed class EntitlementInput
    {
        public string? Key { get; set; }
        public OfferArea? Area { get; set; }
        public string? Title { get; set; }
        public string? Description { get; set; }
        public string? Provider { get; set; }
        public int? ServiceId { get; set; }
        public int? FromAge { get; set; } = 16;
        public int? ToAge { get; set; } = 25;
        public CareLeaverStatus Status { get; set; }
        public OfferResidence Residence { get; set; }
        public string? EligibilityNote { get; set; }
        public string? Worth { get; set; }
        public string? HowToGet { get; set; }
        public string? Contact { get; set; }
    }

    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public EntitlementInput Input { get; set; } = new();
    public LocalOfferVersion? Draft { get; private set; }
    public IReadOnlyList<(int Id, string Name)> Services { get; private set; } = [];
    /// <summary>Keys an entitlement of an earlier edition had: a new one may take one back up (its uptake follows).</summary>
    public bool IsNew => Id is null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } missing) return missing;
        if (Id is { } id && Draft!.Entitlements.Single(e => e.Id == id) is var e)
            Input = new EntitlementInput
            {
                Key = e.Key, Area = e.Area, Title = e.Title, Description = e.Description, Provider = e.Provider, ServiceId = e.ServiceId, FromAge = e.FromAge, ToAge = e.ToAge,
                Status = e.Status, Residence = e.Residence, EligibilityNote = e.EligibilityNote, Worth = e.Worth, HowToGet = e.HowToGet, Contact = e.Contact,
            };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } missing) return missing;
        if (Input.ServiceId is { } sid && Services.All(s => s.Id != sid)) ModelState.AddModelError("Input.ServiceId", "Choose one of the Hub's services, or none");
        if (!ModelState.IsValid) return Page();

        var draft = Draft!;
        var entitlement = Id is { } id ? draft.Entitlements.Single(e => e.Id == id)
            : new OfferEntitlement { Key = "", Title = "", Description = "", Provider = "", HowToGet = "", Contact = "", VersionId = draft.Id };
        var i = Input;
        // The key stays what it was: uptake and pledges follow it across editions.
        if (IsNew) entitlement.Key = i.Key.TrimmedOrNull() ?? OfferEditions.KeyFrom(i.Title!);
        (entitlement.Area, entitlement.Title, entitlement.Description, entitlement.Provider, entitlement.ServiceId) = (i.Area!.Value, i.Title!.Trim(), i.Description!.Trim(), i.Provider!.Trim(), i.ServiceId);
        (entitlement.FromAge, entitlement.ToAge, entitlement.Status, entitlement.Residence) = (i.FromAge!.Value, i.ToAge!.Value, i.Status, i.Residence);
        (entitlement.EligibilityNote, entitlement.Worth, entitlement.HowToGet, entitlement.Contact) = (i.EligibilityNote.TrimmedOrNull(), i.Worth.TrimmedOrNull(), i.HowToGet!.Trim(), i.Contact!.Trim());
        if (IsNew) entitlement.Order = draft.Entitlements.Where(e => e.Area == entitlement.Area).Select(e => e.Order).DefaultIfEmpty(0).Max() + 1;
        foreach (var (property, message) in OfferEditions.Problems(entitlement, draft.Entitlements))
            ModelState.AddModelError($"Input.{property}", message);
        if (!ModelState.IsValid)
        {
            db.ChangeTracker.Clear();
            return Page();
        }
        if (IsNew) db.OfferEntitlements.Add(entitlement);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = IsNew ? $"“{entitlement.Title}” is added to the draft" : $"“{entitlement.Title}” is saved in the draft";
        return Redirect($"/LocalOffer/Entitlements/Draft#entitlement-{entitlement.Id}");
    }

    /// <summary>The draft (tracked) and the services; a page to send back when there is no draft or no such entitlement in it.</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        Services = (await db.Services.AsNoTracking().OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken)).Select(s => (s.Id, s.Name)).ToList();
        (Draft, _) = await new OfferEditions(db).DraftForChangeAsync(cancellationToken);
        if (Draft is null)
        {
            TempData["Saved"] = "Start a new edition first: published editions never change";
            return Redirect("/LocalOffer/Entitlements/Draft");
        }
        if (Id is { } id && Draft.Entitlements.All(e => e.Id != id)) return NotFound();
        return null;
    }
}

public sealed class EntitlementChecks : FormValidator<EditEntitlementModel>
{
    public EntitlementChecks(HubDbContext db)
    {
        RuleFor(p => p.Input.Key).Fits("The key", db.MaxLength<OfferEntitlement>(e => e.Key));
        RuleFor(p => p.Input.Area).NotNull().WithMessage("Choose the area the entitlement belongs to");
        RuleFor(p => p.Input.Title).Required("Enter the entitlement's title", db.MaxLength<OfferEntitlement>(e => e.Title));
        RuleFor(p => p.Input.Description).NotEmpty().WithMessage("Enter what the entitlement is, in plain English");
        RuleFor(p => p.Input.Provider).Required("Enter the department or partner that provides it", db.MaxLength<OfferEntitlement>(e => e.Provider));
        RuleFor(p => p.Input.FromAge).NotNull().WithMessage("Enter the youngest age, as a whole number like 16");
        RuleFor(p => p.Input.ToAge).NotNull().WithMessage("Enter the oldest age, as a whole number like 25");
        RuleFor(p => p.Input.Worth).Fits("What it is worth", db.MaxLength<OfferEntitlement>(e => e.Worth));
        RuleFor(p => p.Input.HowToGet).NotEmpty().WithMessage("Enter how to get it");
        RuleFor(p => p.Input.Contact).Required("Enter who to contact", db.MaxLength<OfferEntitlement>(e => e.Contact));
    }
}
