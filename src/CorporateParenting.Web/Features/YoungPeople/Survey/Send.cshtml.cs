using CorporateParenting.Web.Features.Voice.Surveys;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.YoungPeople.Survey;

/// <summary>The last page: "Send my answers" marks the code used and stores the answers, with nothing that links them to the child.</summary>
[AllowAnonymous]
public sealed class SendModel(SurveyAnswering answering, SurveyProgressCookie progressCookie) : PageModel
{
    public int Answered { get; private set; }
    public int Count { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) is { } elsewhere ? elsewhere : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } elsewhere) return elsewhere;
        var outcome = await answering.SendAsync(progressCookie.Read(Request)!, cancellationToken);
        if (outcome == SurveyAnswering.SendOutcome.Sent)
        {
            progressCookie.Clear(Response);
            return Redirect("/YoungPeople/Survey/Thanks");
        }
        if (outcome == SurveyAnswering.SendOutcome.Invalid) return Redirect("/YoungPeople/Survey/Question/1");
        progressCookie.Clear(Response);
        ModelState.AddModelError("send", outcome == SurveyAnswering.SendOutcome.CodeAlreadyUsed
            ? "These answers could not be sent because your code has already been used. Each code works only once"
            : "These answers could not be sent because the survey has finished");
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (progressCookie.Read(Request) is not { } progress || await answering.BandAsync(progress, cancellationToken) is not (_, { } questions))
            return Redirect("/YoungPeople/Survey?again=true");
        (Answered, Count) = (progress.Answers.Count, questions.Count);
        return null;
    }
}
