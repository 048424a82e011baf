using CorporateParenting.Data;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.LocalOffer.Uptake;

/// <summary>The offer's entitlements and their uptake as one viewer may see it: what the page, the CSV, the pack and the report all read.</summary>
public sealed record UptakeView(IReadOnlyDictionary<string, CatalogueEntry> Catalogue, ProtectedUptake Uptake)
{
    public const string Path = "/LocalOffer/Uptake";

    public static async Task<UptakeView> LoadAsync(HubDbContext db, bool restricted, CancellationToken cancellationToken)
    {
        var catalogue = await OfferCatalogue.LoadAsync(db, cancellationToken);
        var rows = await db.OfferUptake.AsNoTracking().ToListAsync(cancellationToken);
        return new UptakeView(catalogue, ProtectedUptake.Protect(ProtectedUptake.Cells(rows, catalogue), restricted));
    }

    /// <summary>Entitlements in the guidance's area order, then the offer's order.</summary>
    public IReadOnlyList<CatalogueEntry> Entitlements =>
        Catalogue.Values.OrderBy(e => e.Area).ThenBy(e => e.Order).ThenBy(e => e.Title, StringComparer.Ordinal).ToList();
}
