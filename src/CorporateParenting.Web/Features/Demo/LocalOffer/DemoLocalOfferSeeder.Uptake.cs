namespace CorporateParenting.Web.Features.Demo.LocalOffer;

public sealed partial class DemoLocalOfferSeeder
{
    /// <summary>Two years of uptake and value per entitlement (filled in by the uptake work).</summary>
    private partial Task SeedUptakeAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
