using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.Errors;

/// <summary>GOV.UK-style error pages for 403, 404, 429 and 500: plain words, never a stack trace.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code) => Show(code);
    public void OnPost(int code) => Show(code);

    private void Show(int code)
    {
        Code = code is 403 or 404 or 429 or 500 ? code : code >= 500 ? 500 : 404;
        Response.StatusCode = Code;
    }
}
