using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace CorporateParenting.Web.Documents;

public sealed class PackOptions
{
    public const string Section = "Pack";
    /// <summary>Debian's Chromium by default; no browser is downloaded.</summary>
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";
    /// <summary>LibreOffice, which turns Word papers into PDF for the merged pack: a full path, or a name looked up on the PATH.</summary>
    public string SofficePath { get; set; } = "soffice";
    /// <summary>How long one paper's conversion may take before it is stopped (and the paper listed, not merged).</summary>
    public TimeSpan ConversionTimeout { get; set; } = TimeSpan.FromSeconds(180);
}

/// <summary>Thrown when the PDF cannot be printed for a reason the user can act on.</summary>
public sealed class PackRenderingException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Where a paper ended up in the merged PDF (pages from 1), or why it is not in it.</summary>
public sealed record PaperInPack(string FileName, int FirstPage, int LastPage, string? Problem)
{
    public bool Merged => Problem is null;
}

/// <summary>The merged pack, the page each section starts on, and where each paper went.</summary>
public sealed record RenderedPack(byte[] Pdf, IReadOnlyDictionary<string, int> Pages, int PageCount, IReadOnlyDictionary<string, PaperInPack> Papers);

/// <summary>
/// Prints the pack's HTML to PDF with headless Chromium, then merges each paper in after its cover
/// sheet (PDFsharp; Word papers converted by <see cref="PaperConverter"/>), ADR 37. Page references are
/// computed after merging: a first print with placeholder numbers tells on which page each section
/// starts (read back with PdfPig); each paper's pages shift the sections after it; a second print fills
/// the real numbers into the contents and the agenda (checked to have kept its layout). When papers are
/// merged, every page is numbered by PDFsharp ("Page X of Y" of the whole pack), the papers' pages too.
/// One browser serves every request; each print gets its own context.
/// </summary>
public sealed class PackPdfRenderer(IOptions<PackOptions> options, PaperConverter converter, PrintedPdfCache printed) : IAsyncDisposable, IDisposable
{
    private readonly SemaphoreSlim _start = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task<(byte[] Pdf, IReadOnlyDictionary<string, int> Pages, int PageCount)> RenderAsync(PackDocument pack, CancellationToken cancellationToken)
    {
        var rendered = await RenderPackAsync(pack, cancellationToken);
        return (rendered.Pdf, rendered.Pages, rendered.PageCount);
    }

    public async Task<RenderedPack> RenderPackAsync(PackDocument pack, CancellationToken cancellationToken)
    {
        var papers = new Dictionary<string, PaperPdf>();
        foreach (var section in pack.Sections)
            if (section.Paper is { } paper) papers[section.Heading] = await converter.ToPdfAsync(paper.FileName, paper.Content, cancellationToken);
        var shown = pack with { Sections = pack.Sections.Select(s => papers.TryGetValue(s.Heading, out var p) ? s with { Blocks = [.. s.Blocks, new PackParagraph(Note(s.Paper!, p))] } : s).ToList() };
        var merging = papers.Values.Any(p => p.Pdf is not null);

        var placeholder = pack.Sections.ToDictionary(s => s.Heading, _ => 888);
        var hub = await PrintAsync(shown, PackHtml.Render(shown, placeholder), numbered: !merging, cancellationToken);
        var starts = SectionPages(hub, pack);
        IReadOnlyDictionary<string, int> pages;
        for (var attempt = 1; ; attempt++)
        {
            pages = Shifted(pack, starts, papers);
            hub = await PrintAsync(shown, PackHtml.Render(shown, pages), numbered: !merging, cancellationToken);
            var printed = SectionPages(hub, pack);
            if (pack.Sections.All(s => printed[s.Heading] == starts[s.Heading])) break;
            if (attempt == 3) throw new PackRenderingException("The pack's page numbers did not settle: the agenda or contents changed length with them.");
            starts = printed;
        }
        if (!merging)
        {
            using var document = PdfDocument.Open(hub);
            return new RenderedPack(hub, pages, document.NumberOfPages, papers.ToDictionary(p => p.Key, p => new PaperInPack(FileNameOf(pack, p.Key), 0, 0, p.Value.Problem)));
        }
        return PackMerger.Merge(shown, hub, starts, pages, papers);
    }

    /// <summary>What the cover sheet says about the paper behind it.</summary>
    private static string Note(PackPaper paper, PaperPdf pdf) => pdf.Problem is null
        ? $"The paper follows this cover sheet: {paper.FileName}, {pdf.Pages} {(pdf.Pages == 1 ? "page" : "pages")}."
        : $"The paper is not printed in this pack: {pdf.Problem}. Read it on the paper's page in the Hub.";

    private static string FileNameOf(PackDocument pack, string heading) => pack.Sections.Single(s => s.Heading == heading).Paper!.FileName;

    /// <summary>Each section's page in the merged pack: its page in the Hub's print, after the papers merged before it.</summary>
    private static Dictionary<string, int> Shifted(PackDocument pack, IReadOnlyDictionary<string, int> starts, IReadOnlyDictionary<string, PaperPdf> papers)
    {
        var shifted = new Dictionary<string, int>();
        var before = 0;
        foreach (var section in pack.Sections)
        {
            shifted[section.Heading] = starts[section.Heading] + before;
            if (papers.TryGetValue(section.Heading, out var paper) && paper.Pdf is not null) before += paper.Pages;
        }
        return shifted;
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

    /// <summary>Unnumbered when papers will be merged in: PDFsharp numbers the whole pack afterwards.</summary>
    /// <summary>The same HTML printed the same way gives the same PDF: a document asked for again is printed once (<see cref="PrintedPdfCache"/>).</summary>
    private Task<byte[]> PrintAsync(PackDocument pack, string html, bool numbered, CancellationToken cancellationToken)
    {
        var footer = System.Net.WebUtility.HtmlEncode(PackMerger.Footer(pack));
        return printed.GetOrPrintAsync(html, $"{footer}\n{numbered}", () => PrintNowAsync(html, footer, numbered, cancellationToken));
    }

    private async Task<byte[]> PrintNowAsync(string html, string footer, bool numbered, CancellationToken cancellationToken)
    {
        var browser = await BrowserAsync();
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, Offline = true });
        var page = await context.NewPageAsync();
        await page.SetContentAsync(html, new PageSetContentOptions { Timeout = 60_000 });
        cancellationToken.ThrowIfCancellationRequested();
        return await page.PdfAsync(new PagePdfOptions
        {
            Format = "A4", PrintBackground = true, PreferCSSPageSize = true, DisplayHeaderFooter = numbered,
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
