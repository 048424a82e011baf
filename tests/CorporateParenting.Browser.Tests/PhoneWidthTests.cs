using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CorporateParenting.Browser.Tests;

/// <summary>
/// Every page on a phone (issue 18, ADR 35): each reader follows the links from their home page, as the web tests' crawl
/// does, and every distinct page must fit a 320- and a 390-pixel viewport without scrolling sideways. A page is checked at
/// both widths once loaded (the viewport is narrowed, then widened); every page too wide is named before the test fails.
/// No axe here: the area tests run axe on their pages.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PhoneWidthTests(BrowserHost host, ITestOutputHelper output)
{
    private static readonly int[] Widths = [320, 390];

    /// <summary>Whoever reads the Hub on a phone: the public (no sign-in), then the board's readers.</summary>
    private static readonly (string Who, string? Email)[] Readers =
    [
        ("public", null),
        ("board member", "member@hub.example"),
        ("young person", "youngperson@hub.example"),
        ("board officer", "officer@hub.example"),
        ("working-group chair", "chair@hub.example"),
    ];

    /// <summary>Where the public crawl starts: the public pages are not linked from the sign-in page.</summary>
    private static readonly string[] PublicStarts =
        ["/", "/YoungPeople/LocalOffer", "/YoungPeople/YouSaidWeDid", "/YoungPeople/Pledge", "/YoungPeople/WhatYouToldUs", "/YoungPeople/Survey", "/accessibility"];

    /// <summary>A ceiling for a crawl that runs away (a link that makes new patterns without end), not an expected count.</summary>
    private const int MostPagesPerReader = 250;

    [Fact]
    public async Task Every_page_each_reader_reaches_fits_a_320_and_a_390_pixel_phone()
    {
        var clock = Stopwatch.StartNew();
        var tooWide = new List<string>();
        var visits = new List<string>();
        foreach (var (who, email) in Readers)
        {
            await using var context = await NarrowContextAsync();
            var page = await context.NewPageAsync();
            if (email is not null) await Accessibility.SignInAsync(page, email);
            var (pages, wide) = await CrawlAsync(page, who, email is null ? PublicStarts : ["/"]);
            visits.Add($"{who}: {pages} pages, {wide.Count} too wide");
            tooWide.AddRange(wide);
        }
        output.WriteLine($"{string.Join("; ", visits)}; {clock.Elapsed.TotalSeconds:0} s");
        Assert.True(tooWide.Count == 0, $"{tooWide.Count} page widths scroll sideways:{Environment.NewLine}{string.Join(Environment.NewLine, tooWide)}");
    }

    /// <summary>The width check itself can fail: a page with a 1,000-pixel block is too wide for a phone.</summary>
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

        await using var phone = await host.NewContextAsync(Widths[0]);
        var mobile = await phone.NewPageAsync();
        await mobile.SetContentAsync(wide);
        output.WriteLine("mobile emulation: " + await mobile.EvaluateAsync<string>("() => JSON.stringify({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth, client: document.documentElement.clientWidth, screen: screen.width, visual: visualViewport.width })"));
    }

    /// <summary>
    /// A desktop browser narrowed to a phone's width. Not Chromium's mobile emulation: there a page wider than the screen
    /// widens the layout viewport to fit (window.innerWidth becomes the page's width), so no page would ever scroll sideways.
    /// </summary>
    private async Task<IBrowserContext> NarrowContextAsync()
    {
        var context = await host.NewContextAsync(1280);
        context.SetDefaultNavigationTimeout(120_000);
        return context;
    }

    /// <summary>Breadth first from the start pages, each route pattern once; returns the pages seen and those too wide at any width.</summary>
    private async Task<(int Pages, List<string> TooWide)> CrawlAsync(IPage page, string who, IEnumerable<string> starts)
    {
        var origin = new Uri(host.BaseUrl);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var queue = new Queue<string>();
        foreach (var start in starts) if (seen.Add(Pattern(start))) queue.Enqueue(start);
        var tooWide = new List<string>();
        var pages = 0;
        while (queue.Count > 0 && pages < MostPagesPerReader)
        {
            var url = queue.Dequeue();
            if (page.ViewportSize?.Width != Widths[0]) await page.SetViewportSizeAsync(Widths[0], 900);
            IResponse? response;
            try { response = await page.GotoAsync(url); }
            catch (PlaywrightException e) when (e.Message.Contains("Download is starting", StringComparison.Ordinal)) { continue; }
            if (response is null || !(response.Headers.TryGetValue("content-type", out var type) && type.StartsWith("text/html", StringComparison.Ordinal))) continue;
            pages++;
            var path = new Uri(page.Url).PathAndQuery;
            foreach (var width in Widths)
            {
                if (width != Widths[0]) await page.SetViewportSizeAsync(width, 900);
                if (await FitsAsync(page)) continue;
                tooWide.Add($"{who}: {path} at {width} px (too wide: {await OverflowingAsync(page)})");
                await Accessibility.ScreenshotAsync(page, $"too-wide-{width}-{Regex.Replace(path, "[^A-Za-z0-9]+", "-").Trim('-')}");
            }
            var links = await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('a[href]:not([download])'), a => a.href)");
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

    private static Task<bool> FitsAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");

    /// <summary>
    /// Where the overflow starts, to say what to fix: the outermost elements reaching past the viewport's right edge whose
    /// parent does not, outside any box that scrolls or clips. At most three.
    /// </summary>
    private static Task<string> OverflowingAsync(IPage page) => page.EvaluateAsync<string>(
        """
        () => {
          const edge = window.innerWidth + 0.5, found = [];
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

    /// <summary>The route pattern: the path without its query, numeric ids and GUIDs in any segment made one.</summary>
    internal static string Pattern(string local)
    {
        var query = local.IndexOf('?');
        var path = (query >= 0 ? local[..query] : local).TrimEnd('/');
        return Id().Replace(path, "/{id}");
    }

    [GeneratedRegex("/([0-9]+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?=/|$)")]
    private static partial Regex Id();
    [GeneratedRegex("\\.(csv|xlsx|docx|pdf|ics|zip|png|jpe?g|svg)(\\?|$)", RegexOptions.IgnoreCase)]
    private static partial Regex FileExtension();
}
