using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.Errors;

/// <summary>GOV.UK-style error pages: plain words, never a stack trace. The status code is kept as it was.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }
    /// <summary>For a 413: the limit the refused request went over, in words ("100 MB").</summary>
    public string? RefusedLimit => HttpContext.Items[Infrastructure.UploadLimits.RefusedLimitItem] is long limit ? Infrastructure.UploadLimits.Describe(limit) : null;

    public void OnGet(int code) => Show(code);
    public void OnPost(int code) => Show(code);

    private void Show(int code)
    {
        Code = code is >= 400 and <= 599 ? code : 404;
        Response.StatusCode = Code;
    }
}
