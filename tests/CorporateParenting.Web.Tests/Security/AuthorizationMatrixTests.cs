using System.Collections.Concurrent;
using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CorporateParenting.Web.Tests.Security;

/// <summary>
/// Every page handler of the running app — each GET, each named GET (<c>?handler=Csv</c> for
/// <c>OnGetCsvAsync</c>) and each POST — discovered the way Razor Pages itself dispatches them, requested
/// anonymously and as every role. Each must allow or deny exactly as its page's declared capability says
/// in <see cref="CapabilityGrants"/>. A page that declares neither a capability nor [AllowAnonymous] fails here.
/// </summary>
/// <remarks>
/// Route ids are real: the pages are crawled as every role and each route takes the first link to it
/// found on the pages already seen (the demo council's first meeting, paper, child and so on). A route
/// that no page links to is requested with an id that does not exist and must still deny or answer 404.
///
/// POSTs are sent without an antiforgery token, on purpose. Authorization runs in the middleware,
/// before the page's antiforgery filter, so a role without the capability must get 403 (anonymous: the
/// sign-in redirect), while a role with it must get exactly 400, the antiforgery refusal: proof that the
/// request was let through authorization and reached the page. A page that let a POST in without a token
/// (other than one that declares [IgnoreAntiforgeryToken]) fails too. A token-carrying POST would run the
/// handler instead, changing the demo data under the other requests and needing a valid form for each,
/// without telling anything more about authorization: the page's policy is the same for all its handlers.
///
/// Some pages narrow a handler further in code (a board page whose "add agenda item" needs ManageBoard,
/// a paper only its owner may submit). A GET that answers 403 to some roles holding the page's capability
/// passes only when exactly those roles lack another capability of the map (the narrowing is printed).
/// </remarks>
public sealed class AuthorizationMatrixTests(PerformanceHub factory, ITestOutputHelper output) : IClassFixture<PerformanceHub>
{
    private const int ParallelRequests = 4;
    private static readonly string?[] Everyone = HubRoles.All.Select(r => r.Name).Prepend(null).ToArray();

    [Fact]
    public async Task Every_endpoint_declares_exactly_one_capability_or_is_deliberately_public()
    {
        var pages = await PagesAsync();
        var undeclared = pages.Where(e => e.Capability is null && !e.Public).Select(e => e.Route).ToList();
        Assert.True(undeclared.Count == 0, "Endpoints without [Authorize(Policy = Capability.X)] or [AllowAnonymous]: " + string.Join(", ", undeclared));
        Assert.All(pages.Where(e => e.Capability is not null), e => Assert.Contains(e.Capability!, CapabilityGrants.RolesFor.Keys));
    }

    [Fact]
    public async Task Every_handler_allows_or_denies_each_role_and_anonymous_as_its_capability_says()
    {
        var pages = await PagesAsync();
        // The discovery itself must work: plain pages, named export handlers and named POST handlers.
        Assert.Contains(pages, p => p.Route == "/Admin/Users");
        Assert.Contains(pages, p => p.Route == "/health");
        Assert.Contains(pages, p => p.Route == "/Performance/Scorecard" && p.Handlers.Contains(new Handler("GET", "Csv")));
        Assert.Contains(pages, p => p.Handlers.Any(h => h is { Method: "POST", Name: not null }));

        var requests = new Requests(factory);
        var (urls, unlinked) = await ResolveRoutesAsync(pages, requests);
        var failures = new List<string>();
        var narrowings = new List<string>();

        var checks = pages.SelectMany(p => p.Handlers.SelectMany(h => Everyone.Select(role => (Page: p, Handler: h, Role: role)))).ToList();
        var outcomes = await Task.WhenAll(checks.Select(async c => (c.Page, c.Handler, c.Role,
            Outcome: await requests.SendAsync(c.Handler.Method, WithHandler(urls[c.Page.Route], c.Handler.Name), c.Role))));

        foreach (var handler in outcomes.GroupBy(o => (o.Page, o.Handler)))
        {
            var (page, h) = handler.Key;
            var url = $"{h.Method} {WithHandler(urls[page.Route], h.Name)}";
            var allowedRoles = HubRoles.All.Select(r => r.Name).Where(r => page.Public || CapabilityGrants.Grants(page.Capability!, r)).ToHashSet();
            var narrowed = new HashSet<string>();
            foreach (var (_, _, role, outcome) in handler)
            {
                var who = role ?? "anonymous";
                var allowed = role is null ? page.Public : allowedRoles.Contains(role);
                if (!allowed)
                {
                    if (role is null && !outcome.SentToSignIn)
                        failures.Add($"{url} should send anonymous users to sign in but returned {outcome}");
                    if (role is not null && outcome.Status != HttpStatusCode.Forbidden)
                        failures.Add($"{url} should forbid {who} (no {page.Capability}) but returned {outcome}");
                    continue;
                }
                if (outcome.SentToSignIn || outcome.Status is HttpStatusCode.Unauthorized || (int)outcome.Status >= 500)
                    failures.Add($"{url} should allow {who} but returned {outcome}");
                else if (h.Method == "POST" && !page.IgnoresAntiforgery && outcome.Status != HttpStatusCode.BadRequest)
                    failures.Add($"{url} without an antiforgery token should be refused with 400 for {who}, but returned {outcome}");
                else if (outcome.Status == HttpStatusCode.Forbidden && role is not null)
                    narrowed.Add(role);
            }
            if (narrowed.Count == 0) continue;
            var by = NarrowingCapabilities(allowedRoles, narrowed);
            if (by.Count == 0)
                failures.Add($"{url} forbids {string.Join(", ", narrowed.Order())} although {page.Capability} allows them, and no capability explains it");
            else
                narrowings.Add($"{url}: {page.Capability}, narrowed in code to {string.Join(" or ", by)}");
        }

        output.WriteLine($"{pages.Count} routes, {pages.Sum(p => p.Handlers.Count)} handlers " +
                         $"({pages.Sum(p => p.Handlers.Count(h => h.Method == "GET"))} GET, {pages.Sum(p => p.Handlers.Count(h => h.Method == "POST"))} POST), " +
                         $"{outcomes.Length} checks, {requests.Count} requests");
        output.WriteLine("Routes no page links to (tried with an id that does not exist, or none where it is optional): " + string.Join(", ", unlinked));
        foreach (var line in narrowings) output.WriteLine(line);
        output.WriteLine("Slowest requests:");
        foreach (var line in requests.Slowest(25)) output.WriteLine(line);
        Assert.True(failures.Count == 0, $"{failures.Count} failures:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
    }

    [Fact]
    public void Only_analysts_and_service_managers_may_see_identifiable_children()
    {
        // product.md: members, young people and the rest see aggregates only.
        Assert.Equal([HubRoles.PerformanceAnalyst, HubRoles.ServiceManager], CapabilityGrants.RolesFor[Capability.ViewChildData].Order());
    }

    /// <summary>Capabilities C such that the page's roles lacking C are exactly the roles the handler forbade.</summary>
    private static List<string> NarrowingCapabilities(IReadOnlySet<string> allowedRoles, IReadOnlySet<string> forbidden) =>
        CapabilityGrants.RolesFor
            .Where(c => allowedRoles.Intersect(c.Value).Any() && allowedRoles.Except(c.Value).ToHashSet().SetEquals(forbidden))
            .Select(c => c.Key).Order().ToList();

    private sealed record Handler(string Method, string? Name);

    private sealed record PageRoute(string Route, string? Capability, bool Public, bool IgnoresAntiforgery, IReadOnlyList<Handler> Handlers);

    /// <summary>
    /// Every routable endpoint with its declared policy, and each page's handlers as Razor Pages loads
    /// them (the same list it picks <c>?handler=</c> from). An endpoint that is not a page (health) is a GET.
    /// </summary>
    private async Task<List<PageRoute>> PagesAsync()
    {
        var loader = factory.Services.GetRequiredService<PageLoader>();
        var pages = new List<PageRoute>();
        foreach (var endpoint in factory.Services.GetRequiredService<IEnumerable<EndpointDataSource>>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            if (endpoint.RoutePattern.RawText is null) continue;
            var route = "/" + endpoint.RoutePattern.RawText.TrimStart('/');
            if (route.EndsWith("/Index", StringComparison.Ordinal)) continue;   // the same page as its folder route
            var capability = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).LastOrDefault(p => p is not null);
            var isPublic = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var handlers = new List<Handler> { new("GET", null) };
            var ignoresAntiforgery = false;
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } descriptor)
            {
                var compiled = await loader.LoadAsync(descriptor, endpoint.Metadata);
                handlers.AddRange(compiled.HandlerMethods
                    .Select(m => new Handler(m.HttpMethod.ToUpperInvariant(), m.Name))
                    .Where(h => h != new Handler("GET", null)));
                ignoresAntiforgery = (compiled.ModelTypeInfo ?? compiled.PageTypeInfo).GetCustomAttribute<IgnoreAntiforgeryTokenAttribute>() is not null;
            }
            pages.Add(new PageRoute(route, capability, isPublic, ignoresAntiforgery, handlers.Distinct().ToList()));
        }
        return pages.DistinctBy(p => p.Route).OrderBy(p => p.Route, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// A URL for every route: as it is when it has no parameters; otherwise the first link to it found
    /// while crawling the pages already resolved, as every role, round after round; failing that, an id
    /// that exists nowhere (or, for an optional id, none at all).
    /// </summary>
    private static async Task<(Dictionary<string, string> Urls, List<string> Unlinked)> ResolveRoutesAsync(List<PageRoute> pages, Requests requests)
    {
        var urls = pages.Where(p => !p.Route.Contains('{')).ToDictionary(p => p.Route, p => p.Route);
        var literal = urls.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var crawled = new HashSet<string>();
        var links = new List<string>();
        while (true)
        {
            // Each resolved page, and once per page the first link to it that carries a query (a list
            // filtered to one indicator, say), which is where some records are linked from. Exports are not crawled.
            var filtered = links.Where(l => l.Contains('?') && !l.Contains("handler=", StringComparison.OrdinalIgnoreCase))
                .GroupBy(l => l.Split('?')[0]).Where(g => urls.ContainsValue(g.Key)).Select(g => g.First());
            var toCrawl = urls.Values.Concat(filtered).Where(crawled.Add).ToList();
            if (toCrawl.Count == 0) break;
            var seen = await Task.WhenAll(toCrawl.SelectMany(url => Everyone.Select(role => requests.SendAsync("GET", url, role))));
            links = links.Concat(seen.SelectMany(o => o.Links)).Distinct().ToList();
            var paths = links.Select(l => l.Split('?')[0]).Where(l => !literal.Contains(l)).Distinct().ToList();
            foreach (var page in pages.Where(p => !urls.ContainsKey(p.Route)))
            {
                var pattern = RoutePattern(page.Route);
                var path = paths.FirstOrDefault(l => pattern.Match(l) is { Success: true } m && m.Groups.Values.Skip(1).All(g => g.Success));
                if (path is not null) urls[page.Route] = path;
            }
        }
        var unlinked = pages.Where(p => !urls.ContainsKey(p.Route)).Select(p => p.Route).ToList();
        foreach (var route in unlinked) urls[route] = Missing(route);
        return (urls, unlinked);
    }

    /// <summary>A route template as a pattern for paths: {id:int} digits, {id:guid} a GUID, others one segment; "?" optional.</summary>
    private static Regex RoutePattern(string route)
    {
        var segments = route.Trim('/').Split('/').Select(segment =>
        {
            var parameter = Regex.Match(segment, "^\\{[^}:?]+(?::(?<type>[a-z]+))?[^}]*?(?<optional>\\?)?\\}$");
            if (!parameter.Success) return "/" + Regex.Escape(segment);
            var value = parameter.Groups["type"].Value switch { "int" => "(\\d+)", "guid" => "([0-9a-fA-F-]{36})", _ => "([^/]+)" };
            return parameter.Groups["optional"].Success ? $"(?:/{value})?" : "/" + value;
        });
        return new Regex("^" + string.Concat(segments) + "$", RegexOptions.IgnoreCase);
    }

    /// <summary>Fills route parameters with values that exist nowhere (an optional id is left out): pages must still deny or answer 404, never 500.</summary>
    private static string Missing(string route)
    {
        var url = Regex.Replace(route, "/\\{[^}:?]+(:int|:guid)?[^}]*?(\\?)?\\}", m => m.Groups[2].Success ? "" : m.Groups[1].Value switch
        {
            ":int" => "/404",
            ":guid" => "/" + Guid.Empty,
            _ => "/no-such-id",
        });
        return url.Length == 0 ? "/" : url;
    }

    private static string WithHandler(string url, string? handler) => handler is null ? url : $"{url}?handler={handler}";

    private sealed record Outcome(HttpStatusCode Status, string? Location, IReadOnlyList<string> Links)
    {
        public bool SentToSignIn => Status == HttpStatusCode.Redirect && Location?.Contains("/Account/SignIn", StringComparison.OrdinalIgnoreCase) == true;
        public override string ToString() => Location is null ? $"{(int)Status}" : $"{(int)Status} to {Location}";
    }

    /// <summary>Each (method, URL, role) requested once, a few at a time; HTML answers give up their links (with their queries).</summary>
    private sealed class Requests(HubFactory factory)
    {
        private readonly ConcurrentDictionary<(string, string, string?), Lazy<Task<Outcome>>> _sent = new();
        private readonly SemaphoreSlim _gate = new(ParallelRequests);
        private readonly ConcurrentBag<(TimeSpan Took, string Request)> _took = [];

        public int Count => _sent.Count;

        /// <summary>The slowest requests, to find what makes the matrix slow (printed, never asserted).</summary>
        public IEnumerable<string> Slowest(int count) =>
            _took.OrderByDescending(t => t.Took).Take(count).Select(t => $"{t.Took.TotalSeconds:F1} s {t.Request}");

        public Task<Outcome> SendAsync(string method, string url, string? role) =>
            _sent.GetOrAdd((method, url, role), key => new Lazy<Task<Outcome>>(() => SendOnceAsync(method, url, role))).Value;

        private async Task<Outcome> SendOnceAsync(string method, string url, string? role)
        {
            await _gate.WaitAsync();
            var started = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                using var client = factory.ClientAs(role);
                using var response = method == "POST"
                    ? await client.PostAsync(url, new FormUrlEncodedContent([]))
                    : await client.GetAsync(url);
                var links = new List<string>();
                if (response.IsSuccessStatusCode && response.Content.Headers.ContentType?.MediaType == "text/html")
                {
                    var html = await response.Content.ReadAsStringAsync();
                    links.AddRange(Link.Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value).Split('#')[0]).Where(l => l.StartsWith('/')));
                }
                return new Outcome(response.StatusCode, response.Headers.Location?.ToString(), links);
            }
            finally
            {
                _took.Add((started.Elapsed, $"{method} {url} as {role ?? "anonymous"}"));
                _gate.Release();
            }
        }

        private static readonly Regex Link = new("href=\"([^\"]+)\"", RegexOptions.Compiled);
    }
}
