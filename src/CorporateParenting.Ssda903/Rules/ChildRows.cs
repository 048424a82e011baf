using System.Collections;
using System.Runtime.InteropServices;
using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Rules;

/// <summary>
/// A table's row indexes by CHILD, as <see cref="Enumerable.ToLookup{TSource, TKey}(IEnumerable{TSource}, Func{TSource, TKey})"/>
/// gives them (children in order of first row, rows in file order, no rows for a child not there), but each
/// child's rows are one array, handed out as it is: a rule asking for a child's rows allocates nothing.
/// </summary>
internal sealed class ChildRows : ILookup<string, int>
{
    // Each child's group number by its id (the number its id has in the index), and its rows by group: no object per
    // group (a return of England's size has 700,000 groups a year); a Group is made only when the lookup is enumerated.
    private readonly ChildIndex _groupOf;
    private readonly int[][] _rows;
    private readonly int[] _groupOfRow;

    public ChildRows(RawTable table)
    {
        // Grouped by the CHILD column's value numbers: no hashing per row, and one dictionary entry per child.
        var (cells, values) = table.Column(table.IndexOf("CHILD"));
        var groupOfValue = new int[values.Length];
        Array.Fill(groupOfValue, -1);
        _groupOfRow = new int[table.Count];
        var counts = new List<int>(values.Length);
        var children = new List<string>(values.Length);
        for (var i = 0; i < _groupOfRow.Length; i++)
        {
            ref var group = ref groupOfValue[cells[i]];
            if (group < 0) { group = children.Count; children.Add(values[cells[i]]); counts.Add(0); }
            _groupOfRow[i] = group;
            counts[group]++;
        }
        // A column's values are distinct, so each child is new to the index and its number is its group's.
        _groupOf = new ChildIndex(children.Count);
        _groupOf.AddEach(children);
        if (_groupOf.Count != children.Count) throw new InvalidOperationException($"{table.Kind}: the CHILD column's values are not distinct");
        _rows = new int[counts.Count][];
        for (var g = 0; g < _rows.Length; g++) _rows[g] = new int[counts[g]];
        var filled = new int[_rows.Length];
        for (var i = 0; i < _groupOfRow.Length; i++)
        {
            var g = _groupOfRow[i];
            _rows[g][filled[g]++] = i;
        }
    }

    /// <summary>The group (index into <see cref="Groups"/>) of a row of the table: its child's rows without a look-up by CHILD.</summary>
    public int GroupOfRow(int row) => _groupOfRow[row];

    /// <summary>The child's group (index into <see cref="Groups"/>), or -1 when the table has no row of the child.</summary>
    public int GroupOf(string child) => _groupOf.NumberOf(child);

    /// <summary><see cref="GroupOf"/> of each child, looked up together (faster than one at a time for many).</summary>
    public int[] GroupsOf(string[] children) => _groupOf.NumbersOf(children);

    /// <summary>The child's rows (an empty array when none): do not change it.</summary>
    public int[] Of(string child) => _groupOf.NumberOf(child) is var group and >= 0 ? _rows[group] : [];

    public IEnumerable<int> this[string key] => Of(key);

    public int Count => _rows.Length;

    public bool Contains(string key) => _groupOf.Contains(key);

    /// <summary>Each child's rows (an array per group, children in order of first appearance): do not change them.</summary>
    public IReadOnlyList<int[]> GroupRows => _rows;

    public IEnumerator<IGrouping<string, int>> GetEnumerator()
    {
        for (var g = 0; g < _rows.Length; g++) yield return new Group(_groupOf.IdAt(g), _rows[g]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public sealed class Group(string key, int[] rows) : IGrouping<string, int>, IReadOnlyList<int>
    {
        public string Key { get; } = key;
        public int[] Rows { get; } = rows;
        public int Count => Rows.Length;
        public int this[int index] => Rows[index];
        public IEnumerator<int> GetEnumerator() => ((IEnumerable<int>)Rows).GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
