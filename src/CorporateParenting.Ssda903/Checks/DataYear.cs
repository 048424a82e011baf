using CorporateParenting.Ssda903.Model;
using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Checks;

/// <summary>
/// The collection year a return's own dates belong to. <see cref="DatesInYear"/> of the <see cref="Dates"/>
/// dates read fall in it; <see cref="Latest"/> is the latest of them.
/// </summary>
public sealed record DataYear(int Year, DateOnly Latest, int DatesInYear, int Dates, string Evidence)
{
    public string Label => ReturnYears.Label(Year);

    /// <summary>Which year the data is, in words: "the 2024-25 return (episodes, reviews and missing episodes up to 28 March 2025)".</summary>
    public string Describe() => $"the {Label} return ({Evidence} up to {Latest.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)})";
}

public static class ReturnYears
{
    /// <summary>"2024-25" for the collection year 2025.</summary>
    public static string Label(int year) => $"{year - 1}-{year % 100:00}";

    /// <summary>The collection year (ending 31 March) a day falls in.</summary>
    public static int Of(DateOnly day) => day.Month > 3 ? day.Year + 1 : day.Year;

    // By the return's definition these fall inside its year: an episode that ceased, a review, a missing episode.
    private static readonly (TableKind Table, string Column, string Words)[] InYearDates =
    [
        (TableKind.Episodes, "DEC", "episodes"), (TableKind.Reviews, "REVIEW", "reviews"),
        (TableKind.Missing, "MIS_START", "missing episodes"), (TableKind.Missing, "MIS_END", "missing episodes"),
    ];

    /// <summary>
    /// The year the data belongs to: the collection year that the most dates agree with. In a year's return,
    /// episode ends, reviews and missing episodes fall inside the year, and episodes start on or before its
    /// end; a mistyped date or two cannot outvote the rest. On a tie, the later year. Null with no dates at all.
    /// </summary>
    public static DataYear? Detect(ReturnYear data) => Detect(kind => data.Has(kind) ? data[kind] : null);

    public static DataYear? Detect(IReadOnlyDictionary<TableKind, RawTable> tables) => Detect(kind => tables.GetValueOrDefault(kind));

    private static DataYear? Detect(Func<TableKind, RawTable?> table)
    {
        var inYear = new List<DateOnly>();
        var starts = new List<DateOnly>();
        var words = new List<string>();
        void Collect(TableKind kind, string column, string word, List<DateOnly> into)
        {
            if (table(kind) is not { } t) return;
            var index = t.IndexOf(column);
            if (index < 0) return;
            var before = into.Count;
            for (var row = 0; row < t.Count; row++)
                if (Dates.Parse(t.Cell(row, index)) is { } date) into.Add(date);
            if (into.Count > before && !words.Contains(word)) words.Add(word);
        }
        Collect(TableKind.Episodes, "DECOM", "episodes", starts);
        foreach (var (kind, column, word) in InYearDates) Collect(kind, column, word, inYear);
        if (inYear.Count + starts.Count == 0) return null;

        var inYearByYear = inYear.CountBy(Of).ToDictionary();
        starts.Sort();
        DataYear? best = null;
        foreach (var year in inYearByYear.Keys.Concat(starts.Select(Of)).Distinct().Order())
        {
            var end = new DateOnly(year, 3, 31);
            var startsBy = UpperBound(starts, end);
            var agreeing = inYearByYear.GetValueOrDefault(year) + startsBy;
            if (best is not null && agreeing < best.DatesInYear) continue;
            var latest = inYear.Where(d => Of(d) == year).Concat(startsBy > 0 ? [starts[startsBy - 1]] : []).Max();
            best = new DataYear(year, latest, agreeing, inYear.Count + starts.Count, Join(words));
        }
        return best;
    }

    /// <summary>How many of the sorted dates are on or before a day.</summary>
    private static int UpperBound(List<DateOnly> sorted, DateOnly day)
    {
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (sorted[middle] <= day) low = middle + 1; else high = middle;
        }
        return low;
    }

    private static string Join(List<string> words) => words.Count switch
    {
        1 => words[0],
        2 => $"{words[0]} and {words[1]}",
        _ => string.Join(", ", words[..^1]) + " and " + words[^1],
    };
}
