using CorporateParenting.Data.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CorporateParenting.Web.Features.Account.SingleSignOn;

/// <summary>
/// Sends the browser to the council's identity provider. A link, not a form: the Hub's Content Security
/// Policy allows forms to post to the Hub only ("form-action 'self'"), and browsers apply that to the
/// redirect that follows a post too, so a posted form could never reach the provider.
/// </summary>
[AllowAnonymous]
public sealed class StartModel(SignInManager<HubUser> signInManager, IOptions<SingleSignOnOptions> options) : PageModel
{
    public IActionResult OnGet(string? returnUrl = null)
    {
        if (!options.Value.Enabled) return NotFound();
        var safeReturnUrl = !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
        var properties = signInManager.ConfigureExternalAuthenticationProperties(
            SingleSignOnOptions.Scheme, Url.Page("/Account/SingleSignOn/Callback", new { ReturnUrl = safeReturnUrl }));
        return Challenge(properties, SingleSignOnOptions.Scheme);
    }
}
