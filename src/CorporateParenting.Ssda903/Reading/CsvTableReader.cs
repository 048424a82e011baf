using System.Text;
using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Reading;

/// <summary>Reads one DfE CSV table, recognising which table it is by its header row.</summary>
internal static class CsvTableReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="leaveUnread">Tables not to read: such a file is recognised by its header and comes back without a table.</param>
    public static (RawTable? Table, RecognisedFile File) Read(ReturnFile file, ReadLimits limits, List<ReadError> errors, IReadOnlySet<TableKind>? leaveUnread = null)
    {
        try
        {
            using var stream = file.Open();
            if (stream.CanSeek && stream.Length > limits.MaxFileBytes)
                return Fail(file, errors, new ReadError(file.Name, null, null, null, $"the file is larger than {limits.MaxFileBytes:N0} bytes"));
            using var text = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: true);
            return ReadRecords(file, new CsvRecords(text, limits.MaxRecordChars), limits, errors, stream.CanSeek ? stream.Length : null, leaveUnread);
        }
        catch (DecoderFallbackException)
        {
            return Fail(file, errors, new ReadError(file.Name, null, null, null, "the file is not UTF-8 text: save it as CSV UTF-8"));
        }
        catch (IOException e)
        {
            return Fail(file, errors, new ReadError(file.Name, null, null, null, $"the file could not be read: {e.Message}"));
        }
    }

    private static (RawTable?, RecognisedFile) ReadRecords(ReturnFile file, CsvRecords records, ReadLimits limits, List<ReadError> errors, long? bytes, IReadOnlySet<TableKind>? leaveUnread)
    {
        var record = new List<string>();
        if (!records.TryRead(record))
            return Fail(file, errors, new ReadError(file.Name, 1, null, null, records.Problem ?? "the file is empty: expected a header row of column names"));

        var header = record.Select(h => h.TrimStart('\uFEFF')).ToArray();
        var match = TableRecognition.Recognise(file.Name, header);
        if (match.Kind is not { } kind)
            return Fail(file, errors, new ReadError(file.Name, 1, null, string.Join(",", header.Take(12)), match.Explanation));

        if (leaveUnread?.Contains(kind) == true) return (null, new RecognisedFile(file.Name, kind, 0, match.Explanation + "; left unread (not needed)"));

        var schema = TableSchema.For(kind);
        var positions = schema.Columns.Select(c => Array.IndexOf(header, c)).ToArray();
        var expectedRows = records.EstimateRecords(bytes);
        var columns = positions.Select(_ => new ColumnBuilder(expectedRows)).ToArray();
        // Lines are kept only once a row is not on the line after the one before (a blank line, a line break in quotes).
        List<int>? lines = null;
        var count = 0;
        var fileErrors = 0;
        while (records.TryRead() is { } fields)
        {
            if (fields.Count == 1 && fields[0].IsWhiteSpace()) continue;   // blank line
            if (fields.Count != header.Length)
            {
                if (fileErrors++ < limits.MaxErrors)
                    errors.Add(new ReadError(file.Name, records.RecordLine, null, null,
                        $"this row has {fields.Count} fields; the header has {header.Length}"));
                continue;
            }
            // Every column staged, then added: the row's look-ups wait for memory together (ColumnBuilder.Stage).
            for (var i = 0; i < positions.Length; i++)
                if (positions[i] >= 0) columns[i].Stage(fields[positions[i]]);
            for (var i = 0; i < positions.Length; i++)
                columns[i].Add(positions[i] < 0 ? [] : fields[positions[i]]);
            if (lines is null && records.RecordLine != count + 2) lines = [.. Enumerable.Range(2, count)];
            lines?.Add(records.RecordLine);
            count++;
        }
        if (records.Problem is not null)
            errors.Add(new ReadError(file.Name, records.RecordLine, null, null, records.Problem + "; reading stopped there"));
        var table = new RawTable(kind, file.Name, schema.Columns, count, columns.Select(c => c.Build()).ToArray(), lines?.ToArray());
        return (table, new RecognisedFile(file.Name, kind, count, match.Explanation));
    }

    private static (RawTable?, RecognisedFile) Fail(ReturnFile file, List<ReadError> errors, ReadError error)
    {
        errors.Add(error);
        return (null, new RecognisedFile(file.Name, null, 0, error.Message));
    }
}
