using CorporateParenting.Web.Features.Voice.Surveys;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.YoungPeople.Survey;

/// <summary>
/// Where a child starts a survey: they type the code from their card (or scan its QR code, which fills it in).
/// No account; nothing is stored until they send their answers (ADR 22).
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(SurveyAnswering answering, SurveyProgressCookie progressCookie) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Code { get; set; }
    /// <summary>Set when a child comes back after their answers ran out of time (shown as a note, not an error).</summary>
    [BindProperty(SupportsGet = true)] public bool Again { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var check = await answering.CheckCodeAsync(Code, cancellationToken);
        if (check.Start is not { } start)
        {
            ModelState.AddModelError(nameof(Code), check.Error!);
            return Page();
        }
        progressCookie.Write(Response, start);
        return Redirect("/YoungPeople/Survey/Question/1");
    }
}
