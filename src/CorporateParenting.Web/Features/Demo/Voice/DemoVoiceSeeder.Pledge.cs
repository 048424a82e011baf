namespace CorporateParenting.Web.Features.Demo.Voice;

public sealed partial class DemoVoiceSeeder
{
    // Not yet written: the Pledge part of the demo comes with its feature.
    private partial Task SeedPledgeAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
