using CorporateParenting.Data;
using CorporateParenting.Data.LocalOffer;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.LocalOffer.Entitlements;

/// <summary>Publishes the draft with its date and change note (OfferEditions' rules): care leavers see it at once, and it never changes again.</summary>
[Authorize(Policy = Capability.ManageLocalOffer)]
public sealed class PublishModel(HubDbContext db, TimeProvider clock) : PageModel
{
    public sealed class PublishInput
    {
        public string? Introduction { get; set; }
        [System.ComponentModel.DataAnnotations.Display(Name = "The publication date")] public DateOnly? PublishedOn { get; set; }
        public string? ChangeNote { get; set; }
    }

    [BindProperty] public PublishInput Input { get; set; } = new();
    public LocalOfferVersion? Draft { get; private set; }
    public LocalOfferVersion? Latest { get; private set; }
    /// <summary>What differs from the latest published edition, by key, to help write the change note.</summary>
    public IReadOnlyList<string> Differences { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } missing) return missing;
        Input = new PublishInput { Introduction = Draft!.Introduction, PublishedOn = clock.UkToday(), ChangeNote = Draft.ChangeNote };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } missing) return missing;
        if (!ModelState.IsValid) return Page();
        var (draft, all) = (Draft!, await new OfferEditions(db).EditionsAsync(cancellationToken));
        foreach (var (field, message) in OfferEditions.PublishProblems(draft, all, Input.PublishedOn!.Value, clock.UkToday(), Input.ChangeNote))
            ModelState.AddModelError(field == "Entitlements" ? "Input.PublishedOn" : $"Input.{field}", message);
        if (!ModelState.IsValid) return Page();
        draft.Introduction = Input.Introduction!.Trim();
        OfferEditions.Publish(draft, all, Input.PublishedOn!.Value, clock.UkToday(), User.Identity?.Name ?? "unknown", clock.GetUtcNow().UtcDateTime, Input.ChangeNote);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = $"Edition {draft.Number} is published: care leavers see it now";
        return Redirect("/LocalOffer/Entitlements");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var (draft, all) = await new OfferEditions(db).DraftForChangeAsync(cancellationToken);
        if (draft is null)
        {
            TempData["Saved"] = "There is no draft to publish: start a new edition first";
            return Redirect("/LocalOffer/Entitlements/Draft");
        }
        Draft = draft;
        Latest = OfferEditions.LatestPublished(all);
        Differences = Compare(Latest, draft);
        return null;
    }

    private static List<string> Compare(LocalOfferVersion? before, LocalOfferVersion after)
    {
        if (before is null) return [];
        var old = before.Entitlements.ToDictionary(e => e.Key);
        var now = after.Entitlements.ToDictionary(e => e.Key);
        return
        [
            .. after.Entitlements.Where(e => !old.ContainsKey(e.Key)).Select(e => $"Added: {e.Title}"),
            .. before.Entitlements.Where(e => !now.ContainsKey(e.Key)).Select(e => $"Removed: {e.Title}"),
            .. after.Entitlements.Where(e => old.TryGetValue(e.Key, out var o) && !Same(o, e)).Select(e => $"Changed: {e.Title}"),
        ];
    }

    private static bool Same(OfferEntitlement a, OfferEntitlement b) =>
        (a.Area, a.Title, a.Description, a.Provider, a.ServiceId, a.FromAge, a.ToAge, a.Status, a.Residence, a.EligibilityNote, a.Worth, a.HowToGet, a.Contact)
        == (b.Area, b.Title, b.Description, b.Provider, b.ServiceId, b.FromAge, b.ToAge, b.Status, b.Residence, b.EligibilityNote, b.Worth, b.HowToGet, b.Contact);
}

public sealed class PublishChecks : FormValidator<PublishModel>
{
    public PublishChecks()
    {
        RuleFor(p => p.Input.Introduction).NotEmpty().WithMessage("Enter the introduction care leavers read at the top of the offer");
        RuleFor(p => p.Input.PublishedOn).NotNull().WithMessage("Enter the date it is published, like 27 3 2026");
    }
}
