using Microsoft.Playwright;

namespace CorporateParenting.Browser.Tests;

/// <summary>The Local Offer in a real browser: the care leavers' page and the staff's, checked by axe and on phones.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed partial class LocalOfferTests(BrowserHost host)
{
    /// <summary>
    /// The public page (no account) and the staff offer pages: axe once per page at desktop width (the draft and the
    /// entitlement form with its errors included), then the width check and screenshots at 390 and 320 pixels.
    /// </summary>
    [Fact]
    public async Task The_Local_Offer_pages_are_accessible_and_fit_a_phone()
    {
        foreach (var (width, suffix) in new[] { (1280, ""), (390, "-phone"), (320, "-320") })
        {
            var context = await host.NewContextAsync(width);
            var page = await context.NewPageAsync();

            await page.GotoAsync("/YoungPeople/LocalOffer");   // no account needed
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Our Local Offer for care leavers", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Accommodation", Level = 2 })).ToBeVisibleAsync();
            await Expect(page.GetByText("Last updated")).ToBeVisibleAsync();
            await Accessibility.ScreenshotAsync(page, "local-offer-public" + suffix);
            if (width > 500) await Accessibility.AssertNoViolationsAsync(page);
            await Accessibility.AssertFitsWidthAsync(page, "/YoungPeople/LocalOffer");

            // An earlier edition, with its notice.
            var firstPublished = await page.Locator("text=Last updated").First.InnerTextAsync();
            await page.GotoAsync($"/YoungPeople/LocalOffer?on={DateTime.UtcNow.AddMonths(-12):yyyy-MM-dd}");
            await Expect(page.GetByText("An earlier offer")).ToBeVisibleAsync();
            Assert.NotEqual(firstPublished, await page.Locator("text=Last updated").First.InnerTextAsync());
            if (width > 500) await Accessibility.AssertNoViolationsAsync(page);
            await Accessibility.AssertFitsWidthAsync(page, "/YoungPeople/LocalOffer?on=");

            await Accessibility.SignInAsync(page, "officer@hub.example");
            foreach (var (path, name) in new[] { ("/LocalOffer", "local-offer-section"), ("/LocalOffer/Entitlements", "local-offer-staff"), ("/LocalOffer/Entitlements/Editions", "local-offer-editions"), ("/LocalOffer/Pledges", "local-offer-pledges") })
            {
                await page.GotoAsync(path);
                await Accessibility.ScreenshotAsync(page, name + suffix);
                if (width > 500) await Accessibility.AssertNoViolationsAsync(page);
                await Accessibility.AssertFitsWidthAsync(page, path);
            }
            if (width > 500)
            {
                // The draft and the entitlement form with its errors; the draft is thrown away after, so other tests see the offer as seeded.
                await page.GotoAsync("/LocalOffer/Entitlements/Draft");
                await page.GetByRole(AriaRole.Button, new() { Name = "Start a new edition" }).ClickAsync();
                await Expect(page.GetByText("started as a copy of the published offer")).ToBeVisibleAsync();
                await Accessibility.ScreenshotAsync(page, "local-offer-draft");
                await Accessibility.AssertNoViolationsAsync(page);
                await page.GotoAsync("/LocalOffer/Entitlements/EditEntitlement");
                await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Free haircut before an interview");
                await page.GetByRole(AriaRole.Button, new() { Name = "Add the entitlement" }).ClickAsync();
                await Expect(page.GetByText("There is a problem")).ToBeVisibleAsync();
                Assert.Equal("Free haircut before an interview", await page.GetByLabel("Title", new() { Exact = true }).InputValueAsync());
                await Accessibility.ScreenshotAsync(page, "local-offer-entitlement-errors");
                await Accessibility.AssertNoViolationsAsync(page);
                await page.GotoAsync("/LocalOffer/Entitlements/Publish");
                await Accessibility.AssertNoViolationsAsync(page);
                await page.GotoAsync("/LocalOffer/Entitlements/Draft");
                await page.GetByRole(AriaRole.Button, new() { Name = "Discard the draft" }).ClickAsync();
                await page.ArrivedAtAsync("**/LocalOffer/Entitlements");
                await page.GotoAsync("/LocalOffer/Pledges/Edit");
                await page.GetByRole(AriaRole.Button, new() { Name = "Save the pledge" }).ClickAsync();
                await Expect(page.GetByText("Enter the department or partner making the pledge").First).ToBeVisibleAsync();
                await Accessibility.AssertNoViolationsAsync(page);
            }
            await context.CloseAsync();
        }
    }
}
