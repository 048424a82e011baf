using CorporateParenting.Data;
using CorporateParenting.Data.Performance;
using CorporateParenting.Ssda903.Measures;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Performance.Indicators;

/// <summary>Makes sure every measure the engine computes has its indicator, with the engine's name and definition.</summary>
public static partial class IndicatorCatalogue
{
    public static async Task EnsureMeasuresAsync(HubDbContext db, CancellationToken cancellationToken = default)
    {
        var known = await db.Indicators.Select(i => i.Key).ToListAsync(cancellationToken);
        var order = await db.Indicators.Select(i => (int?)i.SortOrder).MaxAsync(cancellationToken) ?? 0;
        foreach (var measure in NationalMeasures.Definitions.Where(d => !known.Contains(d.Id)))
            db.Indicators.Add(FromMeasure(measure, ++order));
        await db.SaveChangesAsync(cancellationToken);
    }

    public static Indicator FromMeasure(MeasureDefinition measure, int sortOrder) => new()
    {
        Key = measure.Id,
        Name = measure.Name,
        Definition = measure.Definition,
        Source = IndicatorSource.Ssda903,
        Unit = UnitOf(measure),
        Polarity = measure.Polarity switch
        {
            Polarity.HigherIsBetter => IndicatorPolarity.HigherIsBetter,
            Polarity.LowerIsBetter => IndicatorPolarity.LowerIsBetter,
            _ => IndicatorPolarity.Neither,
        },
        // Rated against England until the council sets its own target; context measures are not rated.
        RagRule = measure.Polarity == Polarity.Neither ? RagRule.None : measure.PublishedForEngland ? RagRule.AgainstEngland : RagRule.AgainstTarget,
        SortOrder = sortOrder,
    };

    public static string UnitOf(MeasureDefinition measure) => measure.Kind switch
    {
        MeasureKind.Percent => "%",
        MeasureKind.RatePer10000 => "per 10,000",
        MeasureKind.Count => "children",
        _ => measure.Unit.StartsWith("score", StringComparison.Ordinal) ? "score" : measure.Unit,
    };
}
