using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Rules;

/// <summary>
/// Children's ids (CHILD values), each numbered in the order it was first added: a table's children for
/// <see cref="ChildRows"/>. A child's id is short ASCII, so its slot holds the characters themselves, packed as
/// <see cref="ColumnBuilder"/> packs a cell: a look-up reads one slot, where a dictionary of strings read a bucket, an
/// entry and the stored string, three places in memory. Linking one table's children to another's rows is a look-up
/// per child and pair of tables, and was a tenth of a validation at England's size. An id that does not pack (over 15
/// characters, or not ASCII) is kept in an ordinary dictionary.
/// </summary>
internal sealed class ChildIndex
{
    private struct Slot
    {
        public ulong A, B;
        public int Number;   // the id's number + 1; 0 when the slot is free
    }

    private Slot[] _slots;
    private string[] _ids;
    private Dictionary<string, int>? _unpacked;

    public ChildIndex(int capacity = 0)
    {
        _slots = new Slot[(int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2))];
        _ids = new string[Math.Max(4, capacity)];
    }

    /// <summary>How many ids have been added.</summary>
    public int Count { get; private set; }

    /// <summary>The id with this number.</summary>
    public string IdAt(int number) => _ids[number];

    /// <summary>The id's number, or -1 when it has not been added.</summary>
    public int NumberOf(string id)
    {
        if (!ColumnBuilder.TryPack(id, out var a, out var b))
            return _unpacked is { } unpacked && unpacked.TryGetValue(id, out var number) ? number : -1;
        return FindPacked(a, b, ColumnBuilder.HashPacked(a, b) & int.MaxValue);
    }

    /// <summary>The number of a packed id from its hash's slot on, or -1.</summary>
    private int FindPacked(ulong a, ulong b, int hash)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var at = hash & mask; slots[at].Number != 0; at = (at + 1) & mask)
            if (slots[at].A == a && slots[at].B == b) return slots[at].Number - 1;
        return -1;
    }

    public bool Contains(string id) => NumberOf(id) >= 0;

    // Looking up or adding many ids, each slot is asked for from memory a few ids ahead, so that the waits overlap: an
    // index of a hundred thousand children is larger than the processor's cache. Linking one table's children to another's
    // and building a table's rows by child do so. The keys ahead are kept in a ring, not an array per call (a validation
    // links thirty pairs of tables, and holds what it allocates to the end).
    private const int Ahead = 8;

    private struct Key
    {
        public ulong A, B;
        public int Hash;   // -1: the id does not pack
    }

    /// <summary>The key of ids[i] put in its place in the ring, its slot asked for.</summary>
    private void Look(IReadOnlyList<string> ids, int i, Span<Key> ring)
    {
        ref var key = ref ring[i % Ahead];
        if (!ColumnBuilder.TryPack(ids[i], out key.A, out key.B)) { key.Hash = -1; return; }
        key.Hash = ColumnBuilder.HashPacked(key.A, key.B) & int.MaxValue;
        CacheHint.Prefetch(ref _slots[key.Hash & (_slots.Length - 1)]);
    }

    /// <summary><see cref="NumberOf"/> of each id, looked up together.</summary>
    public int[] NumbersOf(IReadOnlyList<string> ids)
    {
        Span<Key> ring = stackalloc Key[Ahead];
        var numbers = new int[ids.Count];
        for (var i = 0; i < Math.Min(Ahead, ids.Count); i++) Look(ids, i, ring);
        for (var i = 0; i < numbers.Length; i++)
        {
            var key = ring[i % Ahead];
            if (i + Ahead < numbers.Length) Look(ids, i + Ahead, ring);
            numbers[i] = key.Hash < 0 ? NumberOf(ids[i]) : FindPacked(key.A, key.B, key.Hash);
        }
        return numbers;
    }

    /// <summary><see cref="Add"/> of each id in turn, together.</summary>
    public void AddEach(IReadOnlyList<string> ids)
    {
        Span<Key> ring = stackalloc Key[Ahead];
        for (var i = 0; i < Math.Min(Ahead, ids.Count); i++) Look(ids, i, ring);
        for (var i = 0; i < ids.Count; i++)
        {
            var key = ring[i % Ahead];
            if (i + Ahead < ids.Count) Look(ids, i + Ahead, ring);
            if (key.Hash < 0) Add(ids[i]);
            else AddPacked(ids[i], key.A, key.B, key.Hash);
        }
    }

    /// <summary>Adds the id if it is new; its number either way.</summary>
    public int Add(string id)
    {
        if (!ColumnBuilder.TryPack(id, out var a, out var b))
        {
            var unpacked = _unpacked ??= new Dictionary<string, int>(StringComparer.Ordinal);
            if (unpacked.TryGetValue(id, out var known)) return known;
            unpacked[id] = Count;
            return Append(id);
        }
        return AddPacked(id, a, b, ColumnBuilder.HashPacked(a, b) & int.MaxValue);
    }

    private int AddPacked(string id, ulong a, ulong b, int hash)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        var at = hash & mask;
        for (; slots[at].Number != 0; at = (at + 1) & mask)
            if (slots[at].A == a && slots[at].B == b) return slots[at].Number - 1;
        slots[at] = new Slot { A = a, B = b, Number = Count + 1 };
        var number = Append(id);
        if (Count * 2 > slots.Length) Grow();
        return number;
    }

    private int Append(string id)
    {
        if (Count == _ids.Length) Array.Resize(ref _ids, _ids.Length * 2);
        _ids[Count] = id;
        return Count++;
    }

    private void Grow()
    {
        var grown = new Slot[_slots.Length * 2];
        var mask = grown.Length - 1;
        foreach (var slot in _slots)
        {
            if (slot.Number == 0) continue;
            var at = ColumnBuilder.HashPacked(slot.A, slot.B) & mask;
            while (grown[at].Number != 0) at = (at + 1) & mask;
            grown[at] = slot;
        }
        _slots = grown;
    }
}
