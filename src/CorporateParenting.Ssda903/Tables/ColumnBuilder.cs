using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CorporateParenting.Ssda903.Tables;

/// <summary>
/// One column of a table as it is read: each distinct value becomes one string, kept once, and each cell the number
/// of its value (0 is ""). A return of England's size has twelve million cells and about a million distinct values.
/// </summary>
internal sealed class ColumnBuilder
{
    // The distinct values; each cell's value number; the number of the last cell's value (a child's id and date of birth
    // repeat on its consecutive rows).
    private string[] _values = new string[16];
    private int _valueCount;
    private int[] _cells;
    private int _count;
    private int _last;
    // Two hash tables of the values' numbers (open addressing), which a span finds without making a string. Most cells
    // (codes, dates, ids, postcodes) are ASCII of at most 15 characters: their slot holds the characters themselves, so a
    // look-up reads one slot and no string (at England's size a column has up to 180,000 values, and the reads of the
    // strings were most of reading's time). Any other value: a slot of its hash and number, compared with its string.
    private Packed[] _packed;
    private int _packedCount;
    private long[]? _slots;
    private int _slotCount;
    private (ulong A, ulong B) _lastKey;

    /// <summary>Up to 15 ASCII characters, one a byte: the first 8 in A, the rest and the length (top byte) in B. Id is number + 1, 0 when free.</summary>
    private struct Packed
    {
        public ulong A, B;
        public int Id;
    }

    private readonly int _expectedRows;

    public ColumnBuilder(int expectedRows)
    {
        _expectedRows = expectedRows;
        _cells = new int[Math.Max(expectedRows, 16)];
        _values[0] = "";
        _valueCount = 1;
        _packed = Rent(64);
        TryPack([], out var a, out var b);
        PlacePacked(_packed, a, b, 1);
        _packedCount = 1;
        _lastKey = (a, b);
    }

    // The tables are dropped once the column is built: pooled, so that reading a return does not leave the collector
    // megabytes of large arrays to reclaim. A rented table is cleared (0 is a free slot).
    private static Packed[] Rent(int length)
    {
        var table = System.Buffers.ArrayPool<Packed>.Shared.Rent(length);
        Array.Clear(table);
        return table;
    }

    /// <summary>ASCII without lower-case letters: what upper-casing leaves as it is.</summary>
    private static readonly System.Buffers.SearchValues<char> AsIs =
        System.Buffers.SearchValues.Create(Enumerable.Range(0, 128).Select(c => (char)c).Where(c => c is < 'a' or > 'z').ToArray());

    // A cell staged (Stage) and not yet added: its key, and the slot where its look-up starts (-1: the last cell's value).
    private bool _staged;
    private ulong _stagedA, _stagedB;
    private int _stagedAt;

    /// <summary>
    /// Starts the look-up of the cell that <see cref="Add"/> will be given next, reading its slot now: a reader stages every
    /// column of a row and then adds them, so that the row's waits for memory (a slot of a large table is rarely cached)
    /// overlap instead of following one another. Cells other than short upper-case ASCII are left to Add.
    /// </summary>
    public void Stage(ReadOnlySpan<char> text)
    {
        _staged = TryPack(text, out _stagedA, out _stagedB, asIs: true);
        if (!_staged) return;
        if (_stagedA == _lastKey.A && _stagedB == _lastKey.B) { _stagedAt = -1; return; }
        _stagedAt = HashPacked(_stagedA, _stagedB) & (_packed.Length - 1);
        CacheHint.Prefetch(ref _packed[_stagedAt]);
    }

    /// <summary>A cell as the DfE tools read it: trimmed and upper-cased.</summary>
    public void Add(ReadOnlySpan<char> text)
    {
        if (_staged)
        {
            _staged = false;
            Append(_stagedAt < 0 ? _last : PackedIdOf(text, _stagedA, _stagedB, _stagedAt));
            return;
        }
        var cell = text.Trim();
        if (cell.Length == 0) { Append(0); return; }
        // Most cells are already upper-case ASCII (codes, dates, ids): looked up as they stand, no copy.
        if (!cell.ContainsAnyExcept(AsIs)) { Append(IdOf(cell)); return; }
        Span<char> upper = cell.Length <= 256 ? stackalloc char[cell.Length] : new char[cell.Length];
        cell.ToUpperInvariant(upper);
        Append(IdOf(upper));
    }

    /// <summary>A cell kept exactly as given (a table made from rows already read).</summary>
    public void AddAsIs(string cell) => Append(IdOf(cell));

    /// <summary>The text of a cell as <see cref="Add"/> keeps it, as a string (header rows, tests).</summary>
    public static string Normalise(ReadOnlySpan<char> text)
    {
        var cell = text.Trim();
        return cell.ContainsAnyExcept(AsIs) ? cell.ToString().ToUpperInvariant() : cell.ToString();
    }

    private int IdOf(ReadOnlySpan<char> cell)
    {
        if (!TryPack(cell, out var a, out var b)) return OtherIdOf(cell);
        if (a == _lastKey.A && b == _lastKey.B) return _last;
        return PackedIdOf(cell, a, b, HashPacked(a, b) & (_packed.Length - 1));
    }

    /// <summary>The number of a packed value, looked for from slot <paramref name="at"/> on.</summary>
    private int PackedIdOf(ReadOnlySpan<char> cell, ulong a, ulong b, int at)
    {
        _lastKey = (a, b);
        var table = _packed;
        var mask = table.Length - 1;   // rented tables are a power of two long
        for (; table[at].Id != 0; at = (at + 1) & mask)
            if (table[at].A == a && table[at].B == b) return _last = table[at].Id - 1;
        var id = NewValue(cell.ToString());
        table[at] = new Packed { A = a, B = b, Id = id + 1 };
        if (++_packedCount * 2 > table.Length)
        {
            // A column whose values are nearly all different so far (ids, UPNs, postcodes) goes straight to the size its
            // estimated rows need, instead of through every size between (each a table to allocate and fill again).
            var size = table.Length * 2;
            if (_count >= 8192 && _packedCount * 4 > _count * 3)
            {
                size = Math.Max(size, (int)BitOperations.RoundUpToPowerOf2((uint)_expectedRows * 2));
                if (_values.Length < size / 2) Array.Resize(ref _values, size / 2);
            }
            var grown = Rent(size);
            foreach (ref readonly var slot in table.AsSpan())
                if (slot.Id != 0) PlacePacked(grown, slot.A, slot.B, slot.Id);
            System.Buffers.ArrayPool<Packed>.Shared.Return(table);
            _packed = grown;
        }
        return _last = id;
    }

    /// <summary>
    /// The key of a value of at most 15 ASCII characters (false for any other); with <paramref name="asIs"/>, also false
    /// for a cell that trimming or upper-casing would change, or a blank one (<see cref="Add"/> reads those the long way).
    /// One look at each character.
    /// </summary>
    internal static bool TryPack(ReadOnlySpan<char> cell, out ulong a, out ulong b, bool asIs = false)
    {
        a = 0;
        b = (ulong)cell.Length << 56;
        if (cell.Length > 15 || asIs && (cell.Length == 0 || cell[0] <= ' ' || cell[^1] <= ' ')) return false;
        if (cell.Length >= 8 && Vector128.IsHardwareAccelerated) return TryPackEightOrMore(cell, ref a, ref b, asIs);
        for (var i = 0; i < cell.Length; i++)
        {
            var c = cell[i];
            if (c > 127 || asIs && (uint)(c - 'a') <= 'z' - 'a') return false;
            if (i < 8) a |= (ulong)c << (i * 8);
            else b |= (ulong)c << ((i - 8) * 8);
        }
        return true;
    }

    /// <summary>
    /// <see cref="TryPack"/> for 8 to 15 characters (dates, postcodes, long ids): the first eight and the last eight read
    /// as two vectors (overlapping when fewer than 16), tested and narrowed to bytes at once, not a character at a time.
    /// </summary>
    private static bool TryPackEightOrMore(ReadOnlySpan<char> cell, ref ulong a, ref ulong b, bool asIs)
    {
        ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(cell));
        var first = Vector128.LoadUnsafe(ref start);
        var last = Vector128.LoadUnsafe(ref start, (nuint)(cell.Length - 8));
        if (((first | last) & Vector128.Create((ushort)0xFF80)) != Vector128<ushort>.Zero) return false;
        if (asIs)
        {
            var lowerA = Vector128.Create((ushort)'a');
            var letters = Vector128.Create((ushort)('z' - 'a'));
            if ((Vector128.LessThanOrEqual(first - lowerA, letters) | Vector128.LessThanOrEqual(last - lowerA, letters)) != Vector128<ushort>.Zero) return false;
        }
        a = Vector128.Narrow(first, first).AsUInt64().ToScalar();
        // The last vector's bytes are characters Length - 8 onwards: B wants those from 8 on.
        if (cell.Length > 8) b |= Vector128.Narrow(last, last).AsUInt64().ToScalar() >> ((16 - cell.Length) * 8);
        return true;
    }

    internal static int HashPacked(ulong a, ulong b)
    {
        var hash = (a ^ (b * 0x9E3779B97F4A7C15)) * 0xFF51AFD7ED558CCD;
        hash = (hash ^ (hash >> 33)) * 0xC4CEB9FE1A85EC53;
        return (int)(hash >> 33);
    }

    private static void PlacePacked(Packed[] table, ulong a, ulong b, int id)
    {
        var mask = table.Length - 1;
        var at = HashPacked(a, b) & mask;
        while (table[at].Id != 0) at = (at + 1) & mask;
        table[at] = new Packed { A = a, B = b, Id = id };
    }

    private int NewValue(string value)
    {
        var id = _valueCount++;
        if (id == _values.Length) Array.Resize(ref _values, id * 2);
        _values[id] = value;
        return id;
    }

    private static void Place(long[] slots, int hash, int id)
    {
        var mask = slots.Length - 1;
        var at = hash & mask;
        while (slots[at] != 0) at = (at + 1) & mask;
        slots[at] = ((long)hash << 32) | (uint)(id + 1);
    }

    /// <summary>A value that is not packed: longer than 15 characters or not ASCII (rare in a return).</summary>
    private int OtherIdOf(ReadOnlySpan<char> cell)
    {
        _lastKey = (ulong.MaxValue, ulong.MaxValue);   // no packed key: the next packed cell is looked up
        var slots = _slots ??= new long[16];
        var hash = Hash(cell);
        var mask = slots.Length - 1;
        var at = hash & mask;
        for (var slot = slots[at]; slot != 0; slot = slots[at = (at + 1) & mask])
            if ((int)(slot >> 32) == hash && cell.SequenceEqual(_values[(int)slot - 1])) return _last = (int)slot - 1;
        var id = NewValue(cell.ToString());
        slots[at] = ((long)hash << 32) | (uint)(id + 1);
        if (++_slotCount * 2 > slots.Length)
        {
            var grown = new long[slots.Length * 2];
            foreach (var old in slots) if (old != 0) Place(grown, (int)(old >> 32), (int)old - 1);
            _slots = grown;
        }
        return _last = id;
    }

    /// <summary>
    /// A few multiplications over the characters read eight bytes at a time (all of a cell of up to 12 characters: codes,
    /// dates, ids; the first, second and last eight bytes of a longer one): a collision costs a comparison, never a wrong value.
    /// </summary>
    private static int Hash(ReadOnlySpan<char> value)
    {
        const ulong Mix = 0x9E3779B97F4A7C15;
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(value);
        var hash = (ulong)bytes.Length * Mix;
        if (bytes.Length >= 8)
        {
            hash = (hash ^ System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(bytes)) * Mix;
            if (bytes.Length > 16) hash = (hash ^ System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..])) * Mix;
            hash = (hash ^ System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(bytes[^8..])) * Mix;
        }
        else
            foreach (var c in value) hash = (hash ^ c) * Mix;
        // A multiplication carries a change only upwards (ids differing in their last character would differ only in
        // the top bits): the finishing step of MurmurHash3 spreads it over the bits the table uses.
        hash = (hash ^ (hash >> 33)) * 0xFF51AFD7ED558CCD;
        hash = (hash ^ (hash >> 33)) * 0xC4CEB9FE1A85EC53;
        return (int)((hash ^ (hash >> 33)) & int.MaxValue);
    }

    private void Append(int id)
    {
        if (_count == _cells.Length) Array.Resize(ref _cells, _cells.Length + _cells.Length / 2);
        _cells[_count++] = id;
    }

    /// <summary>
    /// The cells (at least as many as were added: a few more from the estimate are not worth a copy of the column) and
    /// the distinct values they number. The builder is not used again.
    /// </summary>
    public (int[] Cells, string[] Values) Build()
    {
        if (_cells.Length - _count > _count / 8) Array.Resize(ref _cells, _count);
        System.Buffers.ArrayPool<Packed>.Shared.Return(_packed);
        _packed = [];
        return (_cells, _values[.._valueCount]);
    }
}
