using CorporateParenting.Data.Voice;
using CorporateParenting.Web.Features.Voice.Surveys;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.YoungPeople.Survey;

/// <summary>
/// One question per page, answered or skipped with plain form posts (no JavaScript needed). Each answer goes into
/// the child's own encrypted cookie, never the database, until they send them all from the last page.
/// </summary>
[AllowAnonymous]
public sealed class QuestionModel(SurveyAnswering answering, SurveyProgressCookie progressCookie) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Number { get; set; }
    [BindProperty] public string? Choice { get; set; }
    [BindProperty] public List<string> Choices { get; set; } = [];
    [BindProperty] public string? Text { get; set; }

    public SurveyQuestion Question { get; private set; } = null!;
    public int Count { get; private set; }
    public string SurveyTitle { get; private set; } = "";
    public string BackLink => Number <= 1 ? "/YoungPeople/Survey" : $"/YoungPeople/Survey/Question/{Number - 1}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } elsewhere) return elsewhere;
        if (progress!.Answers.TryGetValue(Question.Id, out var earlier))
        {
            Choice = earlier.Choice;
            Choices = earlier.Choice?.Split('\n').ToList() ?? [];
            Text = earlier.Text;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } elsewhere) return elsewhere;
        var answer = Question.Type switch
        {
            QuestionType.ChooseAny => new SurveyProgress.Answer(Choices.Count == 0 ? null : string.Join('\n', Choices), null),
            QuestionType.FreeText => new SurveyProgress.Answer(null, Text),
            _ => new SurveyProgress.Answer(Choice, null),
        };
        if (SurveyAnswerRules.Check(Question, answer) is { } problem)
        {
            ModelState.AddModelError(Question.Type switch { QuestionType.ChooseAny => nameof(Choices), QuestionType.FreeText => nameof(Text), _ => nameof(Choice) }, problem);
            // A choice no page offers can only come from a changed form: refused, and nothing kept.
            if (problem == "Choose from the answers shown") Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        progress!.Answers[Question.Id] = answer with { Text = answer.Text?.Trim() };
        progressCookie.Write(Response, progress);
        return Redirect(Next);
    }

    public async Task<IActionResult> OnPostSkipAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } elsewhere) return elsewhere;
        progress!.Answers.Remove(Question.Id);
        progressCookie.Write(Response, progress);
        return Redirect(Next);
    }

    private SurveyProgress? progress;
    private string Next => Number >= Count ? "/YoungPeople/Survey/Send" : $"/YoungPeople/Survey/Question/{Number + 1}";

    /// <summary>Null when the page can show; otherwise where the child goes instead (their code again, or the first question).</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        progress = progressCookie.Read(Request);
        if (progress is null || await answering.BandAsync(progress, cancellationToken) is not ({ } survey, { } questions) || questions.Count == 0)
            return Redirect("/YoungPeople/Survey?again=true");
        if (Number < 1 || Number > questions.Count) return Redirect("/YoungPeople/Survey/Question/1");
        (Question, Count, SurveyTitle) = (questions[Number - 1], questions.Count, survey.Title);
        return null;
    }
}
