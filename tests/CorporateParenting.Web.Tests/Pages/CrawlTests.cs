using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using CorporateParenting.Ssda903.Tables;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using Xunit.Abstractions;

namespace CorporateParenting.Web.Tests.Pages;

/// <summary>
/// Every role, signed in, follows every same-site link in the navigation and on the home page, two
/// levels deep, as a new user would. A page fails on a 4xx/5xx, on a GOV.UK error summary shown on a
/// GET (nothing was submitted, so nothing can be wrong yet) and, on the 903 pages, on a value shown as
/// a bare SSDA903 code where the reference data has its label (a definition that cites codes beside
/// its words is fine). Downloads (anything not HTML) are checked for status only.
/// </summary>
public sealed partial class CrawlTests(PerformanceHub hub, ITestOutputHelper output) : IClassFixture<PerformanceHub>
{
    private const int Depth = 2;

    public static TheoryData<string> Roles => new(HubRoles.All.Select(r => r.Name));

    /// <summary>
    /// Codes a reader could not mistake for ordinary words or numbers: letters followed by digits
    /// (SDQ2, U1, E11, RC1), taken from the 903 reference data with their labels.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, string> LabelledCodes = CodeSets.Fields
        .SelectMany(field => CodeSets.For(field))
        .Where(c => DistinctiveCode().IsMatch(c.Code) && !string.Equals(c.Code, c.Label, StringComparison.OrdinalIgnoreCase))
        .GroupBy(c => c.Code)
        .ToDictionary(g => g.Key, g => $"{g.First().Field}: {g.First().Label}");

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Every_page_a_role_can_reach_from_home_works_without_errors_or_bare_codes(string role)
    {
        Assert.NotEmpty(LabelledCodes);   // the check below means nothing without the reference data
        using var client = hub.ClientAs(role);
        var visited = new ConcurrentDictionary<string, byte>(StringComparer.OrdinalIgnoreCase);
        var problems = new ConcurrentBag<string>();
        var pages = 0;
        var downloads = 0;
        using var gate = new SemaphoreSlim(4);

        var level = new List<string> { "/" };
        visited.TryAdd("/", 0);
        for (var depth = 0; depth <= Depth && level.Count > 0; depth++)
        {
            var found = new ConcurrentBag<string>();
            var followLinks = depth < Depth;
            await Task.WhenAll(level.Select(async url =>
            {
                await gate.WaitAsync();
                try
                {
                    var (html, problem) = await FetchAsync(client, url);
                    if (problem is not null) { problems.Add(problem); return; }
                    if (html is null) { Interlocked.Increment(ref downloads); return; }
                    Interlocked.Increment(ref pages);
                    foreach (var p in Check(url, html)) problems.Add(p);
                    if (followLinks)
                        foreach (var link in Links(html)) if (visited.TryAdd(link, 0)) found.Add(link);
                }
                finally { gate.Release(); }
            }));
            level = found.Distinct().ToList();
        }

        output.WriteLine($"{role}: {pages} pages crawled ({downloads} downloads), {problems.Count} problems");
        Assert.True(pages > 3, $"{role} reached only {pages} pages: the crawl is not following the navigation");
        Assert.True(problems.IsEmpty, $"{role}:\n" + string.Join("\n", problems.Order()));
    }

    /// <summary>The page's HTML, null for a download, or what is wrong. A redirect is followed once, within the site.</summary>
    private static async Task<(string? Html, string? Problem)> FetchAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.MovedPermanently)
        {
            var target = response.Headers.Location?.ToString() ?? "";
            if (!SameSite(target, out var local)) return (null, $"{url} redirects off the site to {target}");
            if (local.StartsWith("/Account/SignIn", StringComparison.OrdinalIgnoreCase) || local.StartsWith("/Account/AccessDenied", StringComparison.OrdinalIgnoreCase))
                return (null, $"{url} is linked but refused (redirected to {local})");
            return await FetchAsync(client, local);
        }
        if ((int)response.StatusCode >= 400) return (null, $"{url} answered {(int)response.StatusCode}");
        if (response.Content.Headers.ContentType?.MediaType != "text/html") return (null, null);
        return (await response.Content.ReadAsStringAsync(), null);
    }

    private static IEnumerable<string> Check(string url, string html)
    {
        if (html.Contains("govuk-error-summary", StringComparison.Ordinal))
        {
            var message = ErrorItem().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(Tag().Replace(m.Groups[1].Value, "")).Trim() : "(no message)";
            yield return $"{url} shows an error summary on GET: {message}";
        }
        if (!url.StartsWith("/Performance", StringComparison.OrdinalIgnoreCase)) yield break;   // 903 codes belong to the 903 pages; "R1" elsewhere is a recommendation
        foreach (Match node in TextNode().Matches(NonText().Replace(html, " ")))
        {
            // A value shown as a code: a cell, tag or list entry that is nothing but codes ("U1" or "U1, U2").
            var value = WebUtility.HtmlDecode(node.Groups[1].Value).Trim();
            var codes = value.Split([',', '/', ' '], StringSplitOptions.RemoveEmptyEntries);
            if (codes.Length == 0 || !codes.All(LabelledCodes.ContainsKey)) continue;
            yield return $"{url} shows {value} bare where a label exists ({LabelledCodes[codes[0]]})";
            yield break;   // one is enough to point at the page
        }
    }

    /// <summary>Same-site GET links: no sign-out, no fragments, no other hosts, no mail.</summary>
    private static IEnumerable<string> Links(string html)
    {
        foreach (Match m in Href().Matches(html))
        {
            var href = WebUtility.HtmlDecode(m.Groups[1].Value);
            var hash = href.IndexOf('#');
            if (hash >= 0) href = href[..hash];
            if (href.Length == 0 || !SameSite(href, out var local)) continue;
            if (local.StartsWith("/Account/SignOut", StringComparison.OrdinalIgnoreCase)) continue;
            if (local.StartsWith("/lib/", StringComparison.OrdinalIgnoreCase) || local.StartsWith("/css/", StringComparison.OrdinalIgnoreCase) || local.StartsWith("/assets/", StringComparison.OrdinalIgnoreCase)) continue;
            yield return local;
        }
    }

    private static bool SameSite(string href, out string local)
    {
        local = href;
        if (href.StartsWith("//", StringComparison.Ordinal)) return false;
        if (href.StartsWith('/')) return true;
        if (Uri.TryCreate(href, UriKind.Absolute, out var uri))
        {
            if (uri.Host != "localhost" || (uri.Scheme != "http" && uri.Scheme != "https")) return false;
            local = uri.PathAndQuery;
            return true;
        }
        return false;   // relative links and mailto: the Hub writes its links from the root
    }

    [GeneratedRegex("^[A-Z]{1,4}[0-9]{1,2}[A-Z]?$")]
    private static partial Regex DistinctiveCode();
    [GeneratedRegex(">([^<>]{1,60})<")]
    private static partial Regex TextNode();
    [GeneratedRegex("<a\\s[^>]*?href=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex Href();
    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
    [GeneratedRegex("<(script|style|svg|head)[\\s\\S]*?</\\1>", RegexOptions.IgnoreCase)]
    private static partial Regex NonText();
    [GeneratedRegex("govuk-error-summary__list\">\\s*<li>([\\s\\S]*?)</li>")]
    private static partial Regex ErrorItem();
}
