using CorporateParenting.Data;
using CorporateParenting.Data.Performance;
using CorporateParenting.Ssda903.Measures;
using CorporateParenting.Ssda903.Model;
using CorporateParenting.Ssda903.Tables;
using CorporateParenting.Web.Disclosure;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Performance.Indicators;

/// <summary>
/// Turns the council's current 903 years into stored indicator values (whole cohort and every breakdown),
/// so the scorecard reads a few hundred rows instead of recomputing children's histories per request.
/// </summary>
public static class IndicatorCalculator
{
    public static readonly Dimension[] Dimensions = Enum.GetValues<Dimension>();

    /// <summary>Replaces every 903 value with one computed from these returns. The caller saves, inside its transaction.</summary>
    public static async Task RecomputeAsync(HubDbContext db, ReturnSet returns, IReadOnlyDictionary<int, Guid> importOfYear, MeasureOptions options, CancellationToken cancellationToken)
    {
        await IndicatorCatalogue.EnsureMeasuresAsync(db, cancellationToken);
        var indicators = await db.Indicators.Where(i => i.Source == IndicatorSource.Ssda903).ToDictionaryAsync(i => i.Key, i => i.Id, cancellationToken);
        await db.IndicatorValues.Where(v => v.ImportId != null).ExecuteDeleteAsync(cancellationToken);

        var children = ChildModel.Build(returns);
        var values = new List<IndicatorValue>();
        var cells = new List<IndicatorCell>();
        void Add(int indicatorId, int year, string dimension, string group, MeasureResult result)
        {
            values.Add(ValueOf(indicatorId, year, importOfYear[year], dimension, group, result));
            cells.Add(new IndicatorCell(result.Id, ShapeOf(result.Id), year, dimension, group, result));
        }
        foreach (var year in returns.Years.Select(y => y.Year))
        {
            foreach (var (result, breakdowns) in new MeasureSession(children, year, options).ComputeWithBreakdowns(Dimensions))
            {
                if (!indicators.TryGetValue(result.Id, out var indicatorId)) continue;
                Add(indicatorId, year, "", "", result);
                foreach (var (dimension, rows) in breakdowns)
                foreach (var row in rows)
                    Add(indicatorId, year, dimension.ToString(), row.Group, row.Result);
            }
        }
        // Every year at once: stock and flow link the years, so the pattern must too.
        var hidden = IndicatorDisclosure.Protect(cells);
        for (var i = 0; i < values.Count; i++) values[i].HiddenFromMembers = hidden[i];
        db.IndicatorValues.AddRange(values);
    }

    /// <summary>The cells disclosure control sees for these returns, as <see cref="RecomputeAsync"/> builds them (for the audit).</summary>
    public static IReadOnlyList<IndicatorCell> Cells(ReturnSet returns, MeasureOptions options, IReadOnlySet<string>? indicatorKeys = null)
    {
        var children = ChildModel.Build(returns);
        var cells = new List<IndicatorCell>();
        foreach (var year in returns.Years.Select(y => y.Year))
        foreach (var (result, breakdowns) in new MeasureSession(children, year, options).ComputeWithBreakdowns(Dimensions))
        {
            if (indicatorKeys is not null && !indicatorKeys.Contains(result.Id)) continue;
            cells.Add(new IndicatorCell(result.Id, ShapeOf(result.Id), year, "", "", result));
            foreach (var (dimension, rows) in breakdowns)
            foreach (var row in rows)
                cells.Add(new IndicatorCell(result.Id, ShapeOf(result.Id), year, dimension.ToString(), row.Group, row.Result));
        }
        return cells;
    }

    private static readonly IReadOnlyDictionary<string, CountShape> Shapes =
        NationalMeasures.Definitions.ToDictionary(d => d.Id, d => SmallNumbers.ShapeOf(IndicatorCatalogue.UnitOf(d)));

    private static CountShape ShapeOf(string measureId) => Shapes[measureId];

    private static IndicatorValue ValueOf(int indicatorId, int year, Guid importId, string dimension, string group, MeasureResult result) => new()
    {
        IndicatorId = indicatorId,
        Year = year,
        Dimension = dimension,
        Group = group,
        Numerator = result.Numerator,
        Denominator = result.Denominator,
        Value = result.Value is { } v ? Math.Round(v, 4) : null,
        NotAvailableReason = result.Available ? null : result.NotAvailableReason,
        ImportId = importId,
    };
}
