using CorporateParenting.Data.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CorporateParenting.Web.Features.Account;

/// <summary>Identity's sign-in manager, refusing disabled accounts by every route.</summary>
public sealed class HubSignInManager(
    UserManager<HubUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<HubUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<HubUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<HubUser> confirmation,
    IPasswordHasher<HubUser> hasher)
    : SignInManager<HubUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private static string? _unusedHash;

    public override async Task<bool> CanSignInAsync(HubUser user) =>
        !user.IsDisabled && await base.CanSignInAsync(user);

    /// <summary>
    /// An unknown e-mail address costs the same password hashing as a known one, so the time an answer
    /// takes does not tell an attacker which accounts exist.
    /// </summary>
    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is not null) return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        var nobody = new HubUser();
        _unusedHash ??= hasher.HashPassword(nobody, Guid.NewGuid().ToString());
        hasher.VerifyHashedPassword(nobody, _unusedHash, password);
        return SignInResult.Failed;
    }

    public override async Task SignInWithClaimsAsync(HubUser user, AuthenticationProperties? authenticationProperties, IEnumerable<System.Security.Claims.Claim> additionalClaims)
    {
        user.LastSignInAtUtc = DateTime.UtcNow;
        await UserManager.UpdateAsync(user);
        await base.SignInWithClaimsAsync(user, authenticationProperties, additionalClaims);
    }
}
