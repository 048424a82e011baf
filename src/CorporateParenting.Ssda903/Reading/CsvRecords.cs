using System.Text;

namespace CorporateParenting.Ssda903.Reading;

/// <summary>
/// Streams RFC 4180 records from text: quoted fields with "" escapes, commas and line breaks inside
/// quotes, CRLF or LF. Never holds more than one record, and stops with an error at a record longer
/// than the limit (so a 2 GB line costs no more memory than the limit).
/// </summary>
internal sealed class CsvRecords(TextReader reader, int maxRecordChars)
{
    /// <summary>Most cells repeat (codes, dates): one string per distinct value keeps a million rows small.</summary>
    private const int MaxPooled = 1_000_000;
    private readonly StringBuilder _field = new();
    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);
    private char[] _buffer = new char[256];
    // Text is scanned from a block of characters: one virtual call per 64K characters, not per character.
    private readonly char[] _block = new char[1 << 16];
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
        var raw = _buffer.AsSpan(0, _field.Length).Trim();
        Span<char> upper = raw.Length <= 256 ? stackalloc char[raw.Length] : new char[raw.Length];
        raw.ToUpperInvariant(upper);
        var lookup = _pool.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(upper, out var pooled)) return pooled;
        var value = upper.ToString();
        if (_pool.Count < MaxPooled) _pool[value] = value;
        return value;
    }

    public bool TryRead(List<string> record)
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
                record.Add(Normalised());
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
                    record.Add(Normalised());
                    _field.Clear();
                    break;
                case '\r' when PeekNext() == '\n':
                    break;
                case '\r' or '\n':
                    _line++;
                    record.Add(Normalised());
                    return true;
                default:
                    _field.Append(c);
                    break;
            }
        }
    }
}
