using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace CorporateParenting.Web.Documents;

public sealed class PackOptions
{
    public const string Section = "Pack";
    /// <summary>Debian's Chromium by default; no browser is downloaded.</summary>
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";
}

/// <summary>Thrown when the PDF cannot be printed for a reason the user can act on.</summary>
public sealed class PackRenderingException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Prints the pack's HTML to PDF with headless Chromium, twice: the first print tells on which page
/// each section starts (read back with PdfPig), the second fills those numbers into the contents.
/// The contents take one page either way, so the numbers cannot shift between the prints.
/// One browser serves every request; each print gets its own context.
/// </summary>
public sealed class PackPdfRenderer(IOptions<PackOptions> options) : IAsyncDisposable, IDisposable
{
    private readonly SemaphoreSlim _start = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task<(byte[] Pdf, IReadOnlyDictionary<string, int> Pages, int PageCount)> RenderAsync(PackDocument pack, CancellationToken cancellationToken)
    {
        var draft = await PrintAsync(pack, PackHtml.Render(pack, null), cancellationToken);
        var pages = SectionPages(draft, pack);
        var pdf = await PrintAsync(pack, PackHtml.Render(pack, pages), cancellationToken);
        using var document = PdfDocument.Open(pdf);
        return (pdf, pages, document.NumberOfPages);
    }

    /// <summary>
    /// Every section heading is the largest text on the page that starts it (the cover's title aside),
    /// so the pages carrying text of that size, after the contents, are the sections' first pages in order.
    /// </summary>
    public static IReadOnlyDictionary<string, int> SectionPages(byte[] pdf, PackDocument pack)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().ToList();
        var headingSize = pages.Skip(1).SelectMany(p => p.Letters).Select(l => Math.Round(l.PointSize, 1)).DefaultIfEmpty().Max();
        var starts = pages.Skip(2).Where(p => p.Letters.Any(l => Math.Round(l.PointSize, 1) == headingSize)).Select(p => p.Number).ToList();
        if (starts.Count != pack.Sections.Count)
            throw new PackRenderingException($"The pack's layout could not be read back: {starts.Count} section pages found for {pack.Sections.Count} sections.");
        return pack.Sections.Select((s, i) => (s.Heading, starts[i])).ToDictionary(x => x.Heading, x => x.Item2);
    }

    private async Task<byte[]> PrintAsync(PackDocument pack, string html, CancellationToken cancellationToken)
    {
        var browser = await BrowserAsync();
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, Offline = true });
        var page = await context.NewPageAsync();
        await page.SetContentAsync(html, new PageSetContentOptions { Timeout = 60_000 });
        cancellationToken.ThrowIfCancellationRequested();
        var footer = System.Net.WebUtility.HtmlEncode(pack.Title + (pack.Restricted ? " · RESTRICTED" : ""));
        return await page.PdfAsync(new PagePdfOptions
        {
            Format = "A4", PrintBackground = true, PreferCSSPageSize = true, DisplayHeaderFooter = true,
            HeaderTemplate = "<span></span>",
            FooterTemplate = $"<div style=\"font-family: Arial, sans-serif; font-size: 8pt; width: 100%; margin: 0 18mm; display: flex; justify-content: space-between;\"><span>{footer}</span><span>Page <span class=\"pageNumber\"></span> of <span class=\"totalPages\"></span></span></div>",
        });
    }

    private async Task<IBrowser> BrowserAsync()
    {
        if (_browser is { IsConnected: true }) return _browser;
        await _start.WaitAsync();
        try
        {
            if (_browser is { IsConnected: true }) return _browser;
            var path = options.Value.ChromiumPath;
            if (!File.Exists(path))
                throw new PackRenderingException($"PDF packs need Chromium at {path}: install Debian's chromium package, or set Pack:ChromiumPath. The Word pack works without it.");
            _playwright ??= await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = path, Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
            });
            return _browser;
        }
        finally { _start.Release(); }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        _start.Dispose();
    }

    /// <summary>A container disposed synchronously (a test host, a console command) refuses async-only singletons.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
