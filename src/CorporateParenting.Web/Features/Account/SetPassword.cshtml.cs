using System.ComponentModel.DataAnnotations;
using CorporateParenting.Data.Identity;
using CorporateParenting.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;

namespace CorporateParenting.Web.Features.Account;

/// <summary>Where an invitation link lands: the new user chooses a password.</summary>
[AllowAnonymous]
[EnableRateLimiting(HubServices.SignInRateLimit)]
public sealed class SetPasswordModel(UserManager<HubUser> users) : PageModel
{
    public static string PathFor(string userId, string token) =>
        QueryHelpers.AddQueryString("/Account/SetPassword", new Dictionary<string, string?> { ["userId"] = userId, ["token"] = token });

    [BindProperty(SupportsGet = true)] public string? UserId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    [BindProperty] public PasswordInput Input { get; set; } = new();

    public IActionResult OnGet() => string.IsNullOrEmpty(UserId) || string.IsNullOrEmpty(Token) ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = UserId is null ? null : await users.FindByIdAsync(UserId);
        if (user is null || Token is null)
        {
            ModelState.AddModelError("Input.Password", "This link is not valid. Ask your administrator for a new invitation.");
            return Page();
        }
        var result = await users.ResetPasswordAsync(user, Token, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError("Input.Password", error.Code == "InvalidToken"
                    ? "This link has expired or been used. Ask your administrator for a new invitation."
                    : error.Description);
            return Page();
        }
        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        TempData["Success"] = "Your password has been set. You can now sign in.";
        return RedirectToPage("/Account/SignIn");
    }

    public sealed class PasswordInput
    {
        [Required(ErrorMessage = "Enter a password")]
        [MinLength(12, ErrorMessage = "Password must be 12 characters or more")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Enter the password again")]
        [Compare(nameof(Password), ErrorMessage = "The passwords do not match")]
        public string ConfirmPassword { get; set; } = "";
    }
}
