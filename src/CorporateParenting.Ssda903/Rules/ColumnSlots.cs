using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Rules;

/// <summary>
/// A lookup for each column of each table of one year (its dates, its postcodes' places), built once and then found by
/// the column's index: rules ask for their lookups once per row, and finding them by hashing the column's name cost as
/// much as the rules' own work. A thread asking while another builds the same lookup waits for it rather than building
/// it again (on two cores a second build costs as much as the wait and doubles the garbage); other columns build meanwhile.
/// </summary>
internal sealed class ColumnSlots<T> where T : class
{
    // Per kind, a slot per column and, first, one for a column the table lacks (the lookup is then the same whatever its name).
    private readonly Slot[]?[] _byKind = new Slot[]?[Enum.GetValues<TableKind>().Length];

    private sealed class Slot
    {
        public T? Value;
    }

    /// <summary>The lookup of a column of the table (index -1: the table lacks it), made by <paramref name="build"/> the first time.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public T Get<TState>(RawTable table, int column, TState state, Func<RawTable, int, TState, T> build) =>
        Volatile.Read(ref _byKind[(int)table.Kind]) is { } slots && Volatile.Read(ref slots[column + 1].Value) is { } done
            ? done
            : GetOrBuild(table, column, state, build);

    // Apart from Get, which is compiled into each caller (rules ask for a lookup once per row).
    private T GetOrBuild<TState>(RawTable table, int column, TState state, Func<RawTable, int, TState, T> build)
    {
        var slots = Volatile.Read(ref _byKind[(int)table.Kind]) ?? MakeSlots(table);
        var slot = slots[column + 1];
        if (Volatile.Read(ref slot.Value) is { } done) return done;
        lock (slot)
        {
            if (slot.Value is { } built) return built;
            var value = build(table, column, state);
            Volatile.Write(ref slot.Value, value);
            return value;
        }
    }

    private Slot[] MakeSlots(RawTable table)
    {
        var slots = new Slot[table.Columns.Count + 1];
        for (var i = 0; i < slots.Length; i++) slots[i] = new Slot();
        return Interlocked.CompareExchange(ref _byKind[(int)table.Kind], slots, null) ?? slots;
    }
}
