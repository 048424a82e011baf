using CorporateParenting.Data;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Demo.LocalOffer;

/// <summary>
/// The demo council's Local Offer, wholly synthetic: about thirty entitlements across the six areas in published
/// editions, departments' and partners' pledges, and two years of uptake and value. Each part is in its own file.
/// Runs once: a council that already has an offer is left alone.
/// </summary>
public sealed partial class DemoLocalOfferSeeder(HubDbContext db, TimeProvider clock) : IDemoSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.LocalOfferVersions.AnyAsync(cancellationToken)) return;
        await SeedEntitlementsAndPledgesAsync(cancellationToken);
        await SeedUptakeAsync(cancellationToken);
    }

    private partial Task SeedEntitlementsAndPledgesAsync(CancellationToken cancellationToken);
    private partial Task SeedUptakeAsync(CancellationToken cancellationToken);

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
