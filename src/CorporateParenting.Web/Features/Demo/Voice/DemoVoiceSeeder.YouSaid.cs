namespace CorporateParenting.Web.Features.Demo.Voice;

public sealed partial class DemoVoiceSeeder
{
    // Not yet written: the YouSaid part of the demo comes with its feature.
    private partial Task SeedYouSaidAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
