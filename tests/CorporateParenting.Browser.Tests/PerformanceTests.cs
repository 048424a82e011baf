using CorporateParenting.Testing;
using Microsoft.Playwright;

namespace CorporateParenting.Browser.Tests;

/// <summary>The scorecard and the analyst's 903 pages in a real browser, each checked by axe and photographed.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PerformanceTests(BrowserHost host)
{
    private async Task<IPage> SignedInAsync(string account)
    {
        var page = await host.NewPageAsync();
        await Accessibility.SignInAsync(page, $"{account}@hub.example");
        return page;
    }

    [Fact]
    public async Task An_analyst_works_through_the_performance_pages_and_each_is_accessible()
    {
        var page = await SignedInAsync("analyst");
        foreach (var (path, name) in new[]
        {
            ("/Performance/Scorecard", "scorecard-analyst"),
            ("/Performance/Scorecard/Indicator/placements_3_or_more?Dimension=Ward", "indicator"),
            ("/Performance/Children?Indicator=placements_3_or_more&Year=2026&CountedOnly=true", "children-behind"),
            ("/Performance/Imports", "imports"),
            ("/Performance/DataQuality", "data-quality"),
            ("/Performance/Indicators/Settings/long_term_stability", "indicator-settings"),
            ("/Performance/Indicators/Values/local_pep_on_time", "local-values"),
            ("/Performance/Indicators/New", "local-new"),
            ("/Performance/Published/Publish?Year=2026", "publish"),
            ("/Performance/Benchmarks", "benchmarks"),
            ("/Performance/Postcodes", "postcodes"),
            ("/Performance/Indicators", "indicator-library"),
            ("/Performance/DataQuality/Rule?Year=2026&Code=442", "data-quality-rule"),
            ("/Performance/Scorecard/Print", "scorecard-print"),
        })
        {
            await page.GotoAsync(path);
            await Accessibility.ScreenshotAsync(page, name);
            await Accessibility.AssertNoViolationsAsync(page);
        }

        // The demo's latest return has a few recording slips (DemoPerformanceSeeder), so a rule's page lists rows.
        var rule = await page.GotoAsync("/Performance/DataQuality/Rule?Year=2026&Code=442");
        Assert.Equal(200, rule!.Status);

        await page.GotoAsync("/Performance/Children?Indicator=placements_3_or_more&Year=2026&CountedOnly=true");
        await page.Locator("a[href^='/Performance/Children/Profile/']").First.ClickAsync();
        await page.ArrivedAtAsync("**/Performance/Children/Profile/**");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Episodes of care" })).ToBeVisibleAsync();
        await Accessibility.ScreenshotAsync(page, "child-profile");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GotoAsync("/Performance/Indicators/Settings/long_term_stability");
        await page.GetByLabel("Target (%)").FillAsync("72");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByText("Say why the target or tolerance is changing").First).ToBeVisibleAsync();
        Assert.Equal("72", await page.GetByLabel("Target (%)").InputValueAsync());
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task A_board_member_sees_the_suppressed_scorecard_and_no_route_to_children()
    {
        var page = await SignedInAsync("member");
        await page.GotoAsync("/Performance/Scorecard/Indicator/cla_count?Dimension=PlacementType");
        Assert.Equal(0, await page.GetByText("See the children behind this figure").CountAsync());
        Assert.True(await page.Locator("td", new() { HasTextString = "c" }).CountAsync() > 0);
        await Accessibility.ScreenshotAsync(page, "indicator-member");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GotoAsync("/Performance/Scorecard");
        await Accessibility.ScreenshotAsync(page, "scorecard-member");
        await Accessibility.AssertNoViolationsAsync(page);

        // The member's view of one indicator (issue 18): plain words, how we compare, the trend with its years.
        const string indicator = "/Performance/Scorecard/Indicator/oc2_dental_check";
        await page.GotoAsync(indicator);
        await Expect(page.GetByText("What good looks like:")).ToBeVisibleAsync();
        await Expect(page.GetByText("How we compare:")).ToBeVisibleAsync();
        Assert.Equal(0, await page.GetByText("TEETH_CHECK").CountAsync());
        await Accessibility.ScreenshotAsync(page, "indicator-member-plain");
        await Accessibility.AssertNoViolationsAsync(page);

        await using var phone = await host.NewContextAsync(390);
        var small = await phone.NewPageAsync();
        await Accessibility.SignInAsync(small, "member@hub.example");
        await small.GotoAsync(indicator);
        await Accessibility.ScreenshotAsync(small, "indicator-member-plain-390");
        await Accessibility.AssertFitsWidthAsync(small, "a member's indicator page");
    }
}
