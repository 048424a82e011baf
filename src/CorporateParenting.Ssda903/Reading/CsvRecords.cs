namespace CorporateParenting.Ssda903.Reading;

/// <summary>
/// Streams RFC 4180 records from text: quoted fields with "" escapes, commas and line breaks inside
/// quotes, CRLF or LF. Never holds more than one record, and stops with an error at a record longer
/// than the limit (so a 2 GB line costs no more memory than the limit).
/// </summary>
internal sealed class CsvRecords(TextReader reader, int maxRecordChars, int blockChars = 1 << 16)
{
    private readonly CsvFields _record = new();
    // The characters of the record read character by character (the fast path's fields lie in the block itself).
    private char[] _text = new char[256];
    private int _textLength;
    private int _fieldStart;
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

    /// <summary>Off only in tests, which check that the fast path reads exactly what the character-by-character one does.</summary>
    internal bool FastPath { get; init; } = true;

    private bool _ended;

    /// <summary>The next record's fields, as they stand in the text (untrimmed), valid until the next call; null at the end.</summary>
    public CsvFields? TryRead() => FastPath && TryReadLine(_record) || TryReadByCharacter(_record) ? _record : null;

    /// <summary>The next record's fields trimmed and upper-cased as the tables keep them, as strings (header rows, tests).</summary>
    public bool TryRead(List<string> record)
    {
        record.Clear();
        if (TryRead() is not { } fields) return false;
        for (var i = 0; i < fields.Count; i++) record.Add(Tables.ColumnBuilder.Normalise(fields[i]));
        return true;
    }

    /// <summary>
    /// The common case on spans of the read block: a whole line without quotes, within the length limit.
    /// Anything else (quotes, a record longer than the block or the limit, the end of the text) is left
    /// unread for <see cref="TryReadByCharacter"/>, so both paths read the same records.
    /// </summary>
    private bool TryReadLine(CsvFields record)
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
                record.Reset(_block);
                var start = _position;
                while (true)
                {
                    var comma = line.IndexOf(',');
                    if (comma < 0) { record.Add(start, line.Length); break; }
                    record.Add(start, comma);
                    start += comma + 1;
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

    /// <summary>
    /// About how many records a text of this many bytes holds, from the lines in the block read so far (the columns are
    /// made that long at once); exact when the whole text is in the block.
    /// </summary>
    public int EstimateRecords(long? textBytes)
    {
        var block = _block.AsSpan(0, _length);
        var lines = block.Count('\n');
        if (_ended || textBytes is null || lines == 0) return lines + 1;
        return (int)Math.Min(textBytes.Value * lines / _length * 21 / 20 + 16, 1 << 22);
    }

    private void Append(char c)
    {
        if (_textLength == _text.Length) Array.Resize(ref _text, _text.Length * 2);
        _text[_textLength++] = c;
    }

    /// <summary>Ends the field being read character by character.</summary>
    private void EndField(CsvFields record)
    {
        record.Add(_fieldStart, _textLength - _fieldStart);
        _fieldStart = _textLength;
    }

    private bool TryReadByCharacter(CsvFields record)
    {
        _textLength = _fieldStart = 0;
        record.Reset(_text);
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
                Finish(record);
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
                    if (PeekNext() == '"') { Next(); Append('"'); }
                    else quoted = false;
                }
                else
                {
                    if (c == '\n') _line++;
                    Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when _text.AsSpan(_fieldStart, _textLength - _fieldStart).IsWhiteSpace():
                    _textLength = _fieldStart;
                    quoted = true;
                    break;
                case ',':
                    EndField(record);
                    break;
                case '\r' when PeekNext() == '\n':
                    break;
                case '\r' or '\n':
                    _line++;
                    Finish(record);
                    return true;
                default:
                    Append(c);
                    break;
            }
        }
    }

    /// <summary>Ends the last field of a record read character by character (the text may have grown since its start).</summary>
    private void Finish(CsvFields record)
    {
        EndField(record);
        record.Reset(_text, keepFields: true);
    }
}

/// <summary>One record's fields as spans of the text they were read from, valid until the next record is read.</summary>
internal sealed class CsvFields
{
    private char[] _text = [];
    private (int Start, int Length)[] _fields = new (int, int)[32];

    public int Count { get; private set; }

    public ReadOnlySpan<char> this[int index] => _text.AsSpan(_fields[index].Start, _fields[index].Length);

    /// <summary>Starts a record in <paramref name="text"/> (or, keeping its fields, points them at the text's latest array).</summary>
    internal void Reset(char[] text, bool keepFields = false)
    {
        _text = text;
        if (!keepFields) Count = 0;
    }

    internal void Add(int start, int length)
    {
        if (Count == _fields.Length) Array.Resize(ref _fields, Count * 2);
        _fields[Count++] = (start, length);
    }
}
