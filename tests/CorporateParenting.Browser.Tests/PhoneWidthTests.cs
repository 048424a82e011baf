using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CorporateParenting.Browser.Tests;

/// <summary>
/// Every page on a phone (issue 18, ADR 35): each reader follows the links from their home page, as the web tests' crawl
/// does (among the staff, a route pattern rendered once, by the first reader to reach it), and every distinct page must fit a 320- and a 390-pixel viewport without scrolling sideways and pass axe (WCAG 2.2
/// AA, once per route pattern, at 390 pixels). A page is checked at both widths once loaded (at the width the last
/// page was left at, then the other); every page too wide or failing axe is named before the test fails. The readers are crawled in two
/// classes, one in each half of the browser tests (ADR 5), so the halves run side by side.
/// </summary>
public abstract partial class PhoneCrawl(BrowserHost host, ITestOutputHelper output)
{
    protected static readonly int[] Widths = [320, 390];

    protected BrowserHost Host => host;

    /// <summary>Whoever this half crawls: the public (no address) or a signed-in reader.</summary>
    protected abstract (string Who, string? Email)[] Readers { get; }

    /// <summary>
    /// Pages of roles the crawl does not follow (child-level data, administration), checked the same way; they are
    /// among the pages photographed at 320 pixels.
    /// </summary>
    protected virtual (string Who, string Email, string[] Paths)[] AlsoChecked => [];

    /// <summary>
    /// Whether a page one reader has checked is only read for its links by the next (ADR 35 addendum). True for the
    /// staff: the chair's crawl met no route pattern the officer's had not. Not for the public, members and young people,
    /// who are shown different pages under the same routes (a young person's strategy page is reached only so).
    /// </summary>
    protected virtual bool ChecksSharedByReaders => false;

    /// <summary>Where the public crawl starts: the public pages are not linked from the sign-in page.</summary>
    private static readonly string[] PublicStarts =
        ["/", "/YoungPeople/LocalOffer", "/YoungPeople/YouSaidWeDid", "/YoungPeople/Pledge", "/YoungPeople/WhatYouToldUs", "/YoungPeople/Survey", "/accessibility"];

    /// <summary>
    /// Representative pages, photographed at 320 pixels the first time the crawl meets them (to be looked at, not compared):
    /// a path ending in "/" stands for every page under it, each home page is photographed for each reader.
    /// </summary>
    private static readonly string[] Photographed =
    [
        "/", "/Performance/Scorecard", "/Performance/Scorecard/Indicator/", "/Governance/Meetings/Show/", "/Governance/Actions",
        "/Strategy", "/Strategy/Actions/Show/", "/Performance/Children", "/Admin/Users", "/Admin/Audit", "/LocalOffer",
        "/YoungPeople/LocalOffer", "/Voice", "/CorporateParents", "/Governance/Meetings/Pack/",
    ];

    /// <summary>A ceiling for a crawl that runs away (a link that makes new patterns without end), not an expected count.</summary>
    private const int MostPagesPerReader = 250;

    [Fact]
    public async Task Every_page_each_reader_reaches_fits_a_320_and_a_390_pixel_phone_and_passes_axe()
    {
        var clock = Stopwatch.StartNew();
        var problems = new List<string>();
        var visits = new List<string>();
        foreach (var (who, email) in Readers)
        {
            await using var context = await NarrowContextAsync();
            var page = await context.NewPageAsync();
            if (email is not null) await Accessibility.SignInAsync(page, email);
            var (pages, found) = await CrawlAsync(page, who, email is null ? PublicStarts : ["/"]);
            visits.Add($"{who}: {pages} pages, {found.Count} problems");
            problems.AddRange(found);
        }
        foreach (var (who, email, paths) in AlsoChecked)
        {
            await using var context = await NarrowContextAsync();
            var page = await context.NewPageAsync();
            await Accessibility.SignInAsync(page, email);
            var (pages, found) = await CrawlAsync(page, who, paths, followLinks: false);
            visits.Add($"{who}: {pages} pages, {found.Count} problems");
            problems.AddRange(found);
        }
        output.WriteLine($"{string.Join("; ", visits)}; {_axeChecked.Count} route patterns through axe; {clock.Elapsed.TotalSeconds:0} s");
        Assert.True(problems.Count == 0, $"{problems.Count} pages scroll sideways or fail axe:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    /// <summary>
    /// A desktop browser narrowed to a phone's width. Not Chromium's mobile emulation: there a page wider than the screen
    /// widens the layout viewport to fit (window.innerWidth becomes the page's width), so no page would ever scroll sideways.
    /// </summary>
    protected async Task<IBrowserContext> NarrowContextAsync()
    {
        var context = await host.NewContextAsync(1280);
        context.SetDefaultNavigationTimeout(120_000);
        return context;
    }

    /// <summary>Breadth first from the start pages, each route pattern once; returns the pages seen and each too wide at a width or failing axe.</summary>
    private async Task<(int Pages, List<string> TooWide)> CrawlAsync(IPage page, string who, IEnumerable<string> starts, bool followLinks = true)
    {
        var origin = new Uri(host.BaseUrl);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var queue = new Queue<string>();
        foreach (var start in starts) if (seen.Add(Pattern(start))) queue.Enqueue(start);
        var tooWide = new List<string>();
        var pages = 0;
        if (page.ViewportSize?.Width is not { } width || !Widths.Contains(width)) await page.SetViewportSizeAsync(Widths[0], 900);
        while (queue.Count > 0 && pages < MostPagesPerReader)
        {
            var url = queue.Dequeue();
            string[] links;
            // Where readers share pages (the staff), a route pattern is rendered and checked once in the class, by the first
            // reader to reach it, and each reader's start pages always (their homes differ). Another reader still follows
            // its links, read from the HTML the server sends: a page of the same pattern can link to pages of their own.
            if (ChecksSharedByReaders && !_checked.Add(Pattern(url)) && !starts.Contains(url))
            {
                if (!followLinks) continue;
                links = await LinksInHtmlAsync(page, url);
            }
            else
            {
                IResponse? response;
                try { response = await page.GotoAsync(url); }
                catch (PlaywrightException e) when (e.Message.Contains("Download is starting", StringComparison.Ordinal)) { continue; }
                if (response is null || !IsHtml(response.Headers)) continue;
                pages++;
                await CheckAsync(page, who, tooWide);
                if (!followLinks) continue;
                links = await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('a[href]:not([download])'), a => a.href)");
            }
            foreach (var link in links)
            {
                if (!Uri.TryCreate(link, UriKind.Absolute, out var target) || target.Authority != origin.Authority || target.Scheme != origin.Scheme) continue;
                var local = target.PathAndQuery;
                if (Skipped(local) || !seen.Add(Pattern(local))) continue;
                queue.Enqueue(local);
            }
        }
        return (pages, tooWide);
    }

    /// <summary>
    /// The page in the browser at both widths, axe once per route pattern, and its photograph if it is one of those kept.
    /// The page is checked first at the width it was loaded at (the width the page before was left at), then at the
    /// other: one resize, and its new layout, per page instead of two.
    /// </summary>
    private async Task CheckAsync(IPage page, string who, List<string> problems)
    {
        var path = new Uri(page.Url).PathAndQuery;
        // axe once per route pattern (a page of the same pattern for another reader differs little), at 390 pixels.
        var axe = _axeChecked.Add(Pattern(path));
        var loadedAt = page.ViewportSize?.Width ?? Widths[0];
        foreach (var width in loadedAt == Widths[0] ? Widths : [Widths[1], Widths[0]])
        {
            if (width != loadedAt) await page.SetViewportSizeAsync(width, 900);
            if (!await FitsAsync(page))
            {
                problems.Add($"{who}: {path} at {width} px (too wide: {await OverflowingAsync(page)})");
                await Accessibility.ScreenshotAsync(page, $"too-wide-{width}-{Slug(path)}");
            }
            if (axe && width == Widths[^1] && await Accessibility.ViolationsAsync(page) is { Length: > 0 } violations)
                problems.Add($"{who}: {path} fails axe at {width} px: {string.Join("; ", violations)}");
        }
        var absolute = new Uri(page.Url).AbsolutePath;
        if (Photographed.FirstOrDefault(p => p.EndsWith('/') && p != "/" ? absolute.StartsWith(p, StringComparison.OrdinalIgnoreCase) : string.Equals(absolute, p, StringComparison.OrdinalIgnoreCase)) is { } shot
            && _photographed.Add(shot == "/" ? who : shot))
        {
            if (page.ViewportSize?.Width != Widths[0]) await page.SetViewportSizeAsync(Widths[0], 900);
            await Accessibility.ScreenshotAsync(page, $"phone-320-{Slug(shot == "/" ? "home " + who : path)}");
        }
    }

    /// <summary>The links of a page as the server sends it to this reader (their cookies), without rendering it.</summary>
    private static async Task<string[]> LinksInHtmlAsync(IPage page, string url)
    {
        var response = await page.Context.APIRequest.GetAsync(new Uri(new Uri(page.Url), url).AbsoluteUri);
        if (!response.Ok || !IsHtml(response.Headers)) return [];
        var html = await response.TextAsync();
        // Where a redirect led this reader is a page of its own (another reader may have been sent elsewhere).
        return Href().Matches(html).Select(m => new Uri(new Uri(response.Url), System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).AbsoluteUri)
            .Prepend(response.Url).ToArray();
    }

    private static bool IsHtml(IReadOnlyDictionary<string, string> headers) =>
        headers.TryGetValue("content-type", out var type) && type.StartsWith("text/html", StringComparison.Ordinal);

    private readonly HashSet<string> _checked = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _photographed = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _axeChecked = new(StringComparer.OrdinalIgnoreCase);

    private static string Slug(string path) => Regex.Replace(path, "[^A-Za-z0-9]+", "-").Trim('-');

    /// <summary>No sideways scroll: the page is no wider than the viewport less its vertical scroll bar.</summary>
    protected static Task<bool> FitsAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= Math.min(window.innerWidth, document.documentElement.clientWidth)");

    /// <summary>
    /// Where the overflow starts, to say what to fix: the outermost elements reaching past the viewport's right edge whose
    /// parent does not, outside any box that scrolls or clips. At most three.
    /// </summary>
    protected static Task<string> OverflowingAsync(IPage page) => page.EvaluateAsync<string>(
        """
        () => {
          const edge = Math.min(window.innerWidth, document.documentElement.clientWidth) + 0.5, found = [];
          const clipped = el => { for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) if (getComputedStyle(p).overflowX !== 'visible') return true; return false; };
          for (const el of document.body.querySelectorAll('*')) {
            const right = el.getBoundingClientRect().right, parent = el.parentElement;
            if (right <= edge || (parent && parent !== document.body && parent.getBoundingClientRect().right > edge) || clipped(el)) continue;
            found.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.classList.length ? '.' + Array.from(el.classList).join('.') : '') + ' ' + Math.round(right) + ' px');
            if (found.length === 3) break;
          }
          return found.join(', ') || 'nothing in the body';
        }
        """);

    /// <summary>Not pages: sign-out, downloads and exports (any handler a link names is a file), static files.</summary>
    private static bool Skipped(string local) =>
        local.StartsWith("/Account/SignOut", StringComparison.OrdinalIgnoreCase)
        || local.Contains("handler=", StringComparison.OrdinalIgnoreCase)
        || local.StartsWith("/lib/", StringComparison.OrdinalIgnoreCase) || local.StartsWith("/assets/", StringComparison.OrdinalIgnoreCase)
        || local.StartsWith("/css/", StringComparison.OrdinalIgnoreCase) || local.StartsWith("/js/", StringComparison.OrdinalIgnoreCase)
        || FileExtension().IsMatch(local);

    /// <summary>
    /// The route pattern a link leads to: the page's own route template when it has parameters ("/Performance/Scorecard/
    /// Indicator/{id}" for every indicator), otherwise the path; the query is ignored. Numeric ids and GUIDs are made one
    /// for any path no template matches.
    /// </summary>
    private string Pattern(string local)
    {
        var query = local.IndexOf('?');
        var path = (query >= 0 ? local[..query] : local).TrimEnd('/');
        if (path.Length == 0) return "/";
        if (Routes.Literal.Contains(path)) return path;
        foreach (var (template, matcher) in Routes.WithParameters)
            if (matcher.TryMatch(path, new RouteValueDictionary())) return template;
        return Id().Replace(path, "/{id}");
    }

    /// <summary>The Hub's page routes: those without parameters by path, the others as templates, fewest parameters first.</summary>
    private (HashSet<string> Literal, List<(string Template, TemplateMatcher Matcher)> WithParameters) Routes => _routes ??= LoadRoutes();
    private (HashSet<string> Literal, List<(string Template, TemplateMatcher Matcher)> WithParameters)? _routes;

    private (HashSet<string> Literal, List<(string Template, TemplateMatcher Matcher)> WithParameters) LoadRoutes()
    {
        var endpoints = host.Hub.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is not null).ToList();
        var literal = endpoints.Where(e => e.RoutePattern.Parameters.Count == 0)
            .Select(e => "/" + e.RoutePattern.RawText!.Trim('/')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var withParameters = endpoints.Where(e => e.RoutePattern.Parameters.Count > 0)
            .OrderBy(e => e.RoutePattern.Parameters.Count).ThenBy(e => e.Order)
            .Select(e => ("/" + e.RoutePattern.RawText!.Trim('/'), new TemplateMatcher(TemplateParser.Parse(e.RoutePattern.RawText!.Trim('/')), new RouteValueDictionary())))
            .ToList();
        return (literal, withParameters);
    }

    [GeneratedRegex("<a\\s[^>]*?href=\"([^\"]*)\"(?![^>]*\\sdownload)")]
    private static partial Regex Href();
    [GeneratedRegex("/([0-9]+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?=/|$)")]
    private static partial Regex Id();
    [GeneratedRegex("\\.(csv|xlsx|docx|pdf|ics|zip|png|jpe?g|svg)(\\?|$)", RegexOptions.IgnoreCase)]
    private static partial Regex FileExtension();
}

/// <summary>The public, a board member and a young person on their phones (the second half), and the width checks' own test.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class PhoneWidthTests(BrowserHost host, ITestOutputHelper output) : PhoneCrawl(host, output)
{
    protected override (string Who, string? Email)[] Readers =>
    [
        ("public", null),
        ("board member", "member@hub.example"),
        ("young person", "youngperson@hub.example"),
    ];

    /// <summary>
    /// The width checks themselves can fail: a page with a 1,000-pixel block is too wide for a phone, in the crawl's
    /// narrowed desktop browser and in the phone emulation the area tests use.
    /// </summary>
    [Fact]
    public async Task The_width_check_finds_a_page_too_wide()
    {
        const string wide = "<html lang=\"en\"><head><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>t</title></head><body><div id=\"wide\" style=\"width:1000px\">wide</div></body></html>";
        await using var context = await NarrowContextAsync();
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(Widths[0], 900);
        await page.SetContentAsync(wide);
        Assert.False(await FitsAsync(page));
        Assert.Contains("div#wide", await OverflowingAsync(page));

        await using var phone = await Host.NewContextAsync(Widths[0]);
        var mobile = await phone.NewPageAsync();
        await mobile.SetContentAsync(wide);
        var failure = await Assert.ThrowsAsync<Xunit.Sdk.TrueException>(() => Accessibility.AssertFitsWidthAsync(mobile, "the wide page"));
        Assert.Contains("the wide page scrolls sideways", failure.Message);
    }
}

/// <summary>The board's staff on their phones (the first half): the officer and a chair, and pages of roles the crawl does not follow.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffPhoneWidthTests(BrowserHost host, ITestOutputHelper output) : PhoneCrawl(host, output)
{
    protected override bool ChecksSharedByReaders => true;

    protected override (string Who, string? Email)[] Readers =>
    [
        ("board officer", "officer@hub.example"),
        ("working-group chair", "chair@hub.example"),
    ];

    protected override (string Who, string Email, string[] Paths)[] AlsoChecked =>
    [
        ("performance analyst", "analyst@hub.example", ["/Performance/Children?Indicator=cla_count&Year=2026", "/Performance/DataQuality", "/Performance/Imports"]),
        ("administrator", "admin@hub.example", ["/Admin/Users", "/Admin/Audit"]),
    ];
}
