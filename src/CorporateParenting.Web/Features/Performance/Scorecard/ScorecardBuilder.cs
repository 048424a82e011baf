using CorporateParenting.Data;
using CorporateParenting.Data.Performance;
using CorporateParenting.Web.Infrastructure;
using CorporateParenting.Web.Disclosure;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Performance.Scorecard;

/// <summary>
/// Builds the scorecard for a year from stored values, benchmarks, targets and commentary: a handful of
/// queries, no recomputation. Suppression is applied here, so no page can forget it.
/// </summary>
public sealed class ScorecardBuilder(IServiceProvider services, ScorecardCache cache)
{
    // Resolved only when the cache misses: most requests never open a database context.
    private HubDbContext Db => services.GetRequiredService<HubDbContext>();

    public const int TrendYears = 5;

    /// <summary>Where a line's figures come from, as <see cref="ScorecardLine.Source"/> says it to analysts and to everyone else.</summary>
    public const string TechnicalSource = "SSDA903", NationalSource = "National measure", LocalSource = "Local";

    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken = default) =>
        await Db.IndicatorValues.Where(v => v.Dimension == "").Select(v => v.Year).Distinct().OrderBy(y => y).ToListAsync(cancellationToken);

    public Task<Scorecard> BuildAsync(int? year, bool suppress, CancellationToken cancellationToken = default) =>
        cache.GetAsync(year, suppress, () => BuildUncachedAsync(year, suppress, cancellationToken));

    private async Task<Scorecard> BuildUncachedAsync(int? year, bool suppress, CancellationToken cancellationToken)
    {
        var years = await YearsAsync(cancellationToken);
        if (years.Count == 0) return new Scorecard(0, [], suppress, []);
        var y = year is { } asked && years.Contains(asked) ? asked : years[^1];

        var indicators = await Db.Indicators.AsNoTracking().Include(i => i.TargetChanges).OrderBy(i => i.SortOrder).ThenBy(i => i.Name).ToListAsync(cancellationToken);
        var values = (await Db.IndicatorValues.AsNoTracking().Where(v => v.Dimension == "" && v.Year > y - TrendYears && v.Year <= y).ToListAsync(cancellationToken))
            .ToLookup(v => v.IndicatorId);
        var allBenchmarks = await Db.BenchmarkValues.AsNoTracking().Where(b => b.Year <= y).ToListAsync(cancellationToken);
        var benchmarks = allBenchmarks.ToLookup(b => (b.IndicatorKey, b.Area));
        var byMeasure = allBenchmarks.ToLookup(b => b.IndicatorKey);
        var commentary = await Db.IndicatorCommentaries.AsNoTracking().Where(c => c.Year == y).ToDictionaryAsync(c => c.IndicatorId, c => c.Text, cancellationToken);

        var lines = indicators.Select(indicator =>
        {
            var byYear = values[indicator.Id].ToDictionary(v => v.Year);
            var england = Latest(benchmarks[(indicator.Key, BenchmarkValue.England)], y);
            var neighbours = Indicators.SimilarCouncils.For(byMeasure[indicator.Key], y);
            var trend = Enumerable.Range(y - TrendYears + 1, TrendYears).Select(year => Shown(year, byYear.GetValueOrDefault(year), indicator.Unit, suppress)).ToList();
            var current = trend[^1];
            var (target, against) = indicator.RagRule switch
            {
                RagRule.AgainstTarget => (indicator.Target, indicator.Target is null ? "" : "target"),
                RagRule.AgainstEngland => (england?.Value, england is null ? "" : $"England {england.Year}"),
                _ => (null, ""),
            };
            // A suppressed figure is not rated either: a colour can give a small number away.
            var rating = current.Suppressed ? RagRating.None : Rag.Rate(current.Value, target, indicator.Tolerance, indicator.Polarity);
            // Readers without child access get the catalogue's plain words; analysts keep the technical definition.
            var plain = suppress ? Indicators.IndicatorCatalogue.PlainWordsOf(indicator.Key) : null;
            return new ScorecardLine(indicator.Key, plain?.Name ?? indicator.Name, plain?.Meaning ?? indicator.Definition, indicator.Unit, indicator.PriorityArea, indicator.Owner,
                indicator.Source == IndicatorSource.Ssda903 ? suppress ? NationalSource : TechnicalSource : LocalSource,
                current, trend[^2].Text.Length > 0 ? trend[^2] : null, trend,
                BenchmarkText(england, y, indicator.Unit), neighbours is null ? "" : BenchmarkText(neighbours.Year, neighbours.Value, y, indicator.Unit),
                Figures.Format(indicator.Target, indicator.Unit), rating, against,
                commentary.GetValueOrDefault(indicator.Id), TargetHistory(indicator));
        }).ToList();
        return new Scorecard(y, years, suppress, lines);
    }

    /// <summary>The indicator's groups for one dimension, with the whole beside them, suppressed together.</summary>
    public async Task<(IReadOnlyList<BreakdownLine> Groups, BreakdownLine? Total)> BreakdownAsync(Indicator indicator, int year, string dimension, bool suppress, CancellationToken cancellationToken = default)
    {
        var rows = await Db.IndicatorValues.AsNoTracking()
            .Where(v => v.IndicatorId == indicator.Id && v.Year == year && (v.Dimension == dimension || v.Dimension == ""))
            .ToListAsync(cancellationToken);
        var total = rows.FirstOrDefault(r => r.Dimension == "");
        var groups = BreakdownGroups.Ordered(rows.Where(r => r.Dimension == dimension), dimension, r => r.Group).ToList();
        var lines = groups.Select(g => Line(g, indicator.Unit, suppress && Hidden(g, indicator.Unit))).ToList();
        var totalLine = total is null ? null : Line(total, indicator.Unit, suppress && Hidden(total, indicator.Unit));
        return (lines, totalLine);
    }

    /// <summary>The one question every restricted view asks of a stored figure.</summary>
    public static bool Hidden(IndicatorValue v, string unit) => SmallNumbers.HiddenFromRestricted(v.Numerator, v.Denominator, unit, v.HiddenFromMembers);

    private static BreakdownLine Line(IndicatorValue v, string unit, bool hidden) => hidden
        ? new BreakdownLine(v.Group, SmallNumbers.Symbol, SmallNumbers.Symbol, SmallNumbers.Symbol, true)
        : new BreakdownLine(v.Group, Figures.Count(v.Numerator), Figures.Count(v.Denominator), Figures.Format(v.Value, unit), false);

    private static ShownFigure Shown(int year, IndicatorValue? v, string unit, bool suppress)
    {
        if (v is null) return new ShownFigure(year, null, "", "", "", false);
        if (suppress && Hidden(v, unit))
            return new ShownFigure(year, null, SmallNumbers.Symbol, SmallNumbers.Symbol, SmallNumbers.Symbol, true);
        var text = v.Value is null ? (v.NotAvailableReason is null ? "" : "Not available") : Figures.Format(v.Value, unit);
        return new ShownFigure(year, v.Value, text, Figures.Count(v.Numerator), Figures.Count(v.Denominator), false);
    }

    private static BenchmarkValue? Latest(IEnumerable<BenchmarkValue> values, int year) =>
        values.Where(b => b.Year <= year).MaxBy(b => b.Year);

    private static string BenchmarkText(BenchmarkValue? b, int year, string unit) =>
        b is null ? "" : BenchmarkText(b.Year, b.Value, year, unit);

    private static string BenchmarkText(int benchmarkYear, double value, int year, string unit) =>
        Figures.Format(value, unit) + (benchmarkYear == year ? "" : $" ({benchmarkYear})");

    private static string? TargetHistory(Indicator indicator)
    {
        var last = indicator.TargetChanges.MaxBy(c => c.ChangedAtUtc);
        if (last is null) return null;
        var was = last.OldTarget is null ? "no target" : Figures.Format(last.OldTarget, indicator.Unit);
        var count = indicator.TargetChanges.Count;
        return $"Target changed {count} time{(count == 1 ? "" : "s")}; last on {DateDisplay.Long(last.ChangedAtUtc)} by {last.ChangedBy} (was {was}): {last.Reason}";
    }
}
