using System.Net;
using System.Text.RegularExpressions;
using CorporateParenting.Data;
using CorporateParenting.Data.Audit;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Performance;

/// <summary>
/// The children behind a figure, 50 to a page (ADR 35): the pages together list every child once, the pagination keeps
/// the figure's filters, the CSV still holds the whole list, and each page's read is audited with that page's children.
/// </summary>
public sealed partial class ChildrenPagingTests(PerformanceHub hub) : IClassFixture<PerformanceHub>
{
    private const string List = "/Performance/Children?Indicator=cla_count&Year=2026";

    [Fact]
    public async Task The_pages_list_every_child_once_keep_the_filters_and_the_csv_holds_them_all()
    {
        using var analyst = hub.ClientAs(HubRoles.PerformanceAnalyst);
        var csv = await analyst.GetStringAsync(List + "&handler=Csv");
        var everyone = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]).ToList();
        Assert.True(everyone.Count > 100, $"the demo's cohort spans several pages ({everyone.Count} children)");

        var listed = new List<string>();
        var url = List;
        var pages = 0;
        while (url is not null)
        {
            var html = await analyst.GetStringAsync(url);
            var children = ProfileLink().Matches(html).Select(m => m.Groups[1].Value).ToList();
            Assert.InRange(children.Count, 1, 50);
            listed.AddRange(children);
            pages++;
            var next = NextLink().Match(html);
            url = next.Success ? WebUtility.HtmlDecode(next.Groups[1].Value) : null;
            if (url is not null)
            {
                Assert.Contains("Indicator=cla_count", url);   // the figure's filters go with the page number
                Assert.Contains("Year=2026", url);
                Assert.Contains($"page={pages + 1}", url);
            }
        }

        Assert.Equal((everyone.Count + 49) / 50, pages);
        Assert.Equal(everyone, listed);
    }

    [Fact]
    public async Task A_page_is_audited_with_only_its_own_children()
    {
        using var analyst = hub.ClientAs(HubRoles.PerformanceAnalyst);
        using var response = await analyst.GetAsync(List + "&page=2");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var shown = ProfileLink().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("aria-current=\"page\">2<", html);

        var read = await hub.WithScope(s => s.GetRequiredService<HubDbContext>().AuditEvents
            .Where(e => e.Action == AuditAction.Read && e.EntityType.StartsWith("Children behind cla_count 2026, page 2 of "))
            .OrderByDescending(e => e.Id).FirstAsync());
        var recorded = Regex.Matches(read.NewValues!, "\"([^\"]+)\"").Select(m => m.Groups[1].Value).Where(v => v != "children").ToList();
        Assert.Equal(50, shown.Count);
        Assert.Equal(shown, recorded);
    }

    [GeneratedRegex("href=\"/Performance/Children/Profile/([^\"]+)\"")]
    private static partial Regex ProfileLink();
    [GeneratedRegex("href=\"([^\"]+)\" rel=\"next\"")]
    private static partial Regex NextLink();
}
