using CorporateParenting.Testing;
using Microsoft.Playwright;

namespace CorporateParenting.Browser.Tests;

public sealed partial class CorporateParentsTests
{
    /// <summary>
    /// The demo board member, a councillor, on a phone (390 pixels wide): the members' training page with its counts and
    /// filters, then their own record. Each page passes axe and fits the phone.
    /// </summary>
    [Fact]
    public async Task A_member_sees_the_councils_training_and_their_own_record_on_a_phone()
    {
        var page = await host.NewPageAsync(phone: true);
        await page.SetViewportSizeAsync(390, 844);
        await Accessibility.SignInAsync(page, "member@hub.example");

        async Task CheckAsync(string name)
        {
            await Accessibility.AssertFitsWidthAsync(page, name);
            await Accessibility.ScreenshotAsync(page, name);
            await Accessibility.AssertNoViolationsAsync(page);
        }

        await page.GotoAsync("/CorporateParents/Members");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Members and training", Level = 1 })).ToBeVisibleAsync();
        await CheckAsync("corporate-parents-members-phone");

        await page.GetByLabel("Training").SelectOptionAsync("Overdue");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show members" }).ClickAsync();
        await page.ArrivedAtAsync("**Status=Overdue**");
        await Expect(page.GetByText("Induction overdue since").First).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator(".govuk-tag--green").CountAsync());

        await page.GotoAsync("/CorporateParents/Me");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your record as a corporate parent" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Cllr Rhian Patel", new() { Exact = true })).ToBeVisibleAsync();
        await CheckAsync("corporate-parents-me-phone");
    }
}
