using CorporateParenting.Data;
using CorporateParenting.Testing;
using CorporateParenting.Web.Features.Account.SingleSignOn;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Browser.Tests.SingleSignOn;

/// <summary>
/// The OpenID Connect provider and a Hub whose single sign-on settings (Authentication:Oidc:*, exactly
/// as docs/single-sign-on.md describes them) point at it, with Chromium: one of each for the class.
/// </summary>
public sealed class SingleSignOnHost : IAsyncLifetime
{
    public TestIdentityProvider Provider { get; } = new();
    public BrowserHost Browser { get; }

    public SingleSignOnHost()
    {
        Browser = new BrowserHost(new SingleSignOnHub(new()
        {
            ["Authentication:Oidc:Authority"] = Provider.Authority,
            ["Authentication:Oidc:ClientId"] = TestIdentityProvider.ClientId,
            ["Authentication:Oidc:ClientSecret"] = Provider.ClientSecret,
            ["Authentication:Oidc:DisplayName"] = "your Testshire account",
            ["Authentication:Oidc:RoleClaim"] = "groups",
            [$"Authentication:Oidc:RoleMap:{TestIdentityProvider.BoardGroup}"] = "BoardMember",
            ["Authentication:Oidc:CreateAccounts"] = "true",
        }));
    }

    public async Task InitializeAsync()
    {
        await Provider.StartAsync();
        await Browser.InitializeAsync();
        Provider.RedirectUri = Browser.BaseUrl + "/signin-oidc";
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        await Provider.DisposeAsync();
    }

    private sealed class SingleSignOnHub(Dictionary<string, string?> settings) : HubFactory(DatabaseProvider.Sqlite, settings: settings)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // The only test-side change: the provider's metadata is served over plain HTTP on the loopback
            // address. (Configure, not PostConfigure: the handler checks this in its own post-configuration.)
            builder.ConfigureTestServices(services =>
                services.Configure<OpenIdConnectOptions>(SingleSignOnOptions.Scheme, oidc => oidc.RequireHttpsMetadata = false));
        }
    }
}
