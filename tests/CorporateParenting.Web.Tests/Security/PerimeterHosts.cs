using System.Net;
using CorporateParenting.Data;
using CorporateParenting.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Security;

/// <summary>
/// The Hub with a public address, one trusted proxy and small throttling limits. The in-process server has
/// no network, so a test names the address a request comes from with <see cref="ClientAddress.Header"/>.
/// </summary>
public class PerimeterHub : HubFactory
{
    public PerimeterHub() : this("Development") { }

    protected PerimeterHub(string environment) : base(DatabaseProvider.Sqlite, environment, Settings()) { }

    public const string PublicUrl = "https://hub.testshire.example";
    public const string TrustedProxy = "10.0.0.5";
    public const int SignInRequestsPerMinute = 30;

    private static Dictionary<string, string?> Settings() => new()
        {
            ["Hub:PublicUrl"] = PublicUrl,
            ["ForwardedHeaders:KnownProxies"] = TrustedProxy,
            ["RateLimiting:SignInPerMinute"] = SignInRequestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimiting:FailuresPerAccountAndAddress"] = "10",
            ["RateLimiting:FailuresPerAccount"] = "15",
            ["RateLimiting:FailuresPerAddressUnderAttack"] = "3",
        };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ClientAddress>());
    }

    /// <summary>A client whose requests come from one network address; redirects are not followed.</summary>
    public HttpClient ClientFrom(string address, string? baseAddress = null, bool cookies = true)
    {
        var client = CreateClient(new() { AllowAutoRedirect = false, HandleCookies = cookies, BaseAddress = new Uri(baseAddress ?? "http://localhost") });
        client.DefaultRequestHeaders.Add(ClientAddress.Header, address);
        return client;
    }
}

/// <summary>The same Hub in Production: HTTPS only, secure cookies.</summary>
public sealed class ProductionPerimeterHub() : PerimeterHub("Production");

/// <summary>Sets the connection's remote address from a test header, before anything else sees the request.</summary>
public sealed class ClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Remote-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((HttpContext context, RequestDelegate inner) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var address)) context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
            return inner(context);
        });
        next(app);
    };
}
