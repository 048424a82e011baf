using CorporateParenting.Ssda903.Model;
using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Rules;

/// <summary>
/// What every rule reads: the year's tables, the year before, and lookups built once and shared
/// (parsed dates per column, rows per CHILD), so a hundred rules do not each re-parse a million cells.
/// </summary>
internal sealed partial class RuleContext(ReturnSet returns, int year)
{
    private readonly ColumnSlots<DateOnly?[]> _dates = new();
    private readonly ChildRows?[] _byChild = new ChildRows?[Enum.GetValues<TableKind>().Length];

    public int Year { get; } = year;
    public ReturnYear Current { get; } = returns.ForYear(year) ?? throw new ArgumentException($"No return for {year}.");
    public ReturnYear? Previous { get; } = returns.Previous(year);
    /// <summary>1 April at the start of the collection year.</summary>
    public DateOnly Start { get; } = new(year - 1, 4, 1);
    /// <summary>31 March at its end.</summary>
    public DateOnly End { get; } = new(year, 3, 31);

    public RawTable this[TableKind kind] => Current[kind];

    private readonly System.Collections.Concurrent.ConcurrentDictionary<object, object> _buildLocks = new();

    /// <summary>
    /// A shared lookup built once: the first rule to need it builds it, and a rule needing it meanwhile waits instead of
    /// building it too (rules run two at a time, neighbours in the list need the same lookups, and on two cores a second
    /// build costs as much as the wait and doubles the garbage). Call it only when <paramref name="field"/> is null.
    /// </summary>
    private T Once<T>(ref T? field, object key, Func<T> build) where T : class
    {
        if (Volatile.Read(ref field) is { } done) return done;
        lock (_buildLocks.GetOrAdd(key, static _ => new object()))
        {
            if (Volatile.Read(ref field) is { } built) return built;
            var value = build();
            Volatile.Write(ref field, value);
            return value;
        }
    }

    /// <summary><see cref="Once{T}"/> for lookups kept by key.</summary>
    private TValue Once<TKey, TValue>(System.Collections.Concurrent.ConcurrentDictionary<TKey, TValue> cache, TKey key, Func<TKey, TValue> build) where TKey : notnull
    {
        if (cache.TryGetValue(key, out var done)) return done;
        lock (_buildLocks.GetOrAdd((cache, key), static _ => new object()))
        {
            if (cache.TryGetValue(key, out var built)) return built;
            var value = build(key);
            cache[key] = value;
            return value;
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public string Cell(TableKind kind, int row, string column) => Current[kind].Cell(row, column);

    /// <summary>Whether the cell is filled in: <c>Cell(...).Length > 0</c> without reading the string.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool Given(TableKind kind, int row, string column) => Current[kind].Given(row, column);

    /// <summary>Whether the cell of last year's table is filled in (<see cref="Given"/>).</summary>
    public bool LastGiven(TableKind kind, int row, string column) => Previous![kind].Given(row, column);

    /// <summary>Whether any of these columns of the row is filled in (a loop, not a closure per row: rules ask it of every row).</summary>
    public bool AnyGiven(TableKind kind, int row, string[] columns)
    {
        var table = Current[kind];
        foreach (var column in columns) if (table.Given(row, column)) return true;
        return false;
    }

    /// <summary>Whether any of these columns of the row is blank.</summary>
    public bool AnyBlank(TableKind kind, int row, string[] columns)
    {
        var table = Current[kind];
        foreach (var column in columns) if (!table.Given(row, column)) return true;
        return false;
    }

    /// <summary>The column's dates, parsed once (null where blank or not dd/mm/yyyy; every row null when the table lacks the column).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public DateOnly?[] Dates(TableKind kind, string column)
    {
        var table = Current[kind];
        return _dates.Get(table, table.IndexOf(column), 0, static (t, index, _) => t.Dates(index));
    }

    /// <summary>Row indexes of a table by CHILD (built once; a child's rows come back as an array, without allocating).</summary>
    public ILookup<string, int> RowsByChild(TableKind kind) => ChildRowsOf(kind);

    /// <summary>The same as <see cref="RowsByChild"/>, typed: <c>ChildRowsOf(kind).Of(child)</c> is the child's rows as an array.</summary>
    public ChildRows ChildRowsOf(TableKind kind)
    {
        return Volatile.Read(ref _byChild[(int)kind]) ?? GroupByChild(kind);
    }

    private ChildRows GroupByChild(TableKind kind) => Once(ref _byChild[(int)kind], kind, () => new ChildRows(Current[kind]));

    /// <summary>Each child's episode rows in order of DECOM (rows without a valid DECOM last), worked out once for all rules.</summary>
    public IReadOnlyList<IReadOnlyList<int>> EpisodesByChild() => ChildRowsInOrder(TableKind.Episodes, "DECOM");

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(TableKind, string, string?), int[][]> _inOrder = new();

    /// <summary>
    /// Each child's rows of a table in order of a date column, then (when given) of a second (stably; rows without a valid
    /// date after those with one), in the order of <see cref="ChildRowsOf"/>, worked out once for the rules that compare a
    /// child's consecutive spells: do not change them.
    /// </summary>
    public int[][] ChildRowsInOrder(TableKind kind, string dateColumn, string? thenBy = null) =>
        _inOrder.TryGetValue((kind, dateColumn, thenBy), out var done) ? done : Once(_inOrder, (kind, dateColumn, thenBy), key =>
        {
            var dates = Dates(key.Item1, key.Item2);
            var then = key.Item3 is { } second ? Dates(key.Item1, second) : null;
            int Compare(int a, int b)
            {
                var by = (dates[a] ?? DateOnly.MaxValue).CompareTo(dates[b] ?? DateOnly.MaxValue);
                return by != 0 || then is null ? by : (then[a] ?? DateOnly.MaxValue).CompareTo(then[b] ?? DateOnly.MaxValue);
            }
            var groups = ChildRowsOf(key.Item1).GroupRows;
            var ordered = new int[groups.Count][];
            for (var g = 0; g < groups.Count; g++)
                ordered[g] = groups[g].Length == 1 ? groups[g] : Catalogue.RowPairs.StableSort(groups[g], Compare);
            return ordered;
        });

    /// <summary>The header's date of birth for the child on a row of a table, if the header has one.</summary>
    public DateOnly? HeaderDob(TableKind table, int row) =>
        RowsOfChild(TableKind.Header, table, row) is { Length: > 0 } rows ? Dates(TableKind.Header, "DOB")[rows[0]] : null;

    // By an array of the pairs of tables: a dictionary keyed by the pair cost a hash per row.
    private static readonly int TableKinds = Enum.GetValues<TableKind>().Length;
    private readonly ChildLink?[] _links = new ChildLink?[TableKinds * TableKinds];

    /// <summary>Each CHILD value's number in one table (Cells by row) and the child's group in another's ChildRows (Groups by value).</summary>
    private sealed record ChildLink(int[] Cells, int[] Groups);

    /// <summary>
    /// The rows of table <paramref name="to"/> of the child on row <paramref name="row"/> of table <paramref name="from"/>
    /// (the same CHILD; an empty array when none): do not change it. Found once per distinct CHILD of the table, not once
    /// per row by hashing the id, as <c>ChildRowsOf(to).Of(child)</c> does.
    /// </summary>
    public int[] RowsOfChild(TableKind to, TableKind from, int row) =>
        GroupOfChild(to, from, row) is var group and >= 0 ? ChildRowsOf(to).GroupRows[group] : [];

    /// <summary>The group in <c>ChildRowsOf(to)</c> of the child on a row of table <paramref name="from"/> (-1 when none), found once per distinct CHILD.</summary>
    public int GroupOfChild(TableKind to, TableKind from, int row)
    {
        var link = Volatile.Read(ref _links[(int)to * TableKinds + (int)from]) ?? LinkOnce(to, from);
        return link.Groups[link.Cells[row]];
    }

    /// <summary>Whether table <paramref name="to"/> has a row of the child on row <paramref name="row"/> of table <paramref name="from"/>.</summary>
    public bool HasChildIn(TableKind to, TableKind from, int row) => RowsOfChild(to, from, row).Length > 0;

    // Apart from GroupOfChild, so that its closure is made only when the link is first asked for.
    private ChildLink LinkOnce(TableKind to, TableKind from) =>
        Once(ref _links[(int)to * TableKinds + (int)from], (to, from), () => LinkChildren(to, from));

    /// <summary>For each distinct CHILD of one table, the child's group in another's <see cref="ChildRows"/> (-1 when none).</summary>
    private ChildLink LinkChildren(TableKind to, TableKind from)
    {
        var table = Current[from];
        var (cells, values) = table.Column(table.IndexOf("CHILD"));
        var target = ChildRowsOf(to);
        return new ChildLink(cells, target.GroupsOf(values));
    }
}
