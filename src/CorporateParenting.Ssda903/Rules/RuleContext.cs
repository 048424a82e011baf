using System.Collections.Concurrent;
using CorporateParenting.Ssda903.Model;
using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Rules;

/// <summary>
/// What every rule reads: the year's tables, the year before, and lookups built once and shared
/// (parsed dates per column, rows per CHILD), so a hundred rules do not each re-parse a million cells.
/// </summary>
internal sealed partial class RuleContext(ReturnSet returns, int year)
{
    private readonly DateOnly?[]?[][] _dates = Enum.GetValues<TableKind>().Select(k => new DateOnly?[]?[TableSchema.For(k).Columns.Count]).ToArray();
    private readonly ConcurrentDictionary<TableKind, ILookup<string, int>> _byChild = new();

    public int Year { get; } = year;
    public ReturnYear Current { get; } = returns.ForYear(year) ?? throw new ArgumentException($"No return for {year}.");
    public ReturnYear? Previous { get; } = returns.Previous(year);
    /// <summary>1 April at the start of the collection year.</summary>
    public DateOnly Start { get; } = new(year - 1, 4, 1);
    /// <summary>31 March at its end.</summary>
    public DateOnly End { get; } = new(year, 3, 31);

    public RawTable this[TableKind kind] => Current[kind];

    public string Cell(TableKind kind, int row, string column) => Current[kind].Cell(row, column);

    /// <summary>The column's dates, parsed once (null where blank or not dd/mm/yyyy).</summary>
    public DateOnly?[] Dates(TableKind kind, string column)
    {
        var table = Current[kind];
        var index = table.IndexOf(column);
        if (index < 0) return new DateOnly?[table.Count];
        var cached = Volatile.Read(ref _dates[(int)kind][index]);
        if (cached is not null) return cached;
        var parsed = new DateOnly?[table.Count];
        for (var i = 0; i < parsed.Length; i++) parsed[i] = Model.Dates.Parse(table.Rows[i][index]);
        return Interlocked.CompareExchange(ref _dates[(int)kind][index], parsed, null) ?? parsed;
    }

    /// <summary>Row indexes of a table by CHILD.</summary>
    public ILookup<string, int> RowsByChild(TableKind kind) => _byChild.GetOrAdd(kind, k =>
    {
        var table = Current[k];
        var child = table.IndexOf("CHILD");
        return Enumerable.Range(0, table.Count).ToLookup(i => table.Rows[i][child]);
    });

    private IReadOnlyList<IReadOnlyList<int>>? _episodesByChild;

    /// <summary>Each child's episode rows in order of DECOM (rows without a valid DECOM last), worked out once for all rules.</summary>
    public IReadOnlyList<IReadOnlyList<int>> EpisodesByChild()
    {
        if (_episodesByChild is { } done) return done;
        var decom = Dates(TableKind.Episodes, "DECOM");
        var ordered = RowsByChild(TableKind.Episodes).Select(g => (IReadOnlyList<int>)g.OrderBy(i => decom[i] ?? DateOnly.MaxValue).ToList()).ToList();
        return Interlocked.CompareExchange(ref _episodesByChild, ordered, null) ?? ordered;
    }

    /// <summary>The header's date of birth for a child, if the header has one.</summary>
    public DateOnly? HeaderDob(string child)
    {
        var rows = RowsByChild(TableKind.Header)[child];
        var dob = Dates(TableKind.Header, "DOB");
        foreach (var row in rows) return dob[row];
        return null;
    }
}
