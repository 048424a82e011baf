using System.Security.Claims;
using CorporateParenting.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CorporateParenting.Web.Features.Account;

/// <summary>
/// Ends sessions on the server. Signing out (like a new password or a disabled account) changes the user's
/// security stamp; every request compares the stamp in its cookie with the database's, one small query by
/// primary key, so a cookie kept from before sign-out is refused at once rather than at its expiry.
/// Identity's full check (which also refreshes roles and renews the cookie) runs once a minute.
/// </summary>
public static class SessionCheck
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(1);

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var clock = services.GetRequiredService<TimeProvider>();
        if (context.Properties.IssuedUtc is not { } issued || clock.GetUtcNow() - issued > RefreshInterval)
        {
            await SecurityStampValidator.ValidatePrincipalAsync(context);
            return;
        }
        var claims = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var userId = context.Principal?.FindFirstValue(claims.UserIdClaimType);
        var stamp = context.Principal?.FindFirstValue(claims.SecurityStampClaimType);
        var current = userId is null ? null : await services.GetRequiredService<HubDbContext>().Users.AsNoTracking()
            .Where(u => u.Id == userId).Select(u => new { u.SecurityStamp, u.IsDisabled })
            .SingleOrDefaultAsync(context.HttpContext.RequestAborted);
        if (current is null || current.IsDisabled || stamp is null || current.SecurityStamp != stamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }
}
