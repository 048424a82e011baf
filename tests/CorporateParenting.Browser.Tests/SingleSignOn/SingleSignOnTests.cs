using System.Net;
using CorporateParenting.Data.Identity;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Features.Account.SingleSignOn;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CorporateParenting.Browser.Tests.SingleSignOn;

/// <summary>
/// Single sign-on end to end in Chromium against a real OpenID Connect provider started by the test:
/// authorization code with PKCE, the Hub role taken from the provider's groups, and signing out. In the first half of the
/// browser tests (ADR 5): as a third host beside both halves on two cores, its redirects waited out Playwright's ceilings.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SingleSignOnTests(SingleSignOnHost host) : IClassFixture<SingleSignOnHost>
{
    [Fact]
    public async Task A_council_account_signs_in_through_the_provider_with_PKCE_gets_its_mapped_role_and_signs_out()
    {
        var page = await host.Browser.NewPageAsync();

        // A board page asks for sign-in; the sign-in page offers the council account.
        await page.GotoAsync("/Governance/Meetings");
        Assert.Contains("/Account/SignIn", page.Url);
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with your Testshire account" }).ClickAsync();

        // At the provider, on its own port.
        await page.ArrivedAtAsync(url => url.StartsWith(host.Provider.Authority + "login", StringComparison.Ordinal));
        await page.GetByLabel("Username").FillAsync(TestIdentityProvider.Username);
        await page.GetByLabel("Password").FillAsync(host.Provider.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        // Back in the Hub, signed in, on the page first asked for.
        // Generous: on a 2-core machine this host competes with the page tests running beside it.
        try
        {
            await page.ArrivedAtAsync(url => url.StartsWith(host.Browser.BaseUrl + "/Governance/Meetings", StringComparison.Ordinal),
                timeout: 300_000);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"Not back on the meetings page after signing in at the provider; the browser is at {page.Url}");
        }
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).IsVisibleAsync());

        // The code was asked for with an S256 challenge and redeemed with its verifier.
        var authorization = Assert.Single(host.Provider.AuthorizationRequests);
        Assert.Equal("code", authorization.ResponseType);
        Assert.Equal("S256", authorization.CodeChallengeMethod);
        Assert.False(string.IsNullOrEmpty(authorization.CodeChallenge));
        var redemption = Assert.Single(host.Provider.TokenRequests);
        Assert.False(string.IsNullOrEmpty(redemption.CodeVerifier));

        // The group mapped by RoleMap made a board member, and only that: the other group is ignored.
        var account = await host.Browser.Hub.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<HubUser>>();
            var user = await users.FindByEmailAsync(TestIdentityProvider.Username) ?? throw new Xunit.Sdk.XunitException("No Hub account was created.");
            return (Roles: await users.GetRolesAsync(user), Logins: await users.GetLoginsAsync(user), user.DisplayName);
        });
        Assert.Equal([HubRoles.BoardMember], account.Roles);
        Assert.Equal(SingleSignOnOptions.Scheme, Assert.Single(account.Logins).LoginProvider);
        Assert.Equal(TestIdentityProvider.DisplayName, account.DisplayName);

        await page.GotoAsync("/");
        Assert.Equal("Your role: Board member", await page.GetByTestId("roles").InnerTextAsync());
        var scorecard = await page.GotoAsync("/Performance/Scorecard");
        Assert.Equal((int)HttpStatusCode.OK, scorecard!.Status);
        // An analyst's page is closed to a board member.
        var imports = await page.GotoAsync("/Performance/Imports");
        Assert.Equal((int)HttpStatusCode.Forbidden, imports!.Status);

        // Signing out ends the Hub session: the board page asks for sign-in again.
        await page.GotoAsync("/");
        await page.GetByTestId("sign-out").ClickAsync();
        await page.ArrivedAtAsync(url => url.Contains("/Account/SignIn"));
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == "cph.auth");
        await page.GotoAsync("/Governance/Meetings");
        Assert.Contains("/Account/SignIn", page.Url);
    }

    [Fact]
    public async Task The_provider_refuses_a_code_request_without_PKCE()
    {
        // The Hub's own request is not the only proof: the provider really demands a code challenge.
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var query = $"client_id={TestIdentityProvider.ClientId}&response_type=code&scope=openid" +
                    $"&redirect_uri={Uri.EscapeDataString(host.Provider.RedirectUri!)}&state=s&nonce=n";
        using var response = await client.GetAsync($"{host.Provider.Authority}connect/authorize?{query}");

        // Refused at the provider itself, before anyone is asked to sign in.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await response.Content.ReadAsStringAsync();
        Assert.Contains("error:invalid_request", error);
        Assert.Contains("'code_challenge' parameter is missing", error);
    }
}
