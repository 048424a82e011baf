using System.Globalization;
using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Measures;

/// <summary>A published England figure for a measure and collection year.</summary>
public sealed record EnglandFigure(string Measure, int Year, double Value, string Unit, string Definition, string Source);

/// <summary>England's figures as shipped with the engine (england.csv), keyed by the same measure ids.</summary>
public static class EnglandFigures
{
    public static IReadOnlyList<EnglandFigure> All { get; } = ReferenceCsv.Rows("england.csv")
        .Select(r => new EnglandFigure(r["measure"], int.Parse(r["year_ending_31_march"], CultureInfo.InvariantCulture),
            double.Parse(r["value"], CultureInfo.InvariantCulture), r["unit"], r["definition"], r["source"]))
        .ToList();
}
