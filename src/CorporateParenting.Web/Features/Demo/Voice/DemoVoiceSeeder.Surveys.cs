namespace CorporateParenting.Web.Features.Demo.Voice;

public sealed partial class DemoVoiceSeeder
{
    // Not yet written: the Surveys part of the demo comes with its feature.
    private partial Task SeedSurveysAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
