using CorporateParenting.Data;
using CorporateParenting.Data.LocalOffer;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.LocalOffer.Entitlements;

/// <summary>Every edition of the offer, newest first, with when it was published, by whom and what changed.</summary>
[Authorize(Policy = Capability.ViewLocalOffer)]
public sealed class EditionsModel(HubDbContext db) : PageModel
{
    public IReadOnlyList<LocalOfferVersion> Editions { get; private set; } = [];
    public LocalOfferVersion? Latest { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var editions = await new OfferEditions(db).EditionsAsync(cancellationToken);
        Editions = editions;
        Latest = OfferEditions.LatestPublished(editions);
    }
}
