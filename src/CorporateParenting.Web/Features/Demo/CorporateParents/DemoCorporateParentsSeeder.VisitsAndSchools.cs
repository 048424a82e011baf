namespace CorporateParenting.Web.Features.Demo.CorporateParents;

public sealed partial class DemoCorporateParentsSeeder
{
    // Not yet written: this part of the demo comes with its feature.
    private partial Task SeedVisitsAndSchoolsAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
