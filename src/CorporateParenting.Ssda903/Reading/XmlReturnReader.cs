using System.Xml;
using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Reading;

/// <summary>
/// Reads the DfE XML (root EXPSSDA903, one CHILD element per child). Within a CHILD, each element
/// whose children are all simple values is one row: its table is named by the element (HEADER,
/// EPISODE, OC2, ...) or, failing that, by the fields it holds. CHILDID becomes CHILD and PL becomes
/// PLACE; the header's DOB and SEX fill those columns of the child's other rows. DTDs are refused
/// and sizes bounded, so an XML bomb returns an error.
/// </summary>
internal static class XmlReturnReader
{
    private static readonly Dictionary<string, TableKind> ElementTables = new(StringComparer.OrdinalIgnoreCase)
    {
        ["HEADER"] = TableKind.Header, ["EPISODE"] = TableKind.Episodes, ["REVIEW"] = TableKind.Reviews,
        ["UASC"] = TableKind.UASC, ["OC2"] = TableKind.OC2, ["OC3"] = TableKind.OC3, ["AD1"] = TableKind.AD1,
        ["PLACED_ADOPTION"] = TableKind.PlacedAdoption, ["PLACEDADOPTION"] = TableKind.PlacedAdoption,
        ["PREV_PERM"] = TableKind.PrevPerm, ["PREVPERM"] = TableKind.PrevPerm, ["MISSING"] = TableKind.Missing,
        ["SW_EPISODE"] = TableKind.SWEpisodes, ["SWEPISODE"] = TableKind.SWEpisodes,
    };

    /// <summary>
    /// The XML header carries the child's UASC flag (0/1), which the CSV header has not (there the UASC file says it):
    /// it is kept as one more header column, blank when not given, for the rules that read it (105, 303).
    /// </summary>
    public const string UascFlag = "UASC";

    private static readonly string[] HeaderColumns = [.. TableSchema.For(TableKind.Header).Columns, UascFlag];

    private static readonly Dictionary<string, string> FieldAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CHILDID"] = "CHILD", ["PL"] = "PLACE",
    };

    public static (IReadOnlyList<RawTable> Tables, IReadOnlyList<RecognisedFile> Files) Read(ReturnFile file, ReadLimits limits, List<ReadError> errors)
    {
        var rows = Enum.GetValues<TableKind>().ToDictionary(k => k, _ => new List<string[]>());
        var lines = Enum.GetValues<TableKind>().ToDictionary(k => k, _ => new List<int>());
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = limits.MaxFileBytes,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
            IgnoreWhitespace = true,
        };
        try
        {
            using var stream = file.Open();
            using var xml = XmlReader.Create(stream, settings);
            if (!xml.ReadToFollowing("EXPSSDA903"))
                return Fail(file, errors, new ReadError(file.Name, null, null, null, "this XML has no EXPSSDA903 root element"));
            while (xml.ReadToFollowing("CHILD"))
            {
                using var child = xml.ReadSubtree();
                ReadChild(file, child, (IXmlLineInfo)xml, rows, lines, limits, errors);
            }
        }
        catch (XmlException e)
        {
            return Fail(file, errors, new ReadError(file.Name, e.LineNumber == 0 ? null : e.LineNumber, null, null, $"the XML is not well formed: {e.Message}"));
        }
        catch (IOException e)
        {
            return Fail(file, errors, new ReadError(file.Name, null, null, null, $"the file could not be read: {e.Message}"));
        }

        var tables = rows.Where(r => r.Value.Count > 0)
            .Select(r => new RawTable(r.Key, file.Name, r.Key == TableKind.Header ? HeaderColumns : TableSchema.For(r.Key).Columns, r.Value, lines[r.Key])).ToList();
        var files = tables.Select(t => new RecognisedFile(file.Name, t.Kind, t.Count, "from the DfE XML")).ToList();
        if (files.Count == 0) files.Add(new RecognisedFile(file.Name, null, 0, "DfE XML with no children"));
        return (tables, files);
    }

    private static void ReadChild(ReturnFile file, XmlReader child, IXmlLineInfo lines, Dictionary<TableKind, List<string[]>> rows, Dictionary<TableKind, List<int>> rowLines, ReadLimits limits, List<ReadError> errors)
    {
        var groups = new List<(string Element, int Line, Dictionary<string, string> Fields)>();
        var open = new Stack<OpenElement>();
        while (child.Read())
        {
            switch (child.NodeType)
            {
                case XmlNodeType.Element:
                    if (open.TryPeek(out var parent)) parent.HasElements = true;
                    var element = new OpenElement(child.LocalName, lines.LineNumber);
                    if (child.IsEmptyElement) Close(element);
                    else open.Push(element);
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA when open.Count > 0:
                    if (child.Value.Length > limits.MaxRecordChars)
                        errors.Add(new ReadError(file.Name, lines.LineNumber, open.Peek().Name, null, $"a value is longer than {limits.MaxRecordChars:N0} characters"));
                    else open.Peek().Text = child.Value;
                    break;
                case XmlNodeType.EndElement when open.Count > 0:
                    Close(open.Pop());
                    break;
            }
        }

        // A leaf is a field of its parent; an element whose children are all leaves is a row.
        void Close(OpenElement element)
        {
            // An empty row (<UASC/>) sits directly under CHILD or a container, where no field does.
            var parent = open.TryPeek(out var p) ? p.Name : "";
            if (!element.HasElements && element.Text.Length == 0 && ElementTables.ContainsKey(element.Name)
                && parent is "CHILD" or "EPISODES" or "REVIEWS" or "MISSING_EPISODES")
            {
                groups.Add((element.Name, element.Line, element.Fields));
                if (open.TryPeek(out var container)) container.HasElements = true;
            }
            else if (!element.HasElements)
            {
                if (open.TryPeek(out var owner)) owner.Fields[Field(element.Name)] = element.Text;
            }
            else if (element.Fields.Count > 0 || ElementTables.ContainsKey(element.Name)) groups.Add((element.Name, element.Line, element.Fields));
        }

        var headerGroup = groups.FirstOrDefault(g => TableOf(g.Element, g.Fields) == TableKind.Header);
        var header = headerGroup.Fields;
        var childId = header?.GetValueOrDefault("CHILD") ?? groups.Select(g => g.Fields.GetValueOrDefault("CHILD")).FirstOrDefault(c => c is not null);
        // In the DfE layout the UASC status and the date it ceased (DUC) are header fields: a child flagged 1, or with a DUC,
        // has a UASC row, unless the file gives one of its own.
        if (header is not null && (header.GetValueOrDefault(UascFlag)?.Trim() == "1" || header.GetValueOrDefault("DUC") is { Length: > 0 })
            && !groups.Any(g => TableOf(g.Element, g.Fields) == TableKind.UASC))
            groups.Add(("UASC", headerGroup.Line, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["DUC"] = header.GetValueOrDefault("DUC") ?? "" }));
        foreach (var (element, line, fields) in groups)
        {
            if (TableOf(element, fields) is not { } kind)
            {
                errors.Add(new ReadError(file.Name, line, element, null, $"the element {element} matches no table of the return"));
                continue;
            }
            var columns = kind == TableKind.Header ? HeaderColumns : TableSchema.For(kind).Columns;
            var row = new string[columns.Count];
            for (var i = 0; i < row.Length; i++)
            {
                var column = columns[i];
                var value = fields.GetValueOrDefault(column)
                            ?? (column == "CHILD" ? childId : null)
                            ?? (column is "DOB" or "SEX" ? header?.GetValueOrDefault(column) : null)
                            ?? "";
                row[i] = value.Trim().ToUpperInvariant();
            }
            rows[kind].Add(row);
            rowLines[kind].Add(line);
        }
    }

    private sealed class OpenElement(string name, int line)
    {
        public string Name { get; } = name;
        public int Line { get; } = line;
        public string Text { get; set; } = "";
        public bool HasElements { get; set; }
        public Dictionary<string, string> Fields { get; } = new(StringComparer.OrdinalIgnoreCase);
    }

    private static string Field(string element) => FieldAliases.GetValueOrDefault(element, element).ToUpperInvariant();

    private static TableKind? TableOf(string element, Dictionary<string, string> fields)
    {
        if (ElementTables.TryGetValue(element, out var kind)) return kind;
        var best = TableSchema.All.Values
            .Select(s => (s.Kind, Score: s.Columns.Count(fields.ContainsKey), Size: s.Columns.Count))
            .Where(s => s.Score >= 2)
            .OrderByDescending(s => s.Score).ThenBy(s => s.Size).FirstOrDefault();
        return best.Score >= 2 ? best.Kind : null;
    }

    private static (IReadOnlyList<RawTable>, IReadOnlyList<RecognisedFile>) Fail(ReturnFile file, List<ReadError> errors, ReadError error)
    {
        errors.Add(error);
        return ([], [new RecognisedFile(file.Name, null, 0, error.Message)]);
    }
}
