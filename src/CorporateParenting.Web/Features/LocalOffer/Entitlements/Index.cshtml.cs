using CorporateParenting.Data;
using CorporateParenting.Data.LocalOffer;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.LocalOffer.Entitlements;

/// <summary>The offer inside the Hub: the current published edition (or any edition by its number) under the six areas.</summary>
[Authorize(Policy = Capability.ViewLocalOffer)]
public sealed class IndexModel(HubDbContext db, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Number { get; set; }
    public LocalOfferVersion? Shown { get; private set; }
    public LocalOfferVersion? Draft { get; private set; }
    public LocalOfferVersion? Latest { get; private set; }
    public bool MayManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var editions = await new OfferEditions(db).EditionsAsync(cancellationToken);
        Latest = OfferEditions.LatestPublished(editions);
        Draft = OfferEditions.Draft(editions);
        Shown = Number is { } n ? editions.SingleOrDefault(e => e.Number == n) : Latest;
        if (Number is not null && Shown is null) return NotFound();
        MayManage = (await authorization.AuthorizeAsync(User, Capability.ManageLocalOffer)).Succeeded;
        return Page();
    }
}
