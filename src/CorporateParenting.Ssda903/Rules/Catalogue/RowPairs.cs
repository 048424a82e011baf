namespace CorporateParenting.Ssda903.Rules.Catalogue;

/// <summary>
/// A child's matching rows and its rows sorted, as arrays: most children have one row, and an empty array costs nothing
/// (LINQ's Where and Select pass it through without allocating), where an iterator or OrderBy would allocate per child.
/// </summary>
internal static class RowPairs
{
    /// <summary>The rows (with their position) that match, as a list, or an empty array when none do: no enumerator per child.</summary>
    public static IEnumerable<int> Matching(IReadOnlyList<int> rows, Func<int, int, bool> matches)
    {
        List<int>? found = null;
        for (var k = 0; k < rows.Count; k++)
            if (matches(rows[k], k)) (found ??= []).Add(rows[k]);
        return found ?? (IEnumerable<int>)[];
    }

    /// <summary>A copy of the rows sorted stably (equal keys keep their order), as OrderBy would: a child has a handful of rows.</summary>
    public static int[] StableSort(IReadOnlyList<int> rows, Comparison<int> compare)
    {
        var sorted = new int[rows.Count];
        for (var k = 0; k < sorted.Length; k++)
        {
            var row = rows[k];
            var at = k;
            while (at > 0 && compare(sorted[at - 1], row) > 0) { sorted[at] = sorted[at - 1]; at--; }
            sorted[at] = row;
        }
        return sorted;
    }
}
