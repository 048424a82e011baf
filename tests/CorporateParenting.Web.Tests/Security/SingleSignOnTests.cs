using System.Security.Claims;
using CorporateParenting.Data;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Features.Account.SingleSignOn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Security;

public sealed class SingleSignOnTests
{
    [Fact]
    public void The_role_claim_maps_to_hub_roles_and_unknown_values_are_ignored()
    {
        var options = new SingleSignOnOptions { RoleClaim = "roles", RoleMap = new(StringComparer.OrdinalIgnoreCase) { ["Hub.Analysts"] = HubRoles.PerformanceAnalyst } };
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim("roles", "Hub.Analysts"), new Claim("roles", "boardmember"), new Claim("roles", "Domain Admins"), new Claim("groups", "Administrator")]));

        var roles = SingleSignOnRoles.From(principal, options);

        Assert.Equal([HubRoles.BoardMember, HubRoles.PerformanceAnalyst], roles.Order());
    }

    [Fact]
    public async Task Configuration_alone_switches_single_sign_on_on()
    {
        await using var without = new DemoHub();
        await using var with = new HubFactory(DatabaseProvider.Sqlite, settings: new()
        {
            ["Authentication:Oidc:Authority"] = "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0",
            ["Authentication:Oidc:ClientId"] = "hub-client",
            ["Authentication:Oidc:DisplayName"] = "Testshire account",
        });

        Assert.Null(await Scheme(without));
        Assert.NotNull(await Scheme(with));
        Assert.DoesNotContain("Sign in with", await without.CreateClient().GetStringAsync("/Account/SignIn"));
        Assert.Contains("Sign in with Testshire account", await with.CreateClient().GetStringAsync("/Account/SignIn"));
    }

    private static Task<AuthenticationScheme?> Scheme(HubFactory factory) =>
        factory.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync(SingleSignOnOptions.Scheme);
}
