using CorporateParenting.Data;
using CorporateParenting.Data.LocalOffer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CorporateParenting.Browser.Tests;

public sealed partial class LocalOfferTests
{
    /// <summary>
    /// Uptake and value as a board member sees it: small counts as "c", the trend table with its bars, axe at desktop
    /// width, then the same page on a 390-pixel phone for its width and screenshots.
    /// </summary>
    [Fact]
    public async Task A_member_reads_uptake_and_value_with_small_counts_hidden_on_a_desktop_and_a_phone()
    {
        await EnsureUptakeAsync();
        foreach (var (width, suffix) in new[] { (1280, ""), (390, "-phone") })
        {
            var context = await host.NewContextAsync(width);
            var page = await context.NewPageAsync();
            await Accessibility.SignInAsync(page, "member@hub.example");

            await page.GotoAsync("/LocalOffer/Uptake");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Uptake and value", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.GetByTestId("suppression-note")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("young-people").GetByText("c", new() { Exact = true }).First).ToBeVisibleAsync();
            await Expect(page.Locator("meter").First).ToBeVisibleAsync();
            await Accessibility.ScreenshotAsync(page, "local-offer-uptake" + suffix);
            if (width > 500) await Accessibility.AssertNoViolationsAsync(page);
            await Accessibility.AssertFitsWidthAsync(page, "/LocalOffer/Uptake");
            await context.CloseAsync();
        }
    }

    /// <summary>The demo's uptake when the offer is seeded; otherwise a small offer of this test's own, with a count of 1 to 5 and two years.</summary>
    private async Task EnsureUptakeAsync() => await host.Hub.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<HubDbContext>();
        if (await db.OfferUptake.AnyAsync(u => u.YoungPeople >= 1 && u.YoungPeople <= 5)) return 0;
        var version = new LocalOfferVersion { Number = (await db.LocalOfferVersions.MaxAsync(v => (int?)v.Number) ?? 0) + 1, Introduction = "Browser test edition" };
        OfferEntitlement E(string key, string title, OfferArea area) => new() { Key = key, Title = title, Area = area, Description = "d", Provider = "p", HowToGet = "h", Contact = "c" };
        version.Entitlements.AddRange([E("browser-tax", "Council tax exemption", OfferArea.Accommodation), E("browser-deposit", "Rent deposit", OfferArea.Accommodation),
            E("browser-furniture", "Furniture grant", OfferArea.Accommodation), E("browser-leisure", "Leisure pass", OfferArea.HealthAndWellbeing)]);
        db.LocalOfferVersions.Add(version);
        OfferUptake U(string key, int year, int people, decimal value) => new() { EntitlementKey = key, PeriodStart = new(year, 4, 1), PeriodEnd = new(year + 1, 3, 31), YoungPeople = people, Value = value, RecordedBy = "test" };
        var year = (DateTime.UtcNow.Month >= 4 ? DateTime.UtcNow.Year : DateTime.UtcNow.Year - 1) - 1;
        db.OfferUptake.AddRange(U("browser-tax", year, 53, 18_629.84m), U("browser-tax", year - 1, 48, 16_870.20m), U("browser-deposit", year, 3, 1_500m),
            U("browser-furniture", year, 40, 20_000m), U("browser-furniture", year - 1, 36, 18_000m), U("browser-leisure", year, 464, 55_680m), U("browser-leisure", year - 1, 431, 51_720m));
        return await db.SaveChangesAsync();
    });
}
