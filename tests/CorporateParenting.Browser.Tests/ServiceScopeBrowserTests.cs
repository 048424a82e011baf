using CorporateParenting.Testing;
using Microsoft.Playwright;

namespace CorporateParenting.Browser.Tests;

/// <summary>The services pages (administrator) and a scoped list of children (service manager), with axe (ADR 14).</summary>
[Collection(BrowserCollection.Name)]
public sealed class ServiceScopeBrowserTests(BrowserHost host)
{
    private async Task<IPage> SignedInAsync(string account)
    {
        var page = await host.NewPageAsync();
        await Accessibility.SignInAsync(page, $"{account}@hub.example");
        return page;
    }

    [Fact]
    public async Task The_services_pages_are_accessible_and_a_mistake_is_explained()
    {
        var page = await SignedInAsync("admin");
        await page.GotoAsync("/Admin/Services");
        await Accessibility.ScreenshotAsync(page, "services");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Fostering" }).ClickAsync();
        Assert.True(await page.GetByLabel("Name of the service").InputValueAsync() == "Fostering");
        Assert.True(await page.Locator("#Input_PlacementCodes_U4").IsCheckedAsync());
        await Accessibility.ScreenshotAsync(page, "service-edit");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GotoAsync("/Admin/Services/Edit");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save service" }).ClickAsync();
        await Expect(page.GetByText("Select which children the service serves").First).ToBeVisibleAsync();
        await Accessibility.ScreenshotAsync(page, "service-errors");
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_demo_service_manager_sees_the_fostering_children_behind_a_figure()
    {
        var page = await SignedInAsync("manager");
        await page.GotoAsync("/Performance/Children?Indicator=cla_count&Year=2026");

        Assert.Contains("Fostering", await page.GetByTestId("service-scope").InnerTextAsync());
        await Accessibility.ScreenshotAsync(page, "children-scoped");
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
