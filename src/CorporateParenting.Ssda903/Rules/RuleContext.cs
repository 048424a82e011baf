using System.Collections.Concurrent;
using CorporateParenting.Ssda903.Model;
using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Rules;

/// <summary>
/// What every rule reads: the year's tables, the year before, and lookups built once and shared
/// (parsed dates per column, rows per CHILD), so a hundred rules do not each re-parse a million cells.
/// </summary>
internal sealed class RuleContext(ReturnSet returns, int year)
{
    private readonly ConcurrentDictionary<(TableKind, string), DateOnly?[]> _dates = new();
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
    public DateOnly?[] Dates(TableKind kind, string column) => _dates.GetOrAdd((kind, column), key =>
    {
        var table = Current[key.Item1];
        var index = table.IndexOf(key.Item2);
        return table.Rows.Select(r => index < 0 ? null : Model.Dates.Parse(r[index])).ToArray();
    });

    /// <summary>Row indexes of a table by CHILD.</summary>
    public ILookup<string, int> RowsByChild(TableKind kind) => _byChild.GetOrAdd(kind, k =>
    {
        var table = Current[k];
        var child = table.IndexOf("CHILD");
        return Enumerable.Range(0, table.Count).ToLookup(i => table.Rows[i][child]);
    });

    /// <summary>A child's episode rows in order of DECOM (rows without a valid DECOM last).</summary>
    public IEnumerable<IReadOnlyList<int>> EpisodesByChild()
    {
        var decom = Dates(TableKind.Episodes, "DECOM");
        return RowsByChild(TableKind.Episodes).Select(g => (IReadOnlyList<int>)g.OrderBy(i => decom[i] ?? DateOnly.MaxValue).ToList());
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
