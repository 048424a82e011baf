namespace CorporateParenting.Web.Features.Demo.CorporateParents;

public sealed partial class DemoCorporateParentsSeeder
{
    /// <summary>
    /// The key questions need nothing of their own (ADR 29): their figures are the 903 demo's scorecard and ward
    /// breakdowns (the demo postcode lookup), and the "from a report" questions are answered by the papers the board's
    /// demo already receives on its reporting schedule. The Independent Reviewing Officers' annual report is due at a
    /// meeting still to come, so its two questions show the "not yet known" answer with its owner, as a council's would.
    /// </summary>
    private partial Task SeedKeyQuestionsAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
