using CorporateParenting.Data;
using CorporateParenting.Data.Performance;
using CorporateParenting.Ssda903.Measures;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Performance.Indicators;

/// <summary>England's published figures (shipped with the engine) as benchmarks, added where missing.</summary>
public static class BenchmarkLoader
{
    public static async Task AddEnglandAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        var known = (await db.BenchmarkValues.Where(b => b.Area == BenchmarkValue.England).Select(b => new { b.IndicatorKey, b.Year }).ToListAsync(cancellationToken))
            .Select(b => (b.IndicatorKey, b.Year)).ToHashSet();
        db.BenchmarkValues.AddRange(EnglandFigures.All.Where(e => !known.Contains((e.Measure, e.Year))).Select(e => new BenchmarkValue
        {
            IndicatorKey = e.Measure, Year = e.Year, Area = BenchmarkValue.England, Value = e.Value, Source = e.Source,
        }));
    }
}
