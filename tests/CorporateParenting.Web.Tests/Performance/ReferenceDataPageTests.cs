using System.Net;
using System.Text;
using CorporateParenting.Data;
using CorporateParenting.Data.Performance;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Performance;

/// <summary>Benchmarks and the postcode lookup load from CSV whole or not at all, with errors that name the line.</summary>
public sealed class ReferenceDataPageTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private async Task<HttpResponseMessage> UploadAsync(string page, string csv)
    {
        using var client = hub.ClientAs(HubRoles.Administrator);
        return await Forms.PostFilesAsync(client, page, "Upload", [("figures.csv", Encoding.UTF8.GetBytes(csv))]);
    }

    private Task<T> Query<T>(Func<HubDbContext, Task<T>> query) => hub.WithScope(s => query(s.GetRequiredService<HubDbContext>()));

    [Fact]
    public async Task Statistical_neighbour_figures_load_and_a_bad_line_loads_nothing()
    {
        using var bad = await UploadAsync("/Performance/Benchmarks",
            "measure,year_ending_31_march,value,area\ncla_rate_per_10000,2024,71,Statistical neighbours\nplacements_3_or_more,20x4,9,Statistical neighbours\n");
        Assert.Contains("Line 3: year_ending_31_march must be a year such as 2025, not &#x27;20x4&#x27;", await bad.Content.ReadAsStringAsync());
        Assert.Equal(0, await Query(db => db.BenchmarkValues.CountAsync(b => b.Year == 2024 && b.Area == BenchmarkValue.StatisticalNeighbours && b.IndicatorKey == "cla_rate_per_10000")));

        using var good = await UploadAsync("/Performance/Benchmarks",
            "measure,year_ending_31_march,value,area,source\ncla_rate_per_10000,2024,71,Statistical neighbours,SN average\nplacements_3_or_more,2024,9.5,Statistical neighbours,SN average\n");
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var loaded = await Query(db => db.BenchmarkValues.SingleAsync(b => b.Year == 2024 && b.Area == BenchmarkValue.StatisticalNeighbours && b.IndicatorKey == "placements_3_or_more"));
        Assert.Equal((9.5, "SN average"), (loaded.Value, loaded.Source));
    }

    [Fact]
    public async Task A_postcode_lookup_with_a_point_outside_the_uk_is_refused_and_a_good_one_replaces_the_lookup()
    {
        using var bad = await UploadAsync("/Performance/Postcodes",
            "postcode,ward,latitude,longitude,local_authority\nNB1,Abbey,53.0,-1.5,NBC\nNB2,Brook,5.0,-1.5,NBC\n");
        Assert.Contains("Line 3: latitude must be a number between 49 and 61", await bad.Content.ReadAsStringAsync());
        Assert.Equal(0, await Query(db => db.PostcodeAreas.CountAsync()));

        using var good = await UploadAsync("/Performance/Postcodes",
            "postcode,ward,latitude,longitude,local_authority\nnb1 ,Abbey,53.0,-1.5,NBC\nNB2 4XY,Brook,53.01,-1.49,NBC\n");
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Equal(["NB1", "NB2 4XY"], await Query(db => db.PostcodeAreas.OrderBy(p => p.Postcode).Select(p => p.Postcode).ToListAsync()));
    }
}
