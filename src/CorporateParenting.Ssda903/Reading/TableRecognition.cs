using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Reading;

/// <summary>Which table a CSV file holds, judged by its columns; the file name only confirms.</summary>
internal static class TableRecognition
{
    public sealed record Match(TableKind? Kind, string Explanation);

    public static Match Recognise(string fileName, IReadOnlyList<string> header)
    {
        var columns = header.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var candidates = TableSchema.All.Values
            .Select(s => (Schema: s, Present: s.Columns.Count(columns.Contains)))
            .OrderByDescending(c => c.Present == c.Schema.Columns.Count)
            .ThenByDescending(c => c.Schema.Columns.Count)
            .ThenByDescending(c => c.Present)
            .ToList();
        var best = candidates[0];
        if (best.Present == best.Schema.Columns.Count)
        {
            var extra = header.Where(h => !best.Schema.Columns.Contains(h, StringComparer.OrdinalIgnoreCase)).ToList();
            var byName = string.Equals(Path.GetFileName(fileName), best.Schema.FileName, StringComparison.OrdinalIgnoreCase);
            var how = byName ? "by its columns and file name" : $"by its columns (the DfE file name is {best.Schema.FileName})";
            return new Match(best.Schema.Kind, extra.Count == 0 ? how : $"{how}; columns not in the return were ignored: {string.Join(", ", extra)}");
        }
        var closest = candidates.OrderByDescending(c => c.Present).First();
        var missing = closest.Schema.Columns.Where(c => !columns.Contains(c));
        return new Match(null, closest.Present == 0
            ? "the header row matches no table of the return"
            : $"the columns match no table of the return; closest is {closest.Schema.Kind} ({closest.Schema.FileName}), which also needs {string.Join(", ", missing)}");
    }
}
