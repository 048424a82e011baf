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
    IUserConfirmation<HubUser> confirmation)
    : SignInManager<HubUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(HubUser user) =>
        !user.IsDisabled && await base.CanSignInAsync(user);

    public override async Task SignInWithClaimsAsync(HubUser user, AuthenticationProperties? authenticationProperties, IEnumerable<System.Security.Claims.Claim> additionalClaims)
    {
        user.LastSignInAtUtc = DateTime.UtcNow;
        await UserManager.UpdateAsync(user);
        await base.SignInWithClaimsAsync(user, authenticationProperties, additionalClaims);
    }
}
