namespace CorporateParenting.Web.Features.Demo.Voice;

public sealed partial class DemoVoiceSeeder
{
    // Not yet written: the YouthGroups part of the demo comes with its feature.
    private partial Task SeedYouthGroupsAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
