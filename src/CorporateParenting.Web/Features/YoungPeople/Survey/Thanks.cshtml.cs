using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.YoungPeople.Survey;

/// <summary>Thank you: the answers are sent, and what happens to them next.</summary>
[AllowAnonymous]
public sealed class ThanksModel : PageModel
{
    public void OnGet() { }
}
