using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Rules;

/// <summary>
/// A lookup kept for each column of each table of one year, found by the column's index: rules ask for their lookups
/// once per row, and finding them by hashing the column's name (a dictionary keyed by kind and name) cost as much as the
/// rules' own work. The lookup is built elsewhere (once, under RuleContext's locks) and kept here; any thread may read it.
/// </summary>
internal sealed class ColumnSlots<T> where T : class
{
    private readonly T?[]?[] _byKind = new T?[]?[Enum.GetValues<TableKind>().Length];

    /// <summary>The lookup kept for a column (null when none yet, or when the column is absent).</summary>
    public T? Find(TableKind kind, int column) =>
        column >= 0 && Volatile.Read(ref _byKind[(int)kind]) is { } slots && column < slots.Length ? Volatile.Read(ref slots[column]) : null;

    /// <summary>Keeps a column's lookup (a lookup for an absent column is not kept) and returns it.</summary>
    public T Keep(RawTable table, int column, T value)
    {
        if (column < 0) return value;
        var slots = Volatile.Read(ref _byKind[(int)table.Kind]);
        if (slots is null)
        {
            Interlocked.CompareExchange(ref _byKind[(int)table.Kind], new T?[table.Columns.Count], null);
            slots = _byKind[(int)table.Kind]!;
        }
        if (column < slots.Length) Volatile.Write(ref slots[column], value);
        return value;
    }
}
