namespace CorporateParenting.Ssda903.Tables;

/// <summary>
/// One column of a table as it is read: each distinct value becomes one string, kept once, and each cell the number
/// of its value (0 is ""). A return of England's size has twelve million cells and about a million distinct values.
/// </summary>
internal sealed class ColumnBuilder
{
    // The distinct values, and a hash table of their numbers (open addressing: a slot holds a value's hash and its number
    // + 1, 0 when free), which a span finds without making a string, and where a new value costs one look at one array:
    // cheaper than a Dictionary for columns of a few hundred thousand values, mostly unique.
    private string[] _values = new string[16];
    private int _valueCount;
    private long[] _slots = new long[64];
    private int[] _cells;
    private int _count;
    // The last cell's value: a child's id and date of birth repeat on its consecutive rows.
    private int _last;

    public ColumnBuilder(int expectedRows)
    {
        _cells = new int[Math.Max(expectedRows, 16)];
        _values[0] = "";
        _valueCount = 1;
        Place(_slots, Hash([]), 0);
    }

    /// <summary>ASCII without lower-case letters: what upper-casing leaves as it is.</summary>
    private static readonly System.Buffers.SearchValues<char> AsIs =
        System.Buffers.SearchValues.Create(Enumerable.Range(0, 128).Select(c => (char)c).Where(c => c is < 'a' or > 'z').ToArray());

    /// <summary>A cell as the DfE tools read it: trimmed and upper-cased.</summary>
    public void Add(ReadOnlySpan<char> text)
    {
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
        if (cell.SequenceEqual(_values[_last])) return _last;
        var hash = Hash(cell);
        var mask = _slots.Length - 1;
        var at = hash & mask;
        for (var slot = _slots[at]; slot != 0; slot = _slots[at = (at + 1) & mask])
            if ((int)(slot >> 32) == hash && cell.SequenceEqual(_values[(int)slot - 1])) return _last = (int)slot - 1;
        var id = _valueCount++;
        if (id == _values.Length) Array.Resize(ref _values, id * 2);
        _values[id] = cell.ToString();
        _slots[at] = ((long)hash << 32) | (uint)(id + 1);
        if (_valueCount * 2 > _slots.Length)
        {
            var slots = new long[_slots.Length * 2];
            foreach (var old in _slots) if (old != 0) Place(slots, (int)(old >> 32), (int)old - 1);
            _slots = slots;
        }
        return _last = id;
    }

    private static void Place(long[] slots, int hash, int id)
    {
        var mask = slots.Length - 1;
        var at = hash & mask;
        while (slots[at] != 0) at = (at + 1) & mask;
        slots[at] = ((long)hash << 32) | (uint)(id + 1);
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

    /// <summary>The cells (exactly as many as were added) and the distinct values they number.</summary>
    public (int[] Cells, string[] Values) Build()
    {
        if (_cells.Length != _count) Array.Resize(ref _cells, _count);
        return (_cells, _values[.._valueCount]);
    }
}
