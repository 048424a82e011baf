using CorporateParenting.Data;
using CorporateParenting.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CorporateParenting.Browser.Tests;

public sealed partial class VoiceTests
{
    /// <summary>The board's Pledge page and the young people's, each checked by axe, on a desktop and on a 390-pixel phone.</summary>
    [Fact]
    public async Task The_Pledge_pages_are_accessible_and_fit_a_phone()
    {
        foreach (var (width, suffix) in new[] { (1280, ""), (390, "-phone") })
        {
            var context = await host.NewContextAsync(width);
            var page = await context.NewPageAsync();

            await page.GotoAsync("/YoungPeople/Pledge");   // no account needed
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Our Pledge to you" })).ToBeVisibleAsync();
            await Expect(page.GetByText("0800 1111").First).ToBeVisibleAsync();
            await Accessibility.ScreenshotAsync(page, "pledge-young-people" + suffix);
            // axe once, at desktop width: the phone pass checks the width and takes the screenshots (the suite's time).
            if (width > 500) await Accessibility.AssertNoViolationsAsync(page);
            await Accessibility.AssertFitsWidthAsync(page, "/YoungPeople/Pledge");

            await Accessibility.SignInAsync(page, "participation@hub.example");
            foreach (var (path, name) in new[] { ("/Voice/Pledge", "pledge"), ("/Voice/Pledge/History", "pledge-history") })
            {
                await page.GotoAsync(path);
                await Accessibility.ScreenshotAsync(page, name + suffix);
                if (width > 500) await Accessibility.AssertNoViolationsAsync(page);
                await Accessibility.AssertFitsWidthAsync(page, path);
            }
            if (width > 500)
            {
                await page.GotoAsync("/Voice/Pledge/Edit");
                await page.GetByLabel("Title").FillAsync("");
                await page.GetByRole(AriaRole.Button, new() { Name = "Make the new version" }).ClickAsync();
                await Expect(page.GetByText("There is a problem")).ToBeVisibleAsync();
                await Accessibility.AssertNoViolationsAsync(page);
                await page.GotoAsync("/Voice/Pledge");
                await page.Locator("a[href^='/Voice/Pledge/Links/']").First.ClickAsync();
                await page.ArrivedAtAsync("**/Voice/Pledge/Links/**");
                await Accessibility.ScreenshotAsync(page, "pledge-links");
                await Accessibility.AssertNoViolationsAsync(page);

                // The cover sheet's choice of promises, with its errors: the participation officer owns the youth groups' papers.
                var paperId = await host.Hub.WithScopeAsync(s => s.GetRequiredService<HubDbContext>().ReportRequests
                    .Where(r => r.OwnerEmail == "participation@hub.example").Select(r => r.Id).FirstAsync());
                await page.GotoAsync($"/Governance/Papers/Submit/{paperId}");
                await page.Locator("input[name='Sheet.Promises[0].Chosen']").CheckAsync();
                await page.GetByRole(AriaRole.Button, new() { Name = "Send the paper" }).ClickAsync();
                await Expect(page.GetByText("Enter how the report honours this promise").First).ToBeVisibleAsync();
                await Accessibility.ScreenshotAsync(page, "pledge-cover-sheet");
                await Accessibility.AssertNoViolationsAsync(page);
            }
            await context.CloseAsync();
        }
    }
}
