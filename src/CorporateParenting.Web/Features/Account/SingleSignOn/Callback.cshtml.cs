using CorporateParenting.Data.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using System.Security.Claims;

namespace CorporateParenting.Web.Features.Account.SingleSignOn;

/// <summary>
/// The return from the council's identity provider: finds (or, if allowed, creates) the Hub account,
/// sets its roles from the provider's role claim, and signs in. Disabled accounts are refused.
/// </summary>
[AllowAnonymous]
public sealed class CallbackModel(
    SignInManager<HubUser> signInManager,
    UserManager<HubUser> users,
    IOptions<SingleSignOnOptions> options) : PageModel
{
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? returnUrl = null)
    {
        var info = await signInManager.GetExternalLoginInfoAsync();
        if (info is null) return Fail("Single sign-on did not complete. Try again.");

        var email = info.Principal.FindFirstValue("email") ?? info.Principal.FindFirstValue("preferred_username");
        var user = await users.FindByLoginAsync(info.LoginProvider, info.ProviderKey)
                   ?? (email is null ? null : await users.FindByEmailAsync(email));
        if (user is null)
        {
            if (!options.Value.CreateAccounts || email is null) return Fail("You do not have an account in the Hub. Ask your administrator.");
            user = new HubUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = info.Principal.FindFirstValue("name") ?? email };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded) return Fail("Your account could not be created. Ask your administrator.");
        }
        if (user.IsDisabled) return Fail("This account has been disabled. Ask your administrator.");
        if ((await users.GetLoginsAsync(user)).All(l => l.LoginProvider != info.LoginProvider))
            await users.AddLoginAsync(user, info);

        // The identity provider is the authority on roles for single sign-on users.
        var wanted = SingleSignOnRoles.From(info.Principal, options.Value);
        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(wanted));
        await users.AddToRolesAsync(user, wanted.Except(current));

        await signInManager.SignInAsync(user, isPersistent: false, info.LoginProvider);
        return LocalRedirect(returnUrl is not null && Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }

    private PageResult Fail(string problem)
    {
        Problem = problem;
        // A failed hand-shake with the identity provider, not a missing permission in the Hub.
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
