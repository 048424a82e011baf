using System.Net;
using CorporateParenting.Web.Features.Account;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;

namespace CorporateParenting.Web.Infrastructure.Startup;

/// <summary>
/// What the Hub trusts from the network (ADR 13): its own public address for links, forwarded headers only
/// from proxies it is told about, HTTPS only outside Development, and upload limits sized to the work.
/// </summary>
public static class HubPerimeter
{
    public const string DevelopmentPublicUrl = "http://localhost:5080";

    public static WebApplicationBuilder AddHubPerimeter(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var development = builder.Environment.IsDevelopment();

        var publicUrl = PublicUrlFrom(configuration["Hub:PublicUrl"], development);
        services.PostConfigure<HubOptions>(options => options.PublicUrl = publicUrl);

        var (proxies, networks) = TrustedProxiesFrom(configuration);
        // A PostConfigure, so it runs after ASP.NET Core's own for ASPNETCORE_FORWARDEDHEADERS_ENABLED, which trusts anyone.
        services.PostConfigure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies) options.KnownProxies.Add(proxy);
            foreach (var network in networks) options.KnownIPNetworks.Add(network);
        });

        builder.WebHost.ConfigureKestrel(options => options.Limits.MaxRequestBodySize = UploadLimits.Default);
        services.Configure<FormOptions>(options => options.MultipartBodyLengthLimit = UploadLimits.Largest);

        services.AddMemoryCache();
        services.Configure<SignInThrottleOptions>(configuration.GetSection(SignInThrottleOptions.Section));
        services.AddSingleton<SignInThrottle>();
        return builder;
    }

    /// <summary>First in the pipeline: the client's address and scheme, as told by a trusted proxy.</summary>
    public static WebApplication UseTrustedForwardedHeaders(this WebApplication app)
    {
        app.UseForwardedHeaders();
        var hosts = app.Configuration["AllowedHosts"];
        if (!app.Environment.IsDevelopment() && (string.IsNullOrWhiteSpace(hosts) || hosts.Trim() == "*"))
            app.Logger.LogWarning("AllowedHosts is \"{AllowedHosts}\": set it to the Hub's public host name, like hub.council.gov.uk", hosts);
        return app;
    }

    /// <summary>
    /// Outside Development a plain-HTTP request is sent to the same path at Hub:PublicUrl (always https there),
    /// before any page can need a Secure cookie. /health is left alone: load balancers probe it over HTTP.
    /// </summary>
    public static WebApplication UseHttpsOnly(this WebApplication app)
    {
        var publicUrl = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<HubOptions>>().Value;
        app.Use((context, next) =>
        {
            if (context.Request.IsHttps || context.Request.Path.StartsWithSegments("/health")) return next(context);
            context.Response.StatusCode = StatusCodes.Status307TemporaryRedirect;
            context.Response.Headers.Location = publicUrl.LinkTo(context.Request.Path.ToUriComponent() + context.Request.QueryString.ToUriComponent());
            return Task.CompletedTask;
        });
        return app;
    }

    /// <summary>Hub:PublicUrl, checked: a clear start-up error rather than links that point nowhere.</summary>
    public static string PublicUrlFrom(string? configured, bool development)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            if (development) return DevelopmentPublicUrl;
            throw new InvalidOperationException(
                "Hub:PublicUrl is not set. Set it to the address users open the Hub at, like https://hub.council.gov.uk " +
                "(environment variable Hub__PublicUrl): links in e-mails, invitations and calendar feeds are built from it.");
        }
        var value = configured.Trim().TrimEnd('/');
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
            throw new InvalidOperationException($"Hub:PublicUrl \"{configured}\" is not a web address like https://hub.council.gov.uk.");
        if (!development && uri.Scheme != Uri.UriSchemeHttps)
            throw new InvalidOperationException($"Hub:PublicUrl \"{configured}\" must start with https:// outside Development: the Hub's cookies are sent over HTTPS only.");
        return value;
    }

    /// <summary>ForwardedHeaders:KnownProxies (addresses) and ForwardedHeaders:KnownNetworks (CIDR), as a list or comma-separated.</summary>
    public static (List<IPAddress> Proxies, List<IPNetwork> Networks) TrustedProxiesFrom(IConfiguration configuration)
    {
        var proxies = ListFrom(configuration.GetSection("ForwardedHeaders:KnownProxies")).Select(value =>
            IPAddress.TryParse(value, out var address) ? address
            : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies: \"{value}\" is not an IP address.")).ToList();
        var networks = ListFrom(configuration.GetSection("ForwardedHeaders:KnownNetworks")).Select(value =>
            IPNetwork.TryParse(value, out var network) ? network
            : throw new InvalidOperationException($"ForwardedHeaders:KnownNetworks: \"{value}\" is not a network like 10.0.0.0/8.")).ToList();
        return (proxies, networks);
    }

    private static IEnumerable<string> ListFrom(IConfigurationSection section) =>
        (section.Value is { } single ? single.Split(',') : section.GetChildren().Select(c => c.Value ?? ""))
            .Select(v => v.Trim()).Where(v => v.Length > 0);
}
