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
    private string _record = "";
    private int _nextLine = 1;

    private PlacesCsv(string name, TextReader text, string[] header)
    {
        Name = name;
        _text = text;
        _header = header;
    }

    public string Name { get; }
    /// <summary>The line on which the record last read starts.</summary>
    public int Line { get; private set; }

    public static PlacesCsv Open(string name, TextReader text)
    {
        var csv = new PlacesCsv(name, text, []);
        if (!csv.ReadRecord() || csv._fields.Count == 0 || csv._fields.All(f => f.Length == 0))
            throw new PlacesFileException($"{name}: the file is empty; expected a header row of column names");
        var header = Enumerable.Range(0, csv._fields.Count).Select(i => csv.Field(i).TrimStart('\uFEFF').Trim().ToLowerInvariant()).ToArray();
        return new PlacesCsv(name, text, header) { _nextLine = csv._nextLine };
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
        string? line;
        try { line = _text.ReadLine(); }
        catch (DecoderFallbackException) { throw new PlacesFileException($"{Name}: the file is not UTF-8 text; save it as CSV UTF-8"); }
        if (line is null) return false;
        Line = _nextLine++;
        var record = line;
        while (!Split(record))
        {
            string? more;
            try { more = _text.ReadLine(); }
            catch (DecoderFallbackException) { throw new PlacesFileException($"{Name}: the file is not UTF-8 text; save it as CSV UTF-8"); }
            if (more is null) throw Error("a quoted field is never closed");
            _nextLine++;
            record += "\n" + more;
            if (record.Length > MaxRecordChars) throw Error($"the row is longer than {MaxRecordChars:N0} characters");
        }
        _record = record;
        return true;
    }

    /// <summary>Field positions of a record; false when it ends inside quotes (the record goes on on the next line).</summary>
    private bool Split(string record)
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
                    var close = record.IndexOf('"', i);
                    if (close < 0) return false;
                    if (close + 1 < record.Length && record[close + 1] == '"') { i = close + 2; continue; }
                    _fields.Add((open, close - open, true));
                    i = close + 1;
                    break;
                }
                var comma = record.IndexOf(',', i);
                if (comma < 0) return true;
                i = comma + 1;
            }
            else
            {
                var comma = record.IndexOf(',', start);
                if (comma < 0) { _fields.Add((start, record.Length - start, false)); return true; }
                _fields.Add((start, comma - start, false));
                i = comma + 1;
            }
        }
    }

    public PlacesFileException Error(string message) => new($"{Name} line {Line}: {message}");

    /// <summary>A number, or null when blank; anything else is an error.</summary>
    public double? Number(ReadOnlySpan<char> value, string column) =>
        value.Length == 0 ? null
        : double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n
        : throw Error($"{column} is '{value}', not a number");

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
