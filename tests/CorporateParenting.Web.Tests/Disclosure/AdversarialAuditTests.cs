using CorporateParenting.Data;
using CorporateParenting.Ssda903.Generation;
using CorporateParenting.Ssda903.Measures;
using CorporateParenting.Ssda903.Reading;
using CorporateParenting.Ssda903.Tables;
using CorporateParenting.Testing;
using CorporateParenting.Web.Disclosure;
using CorporateParenting.Web.Features.Performance;
using CorporateParenting.Web.Features.Performance.Indicators;
using CorporateParenting.Web.Features.Performance.Scorecard;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CorporateParenting.Web.Tests.Disclosure;

/// <summary>
/// The attacker's audit of everything a member can see: every indicator, every year, every breakdown
/// and headline, with the relations an attacker knows (groups add up to the whole, one indicator's
/// headline is cells of another's breakdown, stock and flow across years, counts are not negative).
/// Each hidden count must keep at least six possible values, and no count of 1 to 5 may be shown.
/// </summary>
public sealed class AdversarialAuditTests(PerformanceHub hub, ITestOutputHelper output) : IClassFixture<PerformanceHub>
{
    [Theory]
    [InlineData(30)]
    [InlineData(150)]
    [InlineData(600)]
    public void A_generated_council_passes_the_audit(int children)
    {
        var returns = Generated(children);
        var cells = IndicatorCalculator.Cells(returns, new MeasureOptions(ChildPopulation: 20_000));
        var model = IndicatorDisclosure.Build(cells);

        var primaryOnly = DisclosureAudit.Run(model.Problem, model.Problem.Rows.Select(r => r.Primary).ToArray());
        var log = Path.Combine(Path.GetTempPath(), "hub-disclosure-audit.txt");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var hidden = DisclosureProtection.Protect(model.Problem, line => File.AppendAllText(log, $"{children}: {clock.Elapsed} {line}\n"));
        var audit = DisclosureAudit.Run(model.Problem, hidden);

        Report($"{children} children", cells.Count, hidden, audit, model, primaryOnly);
        Assert.True(audit.Passed, string.Join("\n", audit.Failures.Take(10)));
    }

    [Fact]
    public async Task What_a_member_sees_of_the_demo_council_passes_the_audit_and_stops_the_known_attacks()
    {
        var cells = await hub.WithScope(async s =>
        {
            var db = s.GetRequiredService<HubDbContext>();
            var council = await s.GetRequiredService<CouncilReturns>().CurrentAsync(db);
            return IndicatorCalculator.Cells(council.Returns, await s.GetRequiredService<CouncilMeasureOptions>().LoadAsync(db));
        });
        var shown = await MemberViewAsync(cells);
        var hidden = cells.Select(c => shown[(c.Indicator, c.Year, c.Dimension, c.Group)]).ToArray();
        var model = IndicatorDisclosure.Build(cells);

        var audit = DisclosureAudit.Run(model.Problem, hidden);

        Report("the demo council", cells.Count, hidden, audit, model, null);
        Assert.True(audit.Passed, string.Join("\n", audit.Failures.Take(10)));

        bool Hidden(string indicator, int year, string dimension, string groupPrefix) =>
            cells.Select((c, i) => (c, i)).Where(x => x.c.Indicator == indicator && x.c.Year == year && x.c.Dimension == dimension && x.c.Group.StartsWith(groupPrefix, StringComparison.Ordinal))
                .Select(x => hidden[x.i]).DefaultIfEmpty(false).Single();
        var years = cells.Select(c => c.Year).Distinct().ToList();
        // Within one breakdown: a hidden R1 among secure homes is not all 41 - 39 away, since K2 is hidden with it.
        foreach (var year in years.Where(y => Hidden("placement_childrens_homes_secure", y, "PlacementType", "R1")))
            Assert.True(Hidden("placement_childrens_homes_secure", year, "PlacementType", "K2"), $"K2 is shown beside a hidden R1 in {year}");
        // Across indicators: placed for adoption (shown) less A6 of those looked after must not give A5.
        foreach (var year in years.Where(y => Hidden("cla_count", y, "PlacementType", "A5")))
            Assert.True(Hidden("cla_count", year, "PlacementType", "A6") || Hidden("placement_adoption", year, "", ""), $"A6 is shown beside a hidden A5 in {year}");
    }

    /// <summary>Every figure a member can read, through the one component every page and export uses.</summary>
    private async Task<Dictionary<(string, int, string, string), bool>> MemberViewAsync(IReadOnlyList<IndicatorCell> cells)
    {
        var shown = new Dictionary<(string, int, string, string), bool>();
        await hub.WithScope(async s =>
        {
            var builder = s.GetRequiredService<ScorecardBuilder>();
            var db = s.GetRequiredService<HubDbContext>();
            var indicators = await db.Indicators.AsNoTracking().ToListAsync();
            foreach (var year in cells.Select(c => c.Year).Distinct())
            {
                var scorecard = await builder.BuildAsync(year, suppress: true);
                foreach (var line in scorecard.Lines)
                    foreach (var figure in line.Trend.Where(f => f.Year == year))
                        shown[(line.Key, year, "", "")] = figure.Suppressed;
                foreach (var indicator in indicators.Where(i => cells.Any(c => c.Indicator == i.Key)))
                foreach (var dimension in IndicatorCalculator.Dimensions.Select(d => d.ToString()))
                {
                    var (groups, total) = await builder.BreakdownAsync(indicator, year, dimension, suppress: true);
                    foreach (var group in groups) shown[(indicator.Key, year, dimension, group.Group)] = group.Suppressed;
                    if (total is not null) Assert.Equal(shown[(indicator.Key, year, "", "")], total.Suppressed);
                }
            }
            return 0;
        });
        return shown;
    }

    private void Report(string council, int cells, bool[] hidden, AuditResult audit, IndicatorDisclosure.Model model, AuditResult? primaryOnly)
    {
        var narrowest = audit.Narrowest;
        var headlines = model.Problem.Rows.Where(r => !r.Name.Contains('=')).Select(r => r.Id).ToList();
        output.WriteLine($"{council}: {cells} figures, {hidden.Count(h => h)} hidden ({100.0 * hidden.Count(h => h) / cells:0.0}%), " +
            $"headlines {headlines.Count(i => hidden[i])} of {headlines.Count} hidden, " +
            $"{model.Problem.Variables.Count} distinct counts, {model.Problem.Relations.Count} relations; " +
            $"{audit.Hidden.Count} hidden counts audited, narrowest {(narrowest is null ? "none" : $"{narrowest.WholeNumbers} values ({narrowest.Name})")}" +
            (primaryOnly is null ? "" : $"; with primary suppression alone {primaryOnly.Failures.Count} counts could be pinned"));
        File.AppendAllText(Path.Combine(Path.GetTempPath(), "hub-disclosure-audit.txt"), $"{DateTime.UtcNow:O} {council}: {hidden.Count(h => h)}/{cells} hidden, headlines {headlines.Count(i => hidden[i])}/{headlines.Count}, narrowest {narrowest?.WholeNumbers}, failures {audit.Failures.Count}, primary-only failures {primaryOnly?.Failures.Count}\n");
    }

    private static ReturnSet Generated(int children)
    {
        var folder = Directory.CreateTempSubdirectory("hub-audit-").FullName;
        try
        {
            const int lastYear = 2025, years = 5;
            ReturnGenerator.Write(new GeneratorOptions(children, years, Seed: children, LastYear: lastYear), folder);
            return new ReturnSet(Enumerable.Range(lastYear - years + 1, years).Select(year =>
            {
                var files = Directory.GetFiles(Path.Combine(folder, year.ToString())).Order(StringComparer.Ordinal)
                    .Select(p => new ReturnFile(Path.GetFileName(p), () => File.OpenRead(p)));
                var read = ReturnReader.Read(files, year);
                return read.Year ?? throw new InvalidOperationException(string.Join("; ", read.Errors));
            }).ToList());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
