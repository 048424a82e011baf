using CorporateParenting.Data.Voice;
using CorporateParenting.Web.Features.Voice.Pledge;
using CorporateParenting.Web.Features.Voice.Results;

namespace CorporateParenting.Web.Features.YoungPeople;

public sealed partial class PledgeModel
{
    /// <summary>
    /// For each promise, what young people told us in the latest published survey that asked each of its questions:
    /// the share in words ("8 in 10 of you said yes"), from the protected all-bands cell; where that is hidden, no
    /// figure at all. Choose-any questions have no share and are left to "What you told us".
    /// </summary>
    private async Task<Dictionary<int, IReadOnlyList<string>>> YouToldUsAsync(IReadOnlyList<PledgeBook.PromiseLinks> links, CancellationToken cancellationToken)
    {
        var said = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var key in links.SelectMany(l => l.QuestionKeys).Distinct(StringComparer.Ordinal))
        {
            QuestionYear? latest = null;
            foreach (var year in await results.ForQuestionKeyAsync(key, cancellationToken))
                if ((await results.ForSurveyAsync(year.SurveyId, cancellationToken))?.ResultsPublished == true) latest = year;
            said[key] = latest is { Question.IsScored: true } ? InWords(latest.Question, latest.Pooled) : null;
        }
        return links.ToDictionary(l => l.Promise.Id, l => (IReadOnlyList<string>)l.QuestionKeys.Select(k => said.GetValueOrDefault(k)).OfType<string>().ToList());
    }

    private static string InWords(QuestionResult question, QuestionCell cell)
    {
        var asked = $"We asked: \u201c{question.Text}\u201d";
        if (cell.InTen is not { } inTen) return $"{asked} Not enough of you answered for us to share the answer without telling who said what.";
        var answer = question.Type switch
        {
            QuestionType.YesNoNotSure => "said yes",
            QuestionType.FacesScale => "chose a happy face",
            _ => "agreed",
        };
        return $"{asked} {char.ToUpperInvariant(inTen[0])}{inTen[1..]} of you {answer}.";
    }
}
