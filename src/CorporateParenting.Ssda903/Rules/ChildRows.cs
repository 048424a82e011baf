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
    private readonly Dictionary<string, Group> _byChild;
    private readonly Group[] _groups;

    public ChildRows(RawTable table)
    {
        var child = table.IndexOf("CHILD");
        var rows = table.Rows;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        var keys = new string[rows.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            var key = keys[i] = child < 0 ? "" : rows[i][child];
            ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out var exists);
            if (!exists) order.Add(key);
            count++;
        }
        _byChild = new Dictionary<string, Group>(order.Count, StringComparer.Ordinal);
        _groups = new Group[order.Count];
        for (var g = 0; g < order.Count; g++) _byChild[order[g]] = _groups[g] = new Group(order[g], new int[counts[order[g]]]);
        var filled = new Dictionary<string, int>(order.Count, StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            var group = _byChild[keys[i]];
            ref var next = ref CollectionsMarshal.GetValueRefOrAddDefault(filled, keys[i], out _);
            group.Rows[next++] = i;
        }
    }

    /// <summary>The child's rows (an empty array when none): do not change it.</summary>
    public int[] Of(string child) => _byChild.TryGetValue(child, out var group) ? group.Rows : [];

    public IEnumerable<int> this[string key] => Of(key);

    public int Count => _groups.Length;

    public bool Contains(string key) => _byChild.ContainsKey(key);

    /// <summary>Each child's rows in order of first appearance.</summary>
    public IReadOnlyList<Group> Groups => _groups;

    public IEnumerator<IGrouping<string, int>> GetEnumerator() => ((IEnumerable<IGrouping<string, int>>)_groups).GetEnumerator();

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
