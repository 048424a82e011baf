using System.ComponentModel.DataAnnotations;
using CorporateParenting.Data.Identity;
using CorporateParenting.Web.Features.Account.SingleSignOn;
using CorporateParenting.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CorporateParenting.Web.Features.Account;

[AllowAnonymous]
[EnableRateLimiting(HubServices.SignInRateLimit)]
public sealed class SignInModel(
    SignInManager<HubUser> signInManager,
    IWebHostEnvironment environment,
    IConfiguration configuration,
    IOptions<SingleSignOnOptions> singleSignOn) : PageModel
{
    [BindProperty] public SignInInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    /// <summary>Demo accounts are listed only in Development, and only when the demo council is seeded.</summary>
    public bool ShowDemoAccounts => environment.IsDevelopment() && configuration.GetValue("Demo:Seed", false);
    public string? DemoPassword => configuration["Demo:Password"];
    public SingleSignOnOptions SingleSignOn => singleSignOn.Value;

    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true ? LocalRedirect(SafeReturnUrl) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var result = await signInManager.PasswordSignInAsync(Input.Email.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(SafeReturnUrl);
        ModelState.AddModelError("Input.Email", result.IsLockedOut
            ? "This account is locked because of too many failed attempts. Try again in 15 minutes or ask your administrator."
            : "Enter a correct email address and password. If your account has been disabled, ask your administrator.");
        return Page();
    }

    private string SafeReturnUrl => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";

    public sealed class SignInInput
    {
        [Required(ErrorMessage = "Enter your email address")]
        [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password")]
        public string Password { get; set; } = "";
    }
}
