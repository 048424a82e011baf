using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Rules;

/// <summary>Tests of a cell that rules ask of every row, each worked out once per distinct value of its column.</summary>
internal sealed partial class RuleContext
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(TableKind, string, Func<string, bool>), bool[]> _rowTests = new();

    /// <summary>
    /// For each row of this year's table, whether a test holds of its cell in a column ("" where the table lacks it),
    /// the test run once per distinct value (a postcode's shape, a child's membership of a set). Give a test that is the
    /// same delegate each time (a static lambda or method group), so that every rule asking it shares one answer.
    /// </summary>
    public bool[] RowsWhere(TableKind kind, string column, Func<string, bool> test)
    {
        var table = Current[kind];
        var index = table.IndexOf(column);
        // By the column's index: the answer kept there is the first test asked of the column (any other by the dictionary).
        var kept = _rowTestsByColumn.Get(table, index, test, static (t, c, first) => new TestedRows(first, t.PerRow(c, first)));
        return ReferenceEquals(kept.Test, test) ? kept.Rows
            : _rowTests.TryGetValue((kind, column, test), out var done) ? done : Once(_rowTests, (kind, column, test), key => Test(key.Item1, key.Item2, key.Item3));
    }

    private sealed record TestedRows(Func<string, bool> Test, bool[] Rows);

    private readonly ColumnSlots<TestedRows> _rowTestsByColumn = new();

    private bool[] Test(TableKind kind, string column, Func<string, bool> test) => Current[kind].PerRow(Current[kind].IndexOf(column), test);

    private bool[]? _uascEpisodes;

    /// <summary>
    /// Whether the child of an episode is UASC this year or last: a row in either year's UASC table that says anything
    /// beyond CHILD (a wholly blank row records no status). Such children have no home postcode or distance.
    /// </summary>
    public bool IsOrWasUasc(int episode) => UascEpisodes()[episode];

    /// <summary><see cref="IsOrWasUasc"/> for every episode.</summary>
    public bool[] UascEpisodes() =>
        Volatile.Read(ref _uascEpisodes) ?? Once(ref _uascEpisodes, nameof(_uascEpisodes), () =>
        {
            HashSet<string> uasc = [.. UascRows(Current[TableKind.UASC]), .. Previous?[TableKind.UASC] is { } last ? UascRows(last) : []];
            return Test(TableKind.Episodes, "CHILD", uasc.Contains);
        });

    private static IEnumerable<string> UascRows(RawTable table) =>
        Enumerable.Range(0, table.Count).Where(r => table.Columns.Any(col => col != "CHILD" && table.Given(r, col))).Select(r => table.Cell(r, "CHILD"));
}
