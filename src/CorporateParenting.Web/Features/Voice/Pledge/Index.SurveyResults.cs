namespace CorporateParenting.Web.Features.Voice.Pledge;

public sealed partial class IndexModel
{
    public sealed record SurveyRow(string Item, string When, string Result);

    // The survey results come from the results helper's SurveyResults.ForQuestionKeyAsync once merged.
    private Task LoadSurveyResultsAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static IEnumerable<SurveyRow> SurveyRows(PledgeBook.PromiseLinks promise) => [];
}
