using System.Reflection;
using CorporateParenting.Data;
using CorporateParenting.Data.LocalOffer;
using CorporateParenting.Testing;
using CorporateParenting.Web.Features.Demo.LocalOffer;
using CorporateParenting.Web.Features.LocalOffer.Uptake;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.LocalOffer;

/// <summary>The demo's uptake follows whatever keys the offer has: two complete financial years, seed 001's figures, some counts of 1 to 5.</summary>
public sealed class DemoUptakeSeederTests(DemoHub hub) : IClassFixture<DemoHub>
{
    [Fact]
    public async Task Uptake_is_seeded_for_the_keys_in_the_database_with_seed_001s_figures_and_some_small_counts()
    {
        string[] keys = ["council-tax-exemption", "leisure-pass", .. Enumerable.Range(1, 24).Select(i => $"demo-test-{i}")];
        var rows = await hub.WithScope(async s =>
        {
            var db = s.GetRequiredService<HubDbContext>();
            db.OfferUptake.RemoveRange(db.OfferUptake);   // the uptake part alone, on keys of this test's choosing
            var version = new LocalOfferVersion { Number = (await db.LocalOfferVersions.MaxAsync(v => (int?)v.Number) ?? 0) + 1, Introduction = "x" };
            version.Entitlements.AddRange(keys.Select((k, i) => new OfferEntitlement { Key = k, Title = k, Area = (OfferArea)(i % 6), Description = "d", Provider = "p", HowToGet = "h", Contact = "c" }));
            db.LocalOfferVersions.Add(version);
            await db.SaveChangesAsync();
            var seeder = new DemoLocalOfferSeeder(db, TimeProvider.System);
            await (Task)typeof(DemoLocalOfferSeeder).GetMethod("SeedUptakeAsync", BindingFlags.NonPublic | BindingFlags.Instance)!.Invoke(seeder, [CancellationToken.None])!;
            return await db.OfferUptake.AsNoTracking().ToListAsync();
        });

        var latest = FinancialYear.LastComplete(DateOnly.FromDateTime(DateTime.UtcNow));
        Assert.All(rows, r => Assert.Contains(FinancialYear.Of(r.PeriodStart), new[] { latest - 1, latest }));
        var ours = rows.Where(r => keys.Contains(r.EntitlementKey)).ToList();
        Assert.True(ours.Select(r => r.EntitlementKey).Distinct().Count() >= keys.Length * 3 / 4, "most entitlements have uptake");
        Assert.Contains(ours, r => r is { EntitlementKey: "council-tax-exemption", YoungPeople: 53, Value: 18_629.84m } && FinancialYear.Of(r.PeriodStart) == latest);
        Assert.Contains(ours, r => r is { EntitlementKey: "leisure-pass", YoungPeople: 464 } && FinancialYear.Of(r.PeriodStart) == latest);
        Assert.Contains(ours, r => r.YoungPeople is >= 1 and <= 5);
        Assert.All(ours, r => Assert.True(r.YoungPeople >= 0 && r.Value >= 0));
        Assert.True(ours.Count(r => FinancialYear.Of(r.PeriodStart) == latest - 1) > keys.Length / 2, "two years for most");
    }
}
