using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace CorporateParenting.Web.Features.Account.SingleSignOn;

public static class SingleSignOnSetup
{
    /// <summary>Adds the OpenID Connect scheme only when configured; nothing else changes.</summary>
    public static void AddSingleSignOn(this AuthenticationBuilder authentication, IConfiguration configuration)
    {
        var options = configuration.GetSection(SingleSignOnOptions.Section).Get<SingleSignOnOptions>() ?? new();
        if (!options.Enabled) return;
        authentication.AddOpenIdConnect(SingleSignOnOptions.Scheme, options.DisplayName, oidc =>
        {
            oidc.SignInScheme = IdentityConstants.ExternalScheme;
            oidc.Authority = options.Authority;
            oidc.ClientId = options.ClientId;
            oidc.ClientSecret = options.ClientSecret;
            oidc.ResponseType = "code";
            oidc.UsePkce = true;
            oidc.CallbackPath = "/signin-oidc";
            oidc.Scope.Clear();
            foreach (var scope in new[] { "openid", "profile", "email" }) oidc.Scope.Add(scope);
            oidc.MapInboundClaims = false;
            oidc.GetClaimsFromUserInfoEndpoint = true;
            oidc.TokenValidationParameters.NameClaimType = "name";
            oidc.TokenValidationParameters.RoleClaimType = options.RoleClaim;
        });
    }
}
