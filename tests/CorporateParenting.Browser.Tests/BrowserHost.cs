using System.Net;
using System.Net.Sockets;
using CorporateParenting.Data;
using CorporateParenting.Testing;
using Microsoft.Playwright;

namespace CorporateParenting.Browser.Tests;

/// <summary>
/// The Hub on a real Kestrel port with the demo council, and Debian's Chromium driven by Playwright
/// (no browser download is possible here: the system's /usr/bin/chromium is used).
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly HubFactory _hub;
    private IPlaywright? _playwright;

    public BrowserHost() : this(new HubFactory(DatabaseProvider.Sqlite, settings: PerformanceHub.PerformanceSettings, seededOnce: true)) { }

    /// <summary>A Hub set up differently (single sign-on, say), in its own class fixture.</summary>
    internal BrowserHost(HubFactory hub) => _hub = hub;

    public HubFactory Hub => _hub;

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;

    public static string ArtifactsFolder
    {
        get
        {
            var folder = Path.Combine(Environment.GetEnvironmentVariable("HUB_TEST_ARTIFACTS") ?? Path.GetTempPath(), "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public async Task InitializeAsync()
    {
        var port = FreePort();
        _hub.UseKestrel(port);
        _hub.StartServer();
        BaseUrl = $"http://localhost:{port}";

        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"Browser tests need Debian's Chromium at {ChromiumPath}: run ./scripts/test.sh, which installs it.");
        _playwright = await Playwright.CreateAsync();
        // Expect(...).ToBeVisibleAsync() polls for what a click's new page shows (IsVisibleAsync asks once, and after
        // a form's post it could ask the old page); its ceiling is for a loaded machine, like the page timeouts below.
        Assertions.SetDefaultExpectTimeout(60_000);
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // The machine's network is closed: stop Chromium reaching out to Google at start.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>A desktop-sized page, or a phone-sized one (375 by 740, touch) for pages young people read on their phones.</summary>
    public async Task<IPage> NewPageAsync(bool phone = false)
    {
        var context = await Browser.NewContextAsync(phone
            ? new BrowserNewContextOptions { BaseURL = BaseUrl, ViewportSize = new() { Width = 375, Height = 740 }, IsMobile = true, HasTouch = true }
            : new BrowserNewContextOptions { BaseURL = BaseUrl, ViewportSize = new() { Width = 1280, Height = 900 } });
        // Generous waits: on a loaded 2-core CI machine a sign-in (password hashing) can take seconds.
        // These are ceilings for a hang, not timings under test.
        context.SetDefaultTimeout(120_000);
        context.SetDefaultNavigationTimeout(120_000);
        return await context.NewPageAsync();
    }

    /// <summary>A browser context at a given width (a phone's touch and mobile view below 500 pixels), with the generous waits above.</summary>
    public async Task<IBrowserContext> NewContextAsync(int width)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, ViewportSize = new() { Width = width, Height = 900 }, IsMobile = width < 500, HasTouch = width < 500 });
        context.SetDefaultTimeout(120_000);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        await _hub.DisposeAsync();
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>
/// The browser tests in two halves, each with its own Hub and Chromium: one test at a time keeps only one of the two
/// cores busy (the browser and the server take turns), so the halves run side by side. A class goes in one half for good.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserHost>
{
    public const string Name = "browser";
}

/// <summary>The second half: the public, member and young person phone crawl, and the governance, strategy, corporate parents, Local Offer and annual report journeys.</summary>
[CollectionDefinition(Name)]
public sealed class SecondBrowserCollection : ICollectionFixture<BrowserHost>
{
    public const string Name = "browser (second half)";
}
