using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CorporateParenting.Browser.Tests;

public static class Accessibility
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>Runs axe against WCAG 2.2 AA and fails with every violation named.</summary>
    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var results = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] } });
        var violations = results.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}").ToList();
        Assert.True(violations.Count == 0, $"axe found on {page.Url}:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    /// <summary>Fails when the page is wider than its viewport (it would scroll sideways on a phone).</summary>
    public static async Task AssertFitsWidthAsync(IPage page, string? what = null) =>
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"),
            $"{what ?? page.Url} scrolls sideways at {page.ViewportSize?.Width} pixels");

    /// <summary>Signs in through the real form as a demo account and waits for the home page.</summary>
    public static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/Account/SignIn");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(CorporateParenting.Testing.HubFactory.DemoPassword);
        await page.GetByTestId("sign-in").ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/$"));
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserHost.ArtifactsFolder, name + ".png"), FullPage = true });
}
