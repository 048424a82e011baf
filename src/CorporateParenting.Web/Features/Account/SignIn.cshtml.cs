using System.ComponentModel.DataAnnotations;
using CorporateParenting.Data;
using CorporateParenting.Data.Audit;
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
    IOptions<SingleSignOnOptions> singleSignOn,
    SignInThrottle throttle,
    HubDbContext db,
    TimeProvider clock) : PageModel
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
        var email = Input.Email.Trim();
        var address = HttpContext.Connection.RemoteIpAddress;
        // The same words whether or not the account exists, and the account itself is never locked (ADR 13).
        if (throttle.MustWait(email, address))
        {
            ModelState.AddModelError("Input.Email", $"There have been too many failed attempts to sign in with this email address from your network. Wait {throttle.WindowMinutes} minutes, then try again.");
            return Page();
        }
        var result = await signInManager.PasswordSignInAsync(email, Input.Password, isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            throttle.Succeeded(email, address);
            return LocalRedirect(SafeReturnUrl);
        }
        throttle.Failed(email, address);
        await RecordFailureAsync(email);
        ModelState.AddModelError("Input.Email", "Enter a correct email address and password. If your account has been disabled, ask your administrator.");
        return Page();
    }

    /// <summary>
    /// Accounts are never locked (ADR 13), so Identity writes nothing on a wrong password: the failure is
    /// recorded here, against the account when there is one. The page's answer is the same either way.
    /// </summary>
    private async Task RecordFailureAsync(string email)
    {
        var user = await signInManager.UserManager.FindByEmailAsync(email);
        if (user is null) return;
        db.AuditEvents.Add(new AuditEvent
        {
            OccurredAtUtc = clock.GetUtcNow().UtcDateTime, Action = AuditAction.SignInFailed, EntityType = nameof(HubUser), EntityId = user.Id,
            NewValues = System.Text.Json.JsonSerializer.Serialize(new { Account = user.UserName }),
        });
        await db.SaveChangesAsync();
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
