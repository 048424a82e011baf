using System.Text;

namespace CorporateParenting.Ssda903.Reading;

/// <summary>
/// Streams RFC 4180 records from text: quoted fields with "" escapes, commas and line breaks inside
/// quotes, CRLF or LF. Never holds more than one record, and stops with an error at a record longer
/// than the limit (so a 2 GB line costs no more memory than the limit).
/// </summary>
internal sealed class CsvRecords(TextReader reader, int maxRecordChars, int blockChars = 1 << 16)
{
    /// <summary>
    /// Most cells repeat (codes, dates, a child's id on its consecutive rows): each column keeps the strings it
    /// made last in a small direct-mapped cache (one probe, no resizing), so repeats share one string.
    /// </summary>
    private const int CacheSize = 1 << 13;
    private const int CachedColumns = 64;
    private readonly string?[]?[] _caches = new string?[]?[CachedColumns];
    private readonly StringBuilder _field = new();
    private char[] _buffer = new char[256];
    // Text is scanned from a block of characters: one virtual call per 64K characters, not per character.
    private readonly char[] _block = new char[blockChars];
    private int _position;
    private int _length;

    private int Next()
    {
        if (_position == _length && !Fill()) return -1;
        return _block[_position++];
    }

    private int PeekNext()
    {
        if (_position == _length && !Fill()) return -1;
        return _block[_position];
    }

    private bool Fill()
    {
        _length = reader.Read(_block, 0, _block.Length);
        _position = 0;
        return _length > 0;
    }
    private int _line = 1;

    /// <summary>Physical line on which the record last returned started.</summary>
    public int RecordLine { get; private set; }

    /// <summary>Set when reading stopped because a record was too long or a quote never closed.</summary>
    public string? Problem { get; private set; }

    /// <summary>The field trimmed and upper-cased, as the DfE tools read it, from the pool when seen before.</summary>
    private string Normalised()
    {
        if (_buffer.Length < _field.Length) _buffer = new char[Math.Max(_field.Length, _buffer.Length * 2)];
        _field.CopyTo(0, _buffer, 0, _field.Length);
        return Normalised(_buffer.AsSpan(0, _field.Length), _fieldIndex);
    }

    private string Normalised(ReadOnlySpan<char> field, int column)
    {
        var raw = field.Trim();
        if (raw.Length == 0) return "";
        // Most cells are already upper-case ASCII (codes, dates, ids): looked up as they stand, no copy.
        if (raw.ContainsAnyExcept(AsIs))
        {
            Span<char> upper = raw.Length <= 256 ? stackalloc char[raw.Length] : new char[raw.Length];
            raw.ToUpperInvariant(upper);
            return Cached(upper, column);
        }
        return Cached(raw, column);
    }

    /// <summary>ASCII without lower-case letters: what upper-casing leaves as it is.</summary>
    private static readonly System.Buffers.SearchValues<char> AsIs =
        System.Buffers.SearchValues.Create(Enumerable.Range(0, 128).Select(c => (char)c).Where(c => c is < 'a' or > 'z').ToArray());

    /// <summary>
    /// A few multiplications over the characters read eight bytes at a time (the first, second and last eight, which
    /// covers cells of up to 12 characters: codes, dates, ids): the cache only needs cells spread, and a collision costs
    /// a string, never a wrong cell (a hit is checked character by character).
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
        return (int)(hash >> 40);
    }

    /// <summary>Each column's last cell: a child's id and date of birth on its consecutive rows, a code repeated.</summary>
    private readonly string?[] _previous = new string?[CachedColumns];
    /// <summary>Per column, look-ups in the cache and how many found their cell there (after a trial, a column of ids is no longer looked up).</summary>
    private readonly int[] _probes = new int[CachedColumns];
    private readonly int[] _hits = new int[CachedColumns];
    private const int Trial = 1 << 14;

    private string Cached(ReadOnlySpan<char> value, int column)
    {
        var c = Math.Min(column, CachedColumns - 1);
        if (_previous[c] is { } previous && value.SequenceEqual(previous)) return previous;
        string made;
        if (_probes[c] >= Trial && _hits[c] < Trial / 8)
            made = value.ToString();   // a column of (mostly) unique values: the cache would only miss
        else
        {
            var cache = _caches[c] ??= new string?[CacheSize];
            ref var slot = ref cache[Hash(value) & (CacheSize - 1)];
            if (_probes[c] < Trial) _probes[c]++;
            if (slot is not null && value.SequenceEqual(slot))
            {
                if (_hits[c] < Trial) _hits[c]++;
                made = slot;
            }
            else made = slot = value.ToString();
        }
        return _previous[c] = made;
    }

    /// <summary>Off only in tests, which check that the fast path reads exactly what the character-by-character one does.</summary>
    internal bool FastPath { get; init; } = true;

    private bool _ended;

    public bool TryRead(List<string> record)
    {
        record.Clear();
        return FastPath && TryReadLine(record) || TryReadByCharacter(record);
    }

    /// <summary>
    /// The common case on spans of the read block: a whole line without quotes, within the length limit.
    /// Anything else (quotes, a record longer than the block or the limit, the end of the text) is left
    /// unread for <see cref="TryReadByCharacter"/>, so both paths read the same records.
    /// </summary>
    private bool TryReadLine(List<string> record)
    {
        while (true)
        {
            var available = _block.AsSpan(_position, _length - _position);
            var end = available.IndexOfAny('\r', '\n');
            if (end < 0 && _ended && available.Length > 0) end = available.Length;   // the last line, without a line break
            if (end >= 0 && (end + 1 < available.Length || available.Length > 0 && _ended || end < available.Length && available[end] == '\n'))
            {
                var line = available[..end];
                var breakLength = end == available.Length ? 0 : available[end] == '\r' && end + 1 < available.Length && available[end + 1] == '\n' ? 2 : 1;
                if (line.Contains('"') || end + breakLength > maxRecordChars) return false;
                RecordLine = _line;
                while (true)
                {
                    var comma = line.IndexOf(',');
                    if (comma < 0) { record.Add(Normalised(line, record.Count)); break; }
                    record.Add(Normalised(line[..comma], record.Count));
                    line = line[(comma + 1)..];
                }
                _position += end + breakLength;
                if (breakLength > 0) _line++;
                return true;
            }
            if (_ended || !Refill()) return false;
        }
    }

    /// <summary>Moves the unread characters to the start of the block and reads more after them; false when the block is full.</summary>
    private bool Refill()
    {
        var unread = _length - _position;
        if (unread == _block.Length) return false;
        if (_position > 0)
        {
            Array.Copy(_block, _position, _block, 0, unread);
            _position = 0;
            _length = unread;
        }
        var read = reader.Read(_block, _length, _block.Length - _length);
        if (read == 0) _ended = true;
        _length += read;
        return true;
    }

    /// <summary>The column of the field being read character by character (its cache).</summary>
    private int _fieldIndex;

    private bool TryReadByCharacter(List<string> record)
    {
        record.Clear();
        _field.Clear();
        RecordLine = _line;
        var quoted = false;
        var length = 0;
        var any = false;
        while (true)
        {
            var next = Next();
            if (next < 0)
            {
                if (quoted) { Problem = "a quoted field is never closed"; return false; }
                if (!any) return false;
                { _fieldIndex = record.Count; record.Add(Normalised()); }
                return true;
            }
            any = true;
            if (++length > maxRecordChars)
            {
                Problem = $"a row is longer than {maxRecordChars:N0} characters";
                return false;
            }
            var c = (char)next;
            if (quoted)
            {
                if (c == '"')
                {
                    if (PeekNext() == '"') { Next(); _field.Append('"'); }
                    else quoted = false;
                }
                else
                {
                    if (c == '\n') _line++;
                    _field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when _field.ToString().Trim().Length == 0:
                    _field.Clear();
                    quoted = true;
                    break;
                case ',':
                    { _fieldIndex = record.Count; record.Add(Normalised()); }
                    _field.Clear();
                    break;
                case '\r' when PeekNext() == '\n':
                    break;
                case '\r' or '\n':
                    _line++;
                    { _fieldIndex = record.Count; record.Add(Normalised()); }
                    return true;
                default:
                    _field.Append(c);
                    break;
            }
        }
    }
}
