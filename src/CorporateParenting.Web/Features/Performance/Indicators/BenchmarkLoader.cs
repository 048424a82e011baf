using CorporateParenting.Data;
using CorporateParenting.Data.Performance;
using CorporateParenting.Ssda903.Measures;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Performance.Indicators;

/// <summary>England's published figures (shipped with the engine) as benchmarks, added where missing.</summary>
public static class BenchmarkLoader
{
    /// <summary>England has 153 councils with children looked after: a council-sized count is England's over this.</summary>
    public const int EnglandCouncils = 153;

    public static async Task AddEnglandAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        var known = (await db.BenchmarkValues.Where(b => b.Area == BenchmarkValue.England).Select(b => new { b.IndicatorKey, b.Year }).ToListAsync(cancellationToken))
            .Select(b => (b.IndicatorKey, b.Year)).ToHashSet();
        db.BenchmarkValues.AddRange(EnglandFigures.All.Where(e => !known.Contains((e.Measure, e.Year))).Select(e => new BenchmarkValue
        {
            IndicatorKey = e.Measure, Year = e.Year, Area = BenchmarkValue.England, Value = e.Value, Source = e.Source,
        }));
    }

    /// <summary>
    /// Ten invented statistical neighbours for a demonstration (never a real council's figures): each England figure
    /// moved by a fixed amount per neighbour and measure, and a count scaled to one council's share of England's, so
    /// the neighbours' median sits where a real council's neighbours might. The same figures every time.
    /// </summary>
    public static IEnumerable<BenchmarkValue> SyntheticNeighbours(int fromYear)
    {
        var kinds = NationalMeasures.Definitions.ToDictionary(d => d.Id, d => d.Kind);
        foreach (var england in EnglandFigures.All.Where(e => e.Year >= fromYear))
        for (var n = 0; n < 10; n++)
        {
            var spread = Unit($"{england.Measure}|{england.Year}|{n}");
            var kind = kinds.GetValueOrDefault(england.Measure, MeasureKind.Average);
            var value = kind switch
            {
                MeasureKind.Count => Math.Round(england.Value / EnglandCouncils * (0.6 + 0.9 * spread)),
                MeasureKind.Percent => Math.Clamp(Math.Round(england.Value * (0.85 + 0.3 * spread)), 0, 100),
                MeasureKind.RatePer10000 => Math.Round(england.Value * (0.8 + 0.4 * spread)),
                _ => Math.Round(england.Value * (0.9 + 0.2 * spread), 1),
            };
            yield return new BenchmarkValue
            {
                IndicatorKey = england.Measure, Year = england.Year, Area = $"{BenchmarkValue.NeighbourPrefix}Council {(char)('A' + n)} (synthetic)",
                Value = value, Source = "Invented for the demo council",
            };
        }
    }

    /// <summary>A number in [0, 1) fixed by the text (FNV-1a), so the invented figures never change between runs.</summary>
    private static double Unit(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text) hash = (hash ^ c) * 16777619u;
        return (hash % 10_000) / 10_000.0;
    }
}
