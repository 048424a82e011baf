using CorporateParenting.Data.Identity;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.Account;

[Authorize(Policy = Capability.UseHub)]
public sealed class SignOutModel(SignInManager<HubUser> signInManager, UserManager<HubUser> users) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        // A new security stamp makes every cookie issued before now worthless, even a copy kept elsewhere.
        if (await users.GetUserAsync(User) is { } user) await users.UpdateSecurityStampAsync(user);
        await signInManager.SignOutAsync();
        TempData["Success"] = "You have signed out.";
        return RedirectToPage("/Account/SignIn");
    }
}
