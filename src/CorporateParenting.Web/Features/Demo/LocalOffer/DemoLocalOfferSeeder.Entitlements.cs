namespace CorporateParenting.Web.Features.Demo.LocalOffer;

public sealed partial class DemoLocalOfferSeeder
{
    /// <summary>The entitlements in their editions and the pledges (filled in by the Local Offer work).</summary>
    private partial Task SeedEntitlementsAndPledgesAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
