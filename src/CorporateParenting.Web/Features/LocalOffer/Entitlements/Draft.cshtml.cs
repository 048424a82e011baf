using CorporateParenting.Data;
using CorporateParenting.Data.LocalOffer;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.LocalOffer.Entitlements;

/// <summary>
/// The draft edition: started as a copy of the latest published one, its entitlements added, changed, put in order and
/// removed here, then published. Everyone who may read the offer may look at the draft; only the board officer changes it.
/// </summary>
[Authorize(Policy = Capability.ViewLocalOffer)]
public sealed class DraftModel(HubDbContext db, IAuthorizationService authorization) : PageModel
{
    public LocalOfferVersion? Draft { get; private set; }
    public LocalOfferVersion? Latest { get; private set; }
    public bool MayManage { get; private set; }
    public string? Refused { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostStartAsync(CancellationToken cancellationToken)
    {
        if (!await MayManageAsync()) return Forbid();
        try
        {
            var draft = await new OfferEditions(db).StartDraftAsync(cancellationToken);
            TempData["Saved"] = draft.Entitlements.Count == 0
                ? $"Edition {draft.Number} started: add its entitlements"
                : $"Edition {draft.Number} started as a copy of the published offer: change it, then publish it";
            return RedirectToPage();
        }
        catch (OfferRuleException refused) { return await RefuseAsync(refused, cancellationToken); }
    }

    public async Task<IActionResult> OnPostMoveAsync(int entitlementId, int by, CancellationToken cancellationToken)
    {
        if (!await MayManageAsync()) return Forbid();
        var (draft, _) = await new OfferEditions(db).DraftForChangeAsync(cancellationToken);
        if (draft?.Entitlements.SingleOrDefault(e => e.Id == entitlementId) is not { } entitlement) return NotFound();
        OfferEditions.Move(draft, entitlement, Math.Sign(by));
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/LocalOffer/Entitlements/Draft#entitlement-{entitlementId}");
    }

    public async Task<IActionResult> OnPostRemoveAsync(int entitlementId, CancellationToken cancellationToken)
    {
        if (!await MayManageAsync()) return Forbid();
        var (draft, _) = await new OfferEditions(db).DraftForChangeAsync(cancellationToken);
        if (draft?.Entitlements.SingleOrDefault(e => e.Id == entitlementId) is not { } entitlement) return NotFound();
        db.OfferEntitlements.Remove(entitlement);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = $"“{entitlement.Title}” is removed from the draft. Earlier editions keep it as they were published.";
        return RedirectToPage();
    }

    /// <summary>Throws the draft away: published editions are untouched (the guard refuses anything else).</summary>
    public async Task<IActionResult> OnPostDiscardAsync(CancellationToken cancellationToken)
    {
        if (!await MayManageAsync()) return Forbid();
        var (draft, _) = await new OfferEditions(db).DraftForChangeAsync(cancellationToken);
        if (draft is null) return RedirectToPage();
        db.LocalOfferVersions.Remove(draft);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = $"The draft edition {draft.Number} is discarded";
        return Redirect("/LocalOffer/Entitlements");
    }

    private async Task<bool> MayManageAsync() => MayManage = (await authorization.AuthorizeAsync(User, Capability.ManageLocalOffer)).Succeeded;

    private async Task<IActionResult> RefuseAsync(OfferRuleException refused, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(cancellationToken);
        Refused = refused.Message;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var editions = await new OfferEditions(db).EditionsAsync(cancellationToken);
        Draft = OfferEditions.Draft(editions);
        Latest = OfferEditions.LatestPublished(editions);
        await MayManageAsync();
    }
}
