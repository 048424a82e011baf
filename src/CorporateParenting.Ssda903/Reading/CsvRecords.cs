using System.Text;

namespace CorporateParenting.Ssda903.Reading;

/// <summary>
/// Streams RFC 4180 records from text: quoted fields with "" escapes, commas and line breaks inside
/// quotes, CRLF or LF. Never holds more than one record, and stops with an error at a record longer
/// than the limit (so a 2 GB line costs no more memory than the limit).
/// </summary>
internal sealed class CsvRecords(TextReader reader, int maxRecordChars)
{
    private readonly StringBuilder _field = new();
    private int _line = 1;

    /// <summary>Physical line on which the record last returned started.</summary>
    public int RecordLine { get; private set; }

    /// <summary>Set when reading stopped because a record was too long or a quote never closed.</summary>
    public string? Problem { get; private set; }

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
            var next = reader.Read();
            if (next < 0)
            {
                if (quoted) { Problem = "a quoted field is never closed"; return false; }
                if (!any) return false;
                record.Add(_field.ToString());
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
                    if (reader.Peek() == '"') { reader.Read(); _field.Append('"'); }
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
                    record.Add(_field.ToString());
                    _field.Clear();
                    break;
                case '\r' when reader.Peek() == '\n':
                    break;
                case '\r' or '\n':
                    _line++;
                    record.Add(_field.ToString());
                    return true;
                default:
                    _field.Append(c);
                    break;
            }
        }
    }
}
