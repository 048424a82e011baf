using System.Globalization;
using System.Text;

namespace CorporateParenting.Ssda903.Places;

/// <summary>
/// Reads a reference CSV (postcode directory, provider list) by column names, whatever their order or case. Built
/// for the whole ONSPD (millions of rows of 50 quoted columns): a row is split into field positions only, and a
/// field becomes a string only when asked for.
/// </summary>
internal sealed class PlacesCsv
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private const int MaxRecordChars = 100_000;
    private readonly TextReader _text;
    private readonly string[] _header;
    private readonly List<(int Start, int Length, bool Quoted)> _fields = [];
    // The current record's characters, reused from row to row: a directory of millions of rows makes no string per line.
    private char[] _record = new char[256];
    private int _recordLength;
    // Text is taken from the reader a block at a time and split into lines here.
    private readonly char[] _block = new char[1 << 16];
    private int _position;
    private int _length;
    private int _nextLine = 1;

    private PlacesCsv(string name, TextReader text, string[] header)
    {
        Name = name;
        _text = text;
        _header = header;
    }

    public string Name { get; }
    /// <summary>About how many rows the file holds (a little over), or 0 when it is too short to tell.</summary>
    public int EstimatedRows { get; private set; }
    /// <summary>The line on which the record last read starts.</summary>
    public int Line { get; private set; }

    /// <param name="bytes">The file's length, when known: the rows it holds are estimated from it (<see cref="EstimatedRows"/>).</param>
    public static PlacesCsv Open(string name, TextReader text, long? bytes = null)
    {
        var csv = new PlacesCsv(name, text, []);
        if (!csv.ReadRecord() || csv._fields.Count == 0 || csv._fields.All(f => f.Length == 0))
            throw new PlacesFileException($"{name}: the file is empty; expected a header row of column names");
        var header = Enumerable.Range(0, csv._fields.Count).Select(i => csv.Field(i).TrimStart('\uFEFF').Trim().ToLowerInvariant()).ToArray();
        // The rest of the block the header was read from goes on to the reader of the rows.
        var rows = new PlacesCsv(name, text, header) { _nextLine = csv._nextLine, _position = csv._position, _length = csv._length };
        // From the lines of the first block: a directory of millions of rows is then collected into tables of its size,
        // not through every size on the way (each a copy to allocate).
        var lines = csv._block.AsSpan(0, csv._length).Count('\n');
        rows.EstimatedRows = bytes is { } length && lines > 1 && csv._length == csv._block.Length
            ? (int)Math.Min(length * lines / csv._length * 21 / 20, 1 << 24) : 0;
        Array.Copy(csv._block, rows._block, csv._length);
        return rows;
    }

    /// <summary>Opens a file as strict UTF-8 (a BOM is fine), so a file saved in another encoding is refused, not misread.</summary>
    public static StreamReader Text(Stream stream) => new(stream, StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);

    /// <summary>The position of the first column whose lower-cased name is one of these, or -1.</summary>
    public int Column(params string[] names)
    {
        foreach (var name in names)
        {
            var i = Array.IndexOf(_header, name);
            if (i >= 0) return i;
        }
        return -1;
    }

    /// <summary>The first column whose name matches, such as ONSPD's "lad25cd" for a year's vintage, or -1.</summary>
    public int ColumnLike(Func<string, bool> matches) => Array.FindIndex(_header, h => matches(h));

    public int Required(string what, params string[] names)
    {
        var i = Column(names);
        return i >= 0 ? i : throw new PlacesFileException($"{Name}: no {what} column; expected one named {string.Join(" or ", names)}");
    }

    /// <summary>Moves to the next data row (blank lines skipped); false at the end. A row with the wrong number of fields is an error.</summary>
    public bool Next()
    {
        while (ReadRecord())
        {
            if (_fields.Count == 1 && _fields[0].Length == 0) continue;
            if (_fields.Count != _header.Length) throw Error($"this row has {_fields.Count} fields; the header has {_header.Length}");
            return true;
        }
        return false;
    }

    /// <summary>A field of the current row, trimmed, without its quotes ("" when the column is -1).</summary>
    public string this[int column] => column < 0 ? "" : Field(column);

    /// <summary>The same as the indexer without making a string (only a quoted field with "" in it is copied).</summary>
    public ReadOnlySpan<char> Span(int column)
    {
        if (column < 0) return [];
        var (start, length, quoted) = _fields[column];
        var span = _record.AsSpan(start, length);
        return quoted && span.Contains('"') ? Field(column) : span.Trim();
    }

    private string Field(int i)
    {
        var (start, length, quoted) = _fields[i];
        var span = _record.AsSpan(start, length).Trim();
        if (!quoted) return span.Length == 0 ? "" : span.ToString();
        return span.ToString().Replace("\"\"", "\"", StringComparison.Ordinal).Trim();
    }

    /// <summary>Reads one record (lines joined while a quote is open) and finds where its fields are.</summary>
    private bool ReadRecord()
    {
        _recordLength = 0;
        Line = _nextLine;
        if (!AppendLine()) return false;
        _nextLine++;
        while (!Split(_record.AsSpan(0, _recordLength)))
        {
            Append('\n');
            if (!AppendLine()) throw Error("a quoted field is never closed");
            _nextLine++;
            if (_recordLength > MaxRecordChars) throw Error($"the row is longer than {MaxRecordChars:N0} characters");
        }
        return true;
    }

    /// <summary>Adds the next line to the record, without its line break (LF, CRLF or CR, as TextReader.ReadLine); false at the end.</summary>
    private bool AppendLine()
    {
        var any = false;
        while (true)
        {
            if (_position == _length && !Fill()) return any;
            any = true;
            var rest = _block.AsSpan(_position, _length - _position);
            var end = rest.IndexOfAny('\r', '\n');
            if (end < 0)
            {
                Append(rest);
                _position = _length;
                if (_recordLength > MaxRecordChars) throw Error($"the row is longer than {MaxRecordChars:N0} characters");
                continue;
            }
            Append(rest[..end]);
            _position += end + 1;
            // CRLF: the LF may start the next block.
            if (rest[end] == '\r')
            {
                if ((_position < _length || Fill()) && _block[_position] == '\n') _position++;
            }
            return true;
        }
    }

    /// <summary>Reads the next block of text; false at the end.</summary>
    private bool Fill()
    {
        try { _length = _text.Read(_block, 0, _block.Length); }
        catch (DecoderFallbackException) { throw new PlacesFileException($"{Name}: the file is not UTF-8 text; save it as CSV UTF-8"); }
        _position = 0;
        return _length > 0;
    }

    private void Append(ReadOnlySpan<char> text)
    {
        if (_recordLength + text.Length > _record.Length) Array.Resize(ref _record, Math.Max(_record.Length * 2, _recordLength + text.Length));
        text.CopyTo(_record.AsSpan(_recordLength));
        _recordLength += text.Length;
    }

    private void Append(char c) => Append([c]);

    /// <summary>Field positions of a record; false when it ends inside quotes (the record goes on on the next line).</summary>
    private bool Split(ReadOnlySpan<char> record)
    {
        _fields.Clear();
        var i = 0;
        while (true)
        {
            // Leading spaces before an opening quote are allowed.
            var start = i;
            while (i < record.Length && record[i] == ' ') i++;
            if (i < record.Length && record[i] == '"')
            {
                var open = ++i;
                while (true)
                {
                    var close = record[i..].IndexOf('"');
                    if (close < 0) return false;
                    close += i;
                    if (close + 1 < record.Length && record[close + 1] == '"') { i = close + 2; continue; }
                    _fields.Add((open, close - open, true));
                    i = close + 1;
                    break;
                }
                var comma = record[i..].IndexOf(',');
                if (comma < 0) return true;
                i += comma + 1;
            }
            else
            {
                var comma = record[start..].IndexOf(',');
                if (comma < 0) { _fields.Add((start, record.Length - start, false)); return true; }
                _fields.Add((start, comma, false));
                i = start + comma + 1;
            }
        }
    }

    public PlacesFileException Error(string message) => new($"{Name} line {Line}: {message}");

    /// <summary>A number, or null when blank; anything else is an error.</summary>
    public double? Number(ReadOnlySpan<char> value, string column) =>
        value.Length == 0 ? null
        : TryPlainDecimal(value, out var plain) ? plain
        : double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n
        : throw Error($"{column} is '{value}', not a number");

    private static readonly double[] PowersOfTen = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    /// <summary>
    /// The directory's own numbers (grid references, "54.700000"): an optional minus, up to 15 digits and at most one
    /// point, read without the general parser. Exact: the digits and the power of ten are exact doubles, and one division
    /// rounds as double.Parse does. Anything else is left to double.Parse.
    /// </summary>
    internal static bool TryPlainDecimal(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        var negative = text.Length > 0 && text[0] == '-';
        if (negative) text = text[1..];
        long digits = 0;
        int count = 0, decimals = -1;
        foreach (var c in text)
        {
            if (c == '.' && decimals < 0) { decimals = 0; continue; }
            if (c is < '0' or > '9' || ++count > 15) return false;
            digits = digits * 10 + (c - '0');
            if (decimals >= 0) decimals++;
        }
        if (count == 0) return false;
        value = decimals > 0 ? digits / PowersOfTen[decimals] : digits;
        if (negative) value = -value;
        return true;
    }

    /// <summary>A number, or null when blank; anything else is an error.</summary>
    public double? Number(string value, string column) =>
        value.Length == 0 ? null
        : double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n
        : throw Error($"{column} is '{value}', not a number");

    /// <summary>A date as the published files write it (dd/mm/yyyy, yyyy-mm-dd, or ONSPD's yyyymm), or null when blank.</summary>
    public DateOnly? Date(string value, string column)
    {
        if (value.Length == 0) return null;
        // The common dd/mm/yyyy without the general parser: a list of 100,000 providers has two dates each.
        if (value.Length == 10 && value[2] == '/' && value[5] == '/'
            && int.TryParse(value.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            && int.TryParse(value.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            && int.TryParse(value.AsSpan(6, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            && m is >= 1 and <= 12 && y >= 1 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
            return new DateOnly(y, m, d);
        string[] formats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd-MM-yyyy", "yyyy-MM-ddTHH:mm:ss", "dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm"];
        if (DateTime.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return DateOnly.FromDateTime(date);
        if (value.Length == 6 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var yyyymm) && yyyymm % 100 is >= 1 and <= 12)
            return new DateOnly(yyyymm / 100, yyyymm % 100, 1);
        throw Error($"{column} is '{value}', not a date (dd/mm/yyyy)");
    }
}
