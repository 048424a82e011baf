using CorporateParenting.Data.Performance;

namespace CorporateParenting.Web.Features.Performance.Indicators;

/// <summary>
/// "Similar councils" as the DfE's dashboards use it: the median of the statistical neighbours' own figures, so a
/// count stays a council-sized count and a rate or percentage is the middle neighbour's. Where only a combined
/// figure was loaded (area "Statistical neighbours", already a median or pooled rate), that figure is used.
/// </summary>
public static class SimilarCouncils
{
    /// <summary>The comparator for one measure in the latest year up to <paramref name="year"/> that has figures; null when none are loaded.</summary>
    public static Comparator? For(IEnumerable<BenchmarkValue> measureRows, int year)
    {
        var rows = measureRows.Where(b => b.Year <= year && (b.IsOneNeighbour || b.Area == BenchmarkValue.StatisticalNeighbours)).ToList();
        if (rows.Count == 0) return null;
        var latest = rows.Max(b => b.Year);
        var ofYear = rows.Where(b => b.Year == latest).ToList();
        var neighbours = ofYear.Where(b => b.IsOneNeighbour).Select(b => b.Value).ToList();
        return neighbours.Count > 0
            ? new Comparator(latest, Median(neighbours), neighbours.Count)
            : new Comparator(latest, ofYear.Single(b => b.Area == BenchmarkValue.StatisticalNeighbours).Value, 0);
    }

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <param name="Neighbours">How many neighbours' figures the median is of; 0 when a combined figure was loaded.</param>
    public sealed record Comparator(int Year, double Value, int Neighbours);
}
