using CorporateParenting.Data;
using CorporateParenting.Data.LocalOffer;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.LocalOffer.Entitlements;

/// <summary>One entitlement in one edition: everything a care leaver reads, the service that owns it, and its key across editions.</summary>
[Authorize(Policy = Capability.ViewLocalOffer)]
public sealed class ShowModel(HubDbContext db) : PageModel
{
    public OfferEntitlement Entitlement { get; private set; } = null!;
    public LocalOfferVersion Edition { get; private set; } = null!;
    public string? ServiceName { get; private set; }
    /// <summary>The same entitlement (by key) in every edition: edition number, entitlement id, title.</summary>
    public IReadOnlyList<(int Number, int Id, string Title, bool Published)> InEditions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.OfferEntitlements.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken) is not { } found) return NotFound();
        Entitlement = found;
        Edition = await db.LocalOfferVersions.AsNoTracking().SingleAsync(v => v.Id == found.VersionId, cancellationToken);
        ServiceName = found.ServiceId is { } sid ? await db.Services.Where(s => s.Id == sid).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken) : null;
        InEditions = (await (from e in db.OfferEntitlements
                             join v in db.LocalOfferVersions on e.VersionId equals v.Id
                             where e.Key == found.Key
                             select new { v.Number, e.Id, e.Title, v.PublishedOn }).AsNoTracking().ToListAsync(cancellationToken))
            .OrderByDescending(x => x.Number).Select(x => (x.Number, x.Id, x.Title, x.PublishedOn is not null)).ToList();
        return Page();
    }
}
