using CorporateParenting.Testing;
using Microsoft.Playwright;

namespace CorporateParenting.Browser.Tests;

/// <summary>The strategy in a real browser: a chair runs their action plan, a young person reads the strategy on a phone. Each page checked by axe.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class StrategyTests(BrowserHost host)
{
    private static async Task SignInAsync(IPage page, string host, string account)
    {
        await page.GotoAsync("/Account/SignIn");
        await page.GetByLabel("Email address").FillAsync($"{account}@hub.example");
        await page.GetByLabel("Password").FillAsync(HubFactory.DemoPassword);
        await page.GetByTestId("sign-in").ClickAsync();
        await page.ArrivedAtAsync(host + "/");
    }

    [Fact]
    public async Task A_chair_runs_their_action_plan_and_each_strategy_page_is_accessible()
    {
        var page = await host.NewPageAsync();
        await SignInAsync(page, host.BaseUrl, "chair");

        await page.GotoAsync("/Strategy");
        await Expect(page.GetByText("You chair this").First).ToBeVisibleAsync();
        await Accessibility.ScreenshotAsync(page, "strategy");
        await Accessibility.AssertNoViolationsAsync(page);

        // The demo chair chairs "Learning and work".
        await page.GetByRole(AriaRole.Link, new() { Name = "Learning and work" }).ClickAsync();
        await page.ArrivedAtAsync("**/Strategy/Priorities/Show/**");
        await Accessibility.ScreenshotAsync(page, "strategy-priority");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.Locator("a[href^='/Strategy/Actions/Show/']").First.ClickAsync();
        await page.ArrivedAtAsync("**/Strategy/Actions/Show/**");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add update" }).ClickAsync();
        await Expect(page.GetByText("Enter what has happened since the last update").First).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("What has happened").FillAsync("Tutoring started in three schools.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add update" }).ClickAsync();
        await Expect(page.GetByText("Your update has been added")).ToBeVisibleAsync();
        await Expect(page.GetByText("Tutoring started in three schools.")).ToBeVisibleAsync();
        await Accessibility.ScreenshotAsync(page, "strategy-action");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GotoAsync("/Strategy");
        await page.GetByRole(AriaRole.Link, new() { Name = "Learning and work" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Working-group report for a themed meeting" }).ClickAsync();
        await page.ArrivedAtAsync("**/Strategy/Report/**");
        await Accessibility.ScreenshotAsync(page, "strategy-report");
        await Accessibility.AssertNoViolationsAsync(page);

        foreach (var (path, name) in new[] { ("/Strategy/Achievements", "achievements"), ("/Strategy/Achievements/New", "achievement-new"), ("/Strategy/Recommendations", "recommendations") })
        {
            await page.GotoAsync(path);
            await Accessibility.ScreenshotAsync(page, name);
            await Accessibility.AssertNoViolationsAsync(page);
        }
        await page.Locator("a[href^='/Strategy/Recommendations/Show/']").First.ClickAsync();
        await page.ArrivedAtAsync("**/Strategy/Recommendations/Show/**");
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_board_officer_forms_are_accessible_with_their_errors()
    {
        var page = await host.NewPageAsync();
        await SignInAsync(page, host.BaseUrl, "officer");
        foreach (var (path, button) in new[] { ("/Strategy/Priorities/Edit", "Save priority"), ("/Strategy/Recommendations/Edit", "Save recommendation"), ("/Strategy/Edit", "Save the strategy") })
        {
            await page.GotoAsync(path);
            await Accessibility.AssertNoViolationsAsync(page);
            if (path == "/Strategy/Edit") await page.GetByLabel("Title").FillAsync("");
            await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
            await Expect(page.GetByText("There is a problem")).ToBeVisibleAsync();
            await Accessibility.AssertNoViolationsAsync(page);
        }

        // Taking a working-group report to a meeting: the choice is required, and its error is accessible.
        await page.GotoAsync("/Strategy");
        await page.GetByRole(AriaRole.Link, new() { Name = "Healthy lives" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Working-group report for a themed meeting" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Put on the agenda" }).ClickAsync();
        await Expect(page.GetByText("Select the meeting to take the report to").First).ToBeVisibleAsync();
        await Accessibility.ScreenshotAsync(page, "strategy-report-to-meeting");
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task A_young_person_reads_the_strategy_on_a_phone_and_it_is_accessible()
    {
        var page = await host.NewPageAsync(phone: true);
        await SignInAsync(page, host.BaseUrl, "youngperson");
        await page.GotoAsync("/Strategy/ForYoungPeople");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Our promises to you" })).ToBeVisibleAsync();
        // Nothing wider than the phone: no sideways scrolling.
        await Accessibility.AssertFitsWidthAsync(page);
        await Accessibility.ScreenshotAsync(page, "strategy-young-people-phone");
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
