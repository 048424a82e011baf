using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace CorporateParenting.Browser.Tests;

public static class Accessibility
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>axe-core's own script, as the Deque package ships it (the package's licence: MPL 2.0).</summary>
    private static readonly Lazy<string> AxeSource = new(() =>
    {
        using var stream = typeof(AxeRunOptions).Assembly.GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")
            ?? throw new InvalidOperationException("axe-core's script is missing from Deque.AxeCore.Commons");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>
    /// Runs axe against WCAG 2.2 AA and fails with every violation named. axe.run is called in the page itself: the
    /// Deque package's RunAxe runs axe in parts and finishes in a new blank page, which cost about two seconds a call
    /// (two fifths of the browser suite), and the Hub's pages have no frames that would need it.
    /// </summary>
    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var violations = await ViolationsAsync(page);
        Assert.True(violations.Length == 0, $"axe found on {page.Url}:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    /// <summary>Each WCAG 2.2 AA violation axe finds on the page, with the elements it found it on.</summary>
    public static async Task<string[]> ViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            await page.EvaluateAsync(AxeSource.Value);
        return await page.EvaluateAsync<string[]>(
            """
            async tags => {
              const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
              return results.violations.map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target.join(' ')).join(', ')}`);
            }
            """, WcagTags);
    }

    public static async Task AssertFitsWidthAsync(IPage page, string? what = null) =>
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= Math.min(window.innerWidth, document.documentElement.clientWidth)"),
            $"{what ?? page.Url} scrolls sideways at {page.ViewportSize?.Width} pixels");

    /// <summary>Signs in through the real form as a demo account and waits for the home page.</summary>
    public static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/Account/SignIn");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(CorporateParenting.Testing.HubFactory.DemoPassword);
        await page.GetByTestId("sign-in").ClickAsync();
        await page.ArrivedAtAsync(new System.Text.RegularExpressions.Regex("/$"));
    }

    /// <summary>A full-page JPEG for a person to look at: Chromium encodes a long page as PNG several times slower.</summary>
    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserHost.ArtifactsFolder, name + ".jpg"), FullPage = true, Type = ScreenshotType.Jpeg, Quality = 85 });
}
