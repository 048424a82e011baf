using System.Net;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Security;

/// <summary>
/// Every routable page and endpoint, discovered from the running app, requested anonymously and as
/// every role: each must allow or deny exactly as its declared capability says. A page that declares
/// neither a capability nor [AllowAnonymous] fails here.
/// </summary>
public sealed class AuthorizationMatrixTests(DemoHub factory) : IClassFixture<DemoHub>
{
    [Fact]
    public void Every_endpoint_declares_exactly_one_capability_or_is_deliberately_public()
    {
        var undeclared = Endpoints().Where(e => e.Capability is null && !e.Public).Select(e => e.Route).ToList();
        Assert.True(undeclared.Count == 0, "Endpoints without [Authorize(Policy = Capability.X)] or [AllowAnonymous]: " + string.Join(", ", undeclared));
        Assert.All(Endpoints().Where(e => e.Capability is not null), e => Assert.Contains(e.Capability!, CapabilityGrants.RolesFor.Keys));
    }

    [Fact]
    public async Task Every_endpoint_allows_or_denies_each_role_and_anonymous_as_its_capability_says()
    {
        var endpoints = Endpoints();
        Assert.Contains(endpoints, e => e.Route == "/Admin/Users");
        Assert.Contains(endpoints, e => e.Route == "/health");
        var failures = new List<string>();
        foreach (var endpoint in endpoints)
        {
            foreach (var role in HubRoles.All.Select(r => r.Name).Prepend(null))
            {
                using var client = factory.ClientAs(role);
                using var response = await client.GetAsync(endpoint.Url);
                var status = (int)response.StatusCode;
                var who = role ?? "anonymous";
                var expectAllowed = endpoint.Public || (role is not null && CapabilityGrants.Grants(endpoint.Capability!, role));
                var deniedAnonymous = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/Account/SignIn");
                var denied = response.StatusCode == HttpStatusCode.Forbidden || deniedAnonymous;
                if (expectAllowed && (denied || status >= 500))
                    failures.Add($"{endpoint.Url} should allow {who} but returned {status}");
                if (!expectAllowed && role is null && !deniedAnonymous)
                    failures.Add($"{endpoint.Url} should send anonymous users to sign in but returned {status}");
                if (!expectAllowed && role is not null && response.StatusCode != HttpStatusCode.Forbidden)
                    failures.Add($"{endpoint.Url} should forbid {who} but returned {status}");
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void Only_analysts_and_service_managers_may_see_identifiable_children()
    {
        // product.md: members, young people and the rest see aggregates only.
        Assert.Equal([HubRoles.PerformanceAnalyst, HubRoles.ServiceManager], CapabilityGrants.RolesFor[Capability.ViewChildData].Order());
    }

    private sealed record Endpoint(string Route, string Url, string? Capability, bool Public);

    private List<Endpoint> Endpoints()
    {
        var sources = factory.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        return sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is not null)
            .Select(e =>
            {
                var route = "/" + e.RoutePattern.RawText!.TrimStart('/');
                var authorize = e.Metadata.GetOrderedMetadata<IAuthorizeData>();
                var capability = authorize.Select(a => a.Policy).LastOrDefault(p => p is not null);
                var isPublic = e.Metadata.GetMetadata<IAllowAnonymous>() is not null;
                return new Endpoint(route, Concrete(route), capability, isPublic);
            })
            .Where(e => !e.Route.EndsWith("/Index"))   // the same page as its folder route
            .DistinctBy(e => e.Route)
            .OrderBy(e => e.Route)
            .ToList();
    }

    /// <summary>Fills route parameters with values that exist nowhere: pages must still answer 404 or deny, never 500.</summary>
    private static string Concrete(string route) =>
        System.Text.RegularExpressions.Regex.Replace(route, "\\{([^}:?]+)(:int|:guid)?[^}]*\\}", m => m.Groups[2].Value switch
        {
            ":int" => "404",
            ":guid" => Guid.Empty.ToString(),
            _ => "no-such-id",
        });
}
