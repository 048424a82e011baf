using CorporateParenting.Web.Features.Voice.Results;

namespace CorporateParenting.Web.Features.Voice.Pledge;

public sealed partial class IndexModel
{
    public sealed record SurveyRow(string Item, string When, string Result);

    /// <summary>Each linked question's results by survey, oldest first, as the results protect them (ADR 23): never counted here.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<QuestionYear>> SurveyResults { get; private set; } = new Dictionary<string, IReadOnlyList<QuestionYear>>();

    private async Task LoadSurveyResultsAsync(CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, IReadOnlyList<QuestionYear>>(StringComparer.Ordinal);
        foreach (var key in Promises.SelectMany(p => p.QuestionKeys).Distinct(StringComparer.Ordinal))
            found[key] = await results.ForQuestionKeyAsync(key, cancellationToken);
        SurveyResults = found;
    }

    /// <summary>A cell as the board reads it: the positive share with its numbers, or "c" where a figure is hidden.</summary>
    public static string CellText(QuestionResult question, QuestionCell cell) =>
        cell.BandWithheld ? $"{Disclosure.SmallNumbers.Symbol} (too few answers to show)"
        : !question.IsScored ? $"{cell.Answered} answered"
        : cell.SharePercent is { } share ? $"{share} ({cell.Positive} of {cell.Answered})"
        : cell.Positive.Hidden && cell.Answered.Hidden ? Disclosure.SmallNumbers.Symbol
        : $"{cell.Positive} of {cell.Answered}";

    private IEnumerable<SurveyRow> SurveyRows(PledgeBook.PromiseLinks promise) =>
        from key in promise.QuestionKeys
        from year in SurveyResults.GetValueOrDefault(key) ?? []
        select new SurveyRow($"{year.Question.Label} ({key})", $"{year.SurveyTitle}, {Infrastructure.DateDisplay.Iso(year.OpensOn)}",
            "All bands: " + CellText(year.Question, year.Pooled) + string.Concat(year.Bands.Select(b => $"; {b.Band.Label}: {CellText(year.Question, b.Cell)}")));
}
