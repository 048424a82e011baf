using System.Collections.Frozen;
using System.Reflection;

namespace CorporateParenting.Ssda903.Tables;

/// <summary>One table's CSV file name and its columns in order, from the embedded tables.csv.</summary>
public sealed record TableSchema(TableKind Kind, string FileName, IReadOnlyList<string> Columns)
{
    public static readonly FrozenDictionary<TableKind, TableSchema> All = Load();

    public static TableSchema For(TableKind kind) => All[kind];

    // Column names are interned so that RawTable.IndexOf can match the rules' literal names by reference.
    private static FrozenDictionary<TableKind, TableSchema> Load()
    {
        var columns = new Dictionary<TableKind, List<(int Order, string Field)>>();
        var files = new Dictionary<TableKind, string>();
        foreach (var row in ReferenceCsv.Rows("tables.csv"))
        {
            if (!Enum.TryParse<TableKind>(row["table"], out var kind)) continue;   // derived and XML-only rows
            if (!int.TryParse(row["column_order"], out var order)) continue;
            files[kind] = row["csv_file_name"].Split(' ')[0];
            (columns.TryGetValue(kind, out var list) ? list : columns[kind] = []).Add((order, row["field"]));
        }
        return columns.ToFrozenDictionary(c => c.Key,
            c => new TableSchema(c.Key, files[c.Key], c.Value.OrderBy(x => x.Order).Select(x => string.Intern(x.Field)).ToArray()));
    }
}

/// <summary>Reads the reference CSVs embedded in this assembly (simple RFC 4180 quoting).</summary>
internal static class ReferenceCsv
{
    public static IEnumerable<IReadOnlyDictionary<string, string>> Rows(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded reference file {resource} is missing.");
        using var reader = new StreamReader(stream);
        var records = Parse(reader.ReadToEnd()).ToList();
        var header = records[0];
        foreach (var record in records.Skip(1))
        {
            var row = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < header.Count; i++) row[header[i]] = i < record.Count ? record[i] : "";
            yield return row;
        }
    }

    private static IEnumerable<List<string>> Parse(string text)
    {
        var record = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { record.Add(field.ToString()); field.Clear(); }
            else if (c == '\n')
            {
                record.Add(field.ToString().TrimEnd('\r')); field.Clear();
                if (record.Count > 1 || record[0].Length > 0) yield return record;
                record = [];
            }
            else field.Append(c);
        }
        if (field.Length > 0 || record.Count > 0) { record.Add(field.ToString()); yield return record; }
    }
}
