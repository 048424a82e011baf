using System.Globalization;
using CorporateParenting.Ssda903.Model;
using CorporateParenting.Ssda903.Reading;
using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Checks;

/// <summary>
/// Values that make a child unusable for the figures: an impossible date of birth, or two header rows for
/// one CHILD that disagree. Unlike the DfE rules (which warn and are kept with the import), any of these
/// refuses the import, because every measure that ages or counts the child would be wrong. Each problem
/// names the file, line, column and value. (The CSV tables and the DfE XML carry no local-authority code,
/// so a return cannot mix councils' children by code; see ADR 17.)
/// </summary>
public static class BlockingChecks
{
    /// <summary>Care leavers are followed to 21 (some to 25): nobody older is in a return.</summary>
    public const int MaxAgeAtStartOfYear = 25;

    public static IReadOnlyList<ReadError> Find(ReturnYear data, DateOnly today, int max = 1_000)
    {
        var problems = new List<ReadError>();
        var header = data[TableKind.Header];
        if (header.Count == 0) return problems;
        int child = header.IndexOf("CHILD"), dobColumn = header.IndexOf("DOB");
        var firstStart = FirstEpisodeStarts(data[TableKind.Episodes]);
        var file = header.SourceFile;

        for (var i = 0; i < header.Count && problems.Count < max; i++)
        {
            var raw = header.Cell(i, dobColumn);
            var line = header.LineOf(i);
            if (Dates.Parse(raw) is not { } dob)
            {
                problems.Add(new ReadError(file, line, "DOB", raw, raw.Length == 0
                    ? "the date of birth is missing: without it the child cannot be counted in any age group"
                    : "the date of birth is not a date in the form dd/mm/yyyy"));
                continue;
            }
            if (dob > today)
                problems.Add(new ReadError(file, line, "DOB", raw, "the date of birth is in the future"));
            else if (dob > data.End)
                problems.Add(new ReadError(file, line, "DOB", raw, $"the date of birth is after {Day(data.End)}, the end of the {ReturnYears.Label(data.Year)} collection year"));
            else if (Dates.Age(dob, data.Start) > MaxAgeAtStartOfYear)
                problems.Add(new ReadError(file, line, "DOB", raw,
                    $"the date of birth makes the child {Dates.Age(dob, data.Start)} on {Day(data.Start)}; nobody over {MaxAgeAtStartOfYear} is in the return"));
            else if (firstStart.TryGetValue(header.Cell(i, child), out var start) && start.Date < dob)
                problems.Add(new ReadError(file, line, "DOB", raw,
                    $"the date of birth is after the child's episode starting {Day(start.Date)} ({start.File}, line {start.Line})"));
        }

        foreach (var rows in DuplicateRows(header, child))
        {
            foreach (var i in rows)
            {
                if (problems.Count >= max) return problems;
                var other = rows.First(j => j != i && !header.Row(j).SequenceEqual(header.Row(i)));
                var column = Enumerable.Range(0, header.Columns.Count).First(c => header.Cell(i, c) != header.Cell(other, c));
                problems.Add(new ReadError(file, header.LineOf(i), header.Columns[column], header.Cell(i, column),
                    $"the header has another row for this CHILD (line {header.LineOf(other)}) that gives {header.Columns[column]} as '{header.Cell(other, column)}': keep one row per child"));
            }
        }
        return problems;
    }

    /// <summary>Row indexes of each CHILD that has more than one header row, where those rows disagree.</summary>
    private static IEnumerable<List<int>> DuplicateRows(RawTable header, int child) =>
        Enumerable.Range(0, header.Count)
            .GroupBy(i => header.Cell(i, child), StringComparer.Ordinal)
            .Where(g => g.Key.Length > 0 && g.Skip(1).Any())
            .Select(g => g.ToList())
            .Where(rows => rows.Any(i => !header.Row(i).SequenceEqual(header.Row(rows[0]))));

    private static Dictionary<string, (DateOnly Date, string File, int Line)> FirstEpisodeStarts(RawTable episodes)
    {
        var first = new Dictionary<string, (DateOnly Date, string File, int Line)>(StringComparer.Ordinal);
        if (episodes.Count == 0) return first;
        int child = episodes.IndexOf("CHILD"), decom = episodes.IndexOf("DECOM");
        for (var i = 0; i < episodes.Count; i++)
        {
            if (Dates.Parse(episodes.Cell(i, decom)) is not { } start) continue;
            var id = episodes.Cell(i, child);
            if (!first.TryGetValue(id, out var known) || start < known.Date) first[id] = (start, episodes.SourceFile, episodes.LineOf(i));
        }
        return first;
    }

    private static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
