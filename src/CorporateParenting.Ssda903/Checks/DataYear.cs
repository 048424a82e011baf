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
    /// The year the data belongs to: the collection year holding most of the dates that must fall in the
    /// return's own year (episode ends, reviews, missing episodes); a mistyped date or two cannot move it.
    /// With none of those, the year of the latest episode start. Null when the tables hold no date at all.
    /// </summary>
    public static DataYear? Detect(ReturnYear data) => Detect(kind => data.Has(kind) ? data[kind] : null);

    public static DataYear? Detect(IReadOnlyDictionary<TableKind, RawTable> tables) => Detect(kind => tables.GetValueOrDefault(kind));

    private static DataYear? Detect(Func<TableKind, RawTable?> table)
    {
        var perYear = new Dictionary<int, (int Count, DateOnly Latest)>();
        var words = new List<string>();
        var total = 0;
        foreach (var (kind, column, word) in InYearDates)
        {
            if (table(kind) is not { } t) continue;
            var index = t.IndexOf(column);
            if (index < 0) continue;
            var found = false;
            foreach (var row in t.Rows)
            {
                if (Dates.Parse(row[index]) is not { } date) continue;
                found = true;
                total++;
                var year = Of(date);
                var (count, latest) = perYear.GetValueOrDefault(year);
                perYear[year] = (count + 1, date > latest ? date : latest);
            }
            if (found && !words.Contains(word)) words.Add(word);
        }
        if (total > 0)
        {
            var (year, (count, latest)) = perYear.OrderByDescending(p => p.Value.Count).ThenByDescending(p => p.Key).First();
            return new DataYear(year, latest, count, total, Join(words));
        }

        if (table(TableKind.Episodes) is not { } episodes) return null;
        var decom = episodes.IndexOf("DECOM");
        if (decom < 0) return null;
        DateOnly? start = null;
        var starts = 0;
        foreach (var row in episodes.Rows)
            if (Dates.Parse(row[decom]) is { } date)
            {
                starts++;
                if (start is null || date > start) start = date;
            }
        if (start is not { } last) return null;
        var lastYear = Of(last);
        return new DataYear(lastYear, last, episodes.Rows.Count(r => Dates.Parse(r[decom]) is { } d && Of(d) == lastYear), starts, "episode starts");
    }

    private static string Join(List<string> words) => words.Count switch
    {
        1 => words[0],
        2 => $"{words[0]} and {words[1]}",
        _ => string.Join(", ", words[..^1]) + " and " + words[^1],
    };
}
