using System.Globalization;
using System.Text;
using CorporateParenting.Ssda903.Reading;

namespace CorporateParenting.Ssda903.Places;

/// <summary>Reads a reference CSV (postcode directory, provider list) by column names, whatever their order or case.</summary>
internal sealed class PlacesCsv
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly CsvRecords _records;
    private readonly string[] _header;
    private readonly List<string> _record = [];

    private PlacesCsv(string name, CsvRecords records, string[] header)
    {
        Name = name;
        _records = records;
        _header = header;
    }

    public string Name { get; }
    public int Line => _records.RecordLine;

    public static PlacesCsv Open(string name, TextReader text)
    {
        var records = new CsvRecords(text, 100_000);
        var header = new List<string>();
        if (!records.TryRead(header) || header.All(h => h.Length == 0))
            throw new PlacesFileException($"{name}: the file is empty; expected a header row of column names");
        return new PlacesCsv(name, records, header.Select(h => h.TrimStart('\uFEFF').Trim().ToLowerInvariant()).ToArray());
    }

    /// <summary>Opens a file as strict UTF-8 (a BOM is fine), so a file saved in another encoding is refused, not misread.</summary>
    public static StreamReader Text(Stream stream) => new(stream, StrictUtf8, detectEncodingFromByteOrderMarks: true);

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

    /// <summary>The next data row (blank lines skipped), or null at the end; a row with the wrong number of fields is an error.</summary>
    public IReadOnlyList<string>? Next()
    {
        try
        {
            while (_records.TryRead(_record))
            {
                if (_record.Count == 1 && _record[0].Length == 0) continue;
                if (_record.Count != _header.Length)
                    throw Error($"this row has {_record.Count} fields; the header has {_header.Length}");
                return _record;
            }
        }
        catch (DecoderFallbackException)
        {
            throw new PlacesFileException($"{Name}: the file is not UTF-8 text; save it as CSV UTF-8");
        }
        if (_records.Problem is { } problem) throw Error(problem);
        return null;
    }

    public PlacesFileException Error(string message) => new($"{Name} line {Line}: {message}");

    /// <summary>A number, or null when blank; anything else is an error.</summary>
    public double? Number(string value, string column) =>
        value.Length == 0 ? null
        : double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n
        : throw Error($"{column} is '{value}', not a number");

    /// <summary>A date as the published files write it (dd/mm/yyyy, yyyy-mm-dd, or ONSPD's yyyymm), or null when blank.</summary>
    public DateOnly? Date(string value, string column)
    {
        if (value.Length == 0) return null;
        string[] formats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd-MM-yyyy", "yyyy-MM-ddTHH:mm:ss", "dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm"];
        if (DateTime.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return DateOnly.FromDateTime(date);
        if (value.Length == 6 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var yyyymm) && yyyymm % 100 is >= 1 and <= 12)
            return new DateOnly(yyyymm / 100, yyyymm % 100, 1);
        throw Error($"{column} is '{value}', not a date (dd/mm/yyyy)");
    }
}
