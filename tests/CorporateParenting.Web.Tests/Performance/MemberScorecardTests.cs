using System.Net;
using System.Text.RegularExpressions;
using CorporateParenting.Data;
using CorporateParenting.Data.Performance;
using CorporateParenting.Ssda903.Measures;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Disclosure;
using CorporateParenting.Web.Features.Performance.Indicators;
using CorporateParenting.Web.Features.Performance.Scorecard;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Performance;

/// <summary>The scorecard as a councillor reads it (issue 18): headline figures shown, plain words, natural order, council-sized comparisons.</summary>
public sealed partial class MemberScorecardTests(PerformanceHub hub) : IClassFixture<PerformanceHub>
{
    [Fact]
    public async Task The_latest_count_of_children_looked_after_is_shown_to_members_when_it_is_not_small()
    {
        var (card, stored) = await hub.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<HubDbContext>();
            var card = await s.GetRequiredService<ScorecardBuilder>().BuildAsync(null, suppress: true);
            var id = await db.Indicators.Where(i => i.Key == "cla_count").Select(i => i.Id).SingleAsync();
            return (card, await db.IndicatorValues.SingleAsync(v => v.IndicatorId == id && v.Year == card.Year && v.Dimension == ""));
        });

        Assert.False(SmallNumbers.IsSmall(stored.Numerator));
        var line = card.Lines.Single(l => l.Key == "cla_count");
        Assert.False(line.This.Suppressed, $"the {card.Year} count of children looked after ({stored.Numerator}) is hidden from members");
        Assert.Equal(Figures.Count(stored.Numerator), line.This.Text);
    }

    [Fact]
    public async Task Similar_councils_is_the_neighbours_median_so_a_count_is_council_sized()
    {
        var (card, neighbours) = await hub.WithScopeAsync(async s =>
            (await s.GetRequiredService<ScorecardBuilder>().BuildAsync(null, suppress: true),
             await s.GetRequiredService<HubDbContext>().BenchmarkValues.AsNoTracking().Where(b => b.Area.StartsWith(BenchmarkValue.NeighbourPrefix)).ToListAsync()));

        var count = card.Lines.Single(l => l.Key == "cla_count");
        var shown = double.Parse(count.Neighbours.Split(' ')[0].Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(shown, 1, 1_999);
        var england = double.Parse(count.England.Split(' ')[0].Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(england > 10 * shown, $"similar councils {shown} beside England {england}");

        // The rate is the median of the ten neighbours' rates of the latest year loaded, not their sum or England's.
        var rates = neighbours.Where(b => b.IndicatorKey == "cla_rate_per_10000").ToList();
        var latest = rates.Max(b => b.Year);
        var ofYear = rates.Where(b => b.Year == latest).Select(b => b.Value).Order().ToList();
        Assert.Equal(10, ofYear.Count);
        var median = (ofYear[4] + ofYear[5]) / 2;
        var rate = card.Lines.Single(l => l.Key == "cla_rate_per_10000");
        Assert.StartsWith(Figures.Format(median, rate.Unit), rate.Neighbours);
        Assert.NotEqual(ofYear.Sum(), median);
    }

    [Fact]
    public void The_median_of_an_even_and_an_odd_number_of_neighbours()
    {
        Assert.Equal(3, SimilarCouncils.Median([5, 1, 3]));
        Assert.Equal(2.5, SimilarCouncils.Median([4, 1, 3, 2]));
    }

    [Fact]
    public async Task Age_bands_come_in_their_natural_order_with_not_known_last()
    {
        var groups = await hub.WithScopeAsync(async s =>
        {
            var indicator = await s.GetRequiredService<HubDbContext>().Indicators.AsNoTracking().SingleAsync(i => i.Key == "cla_count");
            var card = await s.GetRequiredService<ScorecardBuilder>().BuildAsync(null, suppress: true);
            return (await s.GetRequiredService<ScorecardBuilder>().BreakdownAsync(indicator, card.Year, nameof(Dimension.AgeBand), suppress: true)).Groups;
        });

        string[] natural = ["Under 1", "1 to 4", "5 to 9", "10 to 15", "16 to 17", "18 and over", "Not known"];
        var shown = groups.Select(g => g.Group).ToList();
        Assert.True(shown.Count >= 4, string.Join(", ", shown));
        Assert.Equal(natural.Where(shown.Contains), shown);
    }

    [Fact]
    public void A_point_of_the_trend_chart_sits_over_its_years_label()
    {
        var points = Enumerable.Range(2022, 5).Select(y => new ShownFigure(y, y - 2000, "", "", "", false)).ToList();

        var svg = TrendChart.Svg(points, "test", 480, 180, yearLabels: true);

        var circles = Regex.Matches(svg, "<circle cx=\"([0-9.]+)\"").Select(m => m.Groups[1].Value).ToList();
        var labels = Regex.Matches(svg, "<text x=\"([0-9.]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(5, circles.Count);
        Assert.Equal(circles, labels);
        Assert.Contains(">2021-22</text>", svg);
    }

    /// <summary>
    /// Every indicator's page and the scorecard as a member reads them: none of the catalogue's field names, codes or
    /// measure keys (taken from the technical definitions themselves, so a new one is caught) appears in the text.
    /// </summary>
    [Fact]
    public async Task A_member_reads_no_field_name_or_code_on_any_indicator_page_the_scorecard_or_its_print_view()
    {
        var tokens = CodeTokens().ToHashSet(StringComparer.Ordinal);
        Assert.Contains("TEETH_CHECK", tokens);
        Assert.Contains("V3", tokens);
        Assert.Contains("SSDA903", tokens);
        var keys = await hub.WithScopeAsync(s => s.GetRequiredService<HubDbContext>().Indicators.Select(i => i.Key).ToListAsync());
        Assert.All(NationalMeasures.Definitions, d => Assert.Contains(d.Id, IndicatorCatalogue.KeysWithPlainWords));

        using var client = hub.ClientAs(HubRoles.BoardMember);
        var pages = keys.Select(k => $"/Performance/Scorecard/Indicator/{k}")
            .Concat(keys.Where(k => !k.StartsWith("local_", StringComparison.Ordinal)).Select(k => $"/Performance/Scorecard/Indicator/{k}?Dimension=PlacementType"))
            .Concat(IndicatorModel.DimensionNames.Keys.Select(d => $"/Performance/Scorecard/Indicator/cla_count?Dimension={d}"))
            .Append("/Performance/Scorecard").Append("/Performance/Scorecard/Print").Append("/Performance/Indicators");
        var found = new List<string>();
        foreach (var page in pages)
        {
            using var response = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var text = VisibleText(await response.Content.ReadAsStringAsync());
            found.AddRange(Words().Matches(text).Where(m => tokens.Contains(m.Value)).DistinctBy(m => m.Value)
                .Select(m => $"{page}: {m.Value} in \u201c{text.Substring(Math.Max(0, m.Index - 60), Math.Min(120, text.Length - Math.Max(0, m.Index - 60))).ReplaceLineEndings(" ")}\u201d"));
        }
        Assert.True(found.Count == 0, string.Join("\n", found.Take(30)));
    }

    /// <summary>What the catalogue's technical definitions name: fields (TEETH_CHECK), codes (V3, E11, G4) and the return, with every measure key and group code.</summary>
    private static IEnumerable<string> CodeTokens() =>
        NationalMeasures.Definitions.SelectMany(d => CodeLike().Matches(d.Definition + " " + d.Name).Select(m => m.Value))
            .Concat(NationalMeasures.Definitions.Select(d => d.Id))
            .Concat(BreakdownGroups.Codes)
            .Append(ScorecardBuilder.TechnicalSource);

    /// <summary>The page's main content as read: scripts, styles, tags and the SVG's drawing instructions left out.</summary>
    private static string VisibleText(string html)
    {
        var main = html[html.IndexOf("<main", StringComparison.Ordinal)..];
        main = Regex.Replace(main, "<(script|style|svg)[\\s\\S]*?</\\1>", " ");
        return WebUtility.HtmlDecode(Regex.Replace(main, "<[^>]+>", " "));
    }

    [GeneratedRegex(@"\b(?:[A-Z][A-Z0-9]*_[A-Z0-9_]+|[A-Z]{1,2}[0-9]{1,2}|SSDA903|[A-Z]{3,})\b")]
    private static partial Regex CodeLike();

    [GeneratedRegex(@"[A-Za-z0-9_]+")]
    private static partial Regex Words();
}
