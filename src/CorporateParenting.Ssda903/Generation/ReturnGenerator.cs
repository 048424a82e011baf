using System.Globalization;
using System.Text;
using System.Xml;
using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Generation;

/// <summary>
/// Writes a realistic, wholly synthetic multi-year 903 for a fictional council: one folder per
/// collection year (named by the year), each with the DfE CSV set or one ssda903.xml.
/// The same options always give byte-identical files.
/// </summary>
public static class ReturnGenerator
{
    /// <summary>Children who enter care per child looked after at 31 March (England: about 33,000 a year for 82,000).</summary>
    private const double EntriesPerChildLookedAfter = 0.60;
    /// <summary>Years simulated before the first return, so that the first year already has long stays.</summary>
    private const int HistoryYears = 6;

    public static void Write(GeneratorOptions options, string outputFolder, IProgress<string>? progress = null)
    {
        options.Validate();
        var firstYear = options.LastYear - options.Years + 1;
        var historyStart = new DateOnly(firstYear - 1 - HistoryYears, 4, 1);
        var lastEnd = new DateOnly(options.LastYear, 3, 31);
        var total = (int)Math.Ceiling(options.Children * EntriesPerChildLookedAfter * (options.Years + HistoryYears));

        progress?.Report($"Simulating {total:N0} children's time in care...");
        var children = new SyntheticChild[total];
        Parallel.For(0, total, i => children[i] = ChildSimulator.Create(i, options.Seed, historyStart, lastEnd));

        for (var year = firstYear; year <= options.LastYear; year++)
        {
            var folder = Path.Combine(outputFolder, year.ToString(CultureInfo.InvariantCulture));
            Directory.CreateDirectory(folder);
            progress?.Report($"Writing {year - 1}-{year % 100:00} to {folder}");
            if (options.Format == OutputFormat.Csv) WriteCsv(children, year, folder);
            else WriteXml(children, year, folder);
        }
        // Beside the years: the postcode directory and Ofsted list the return's postcodes and URNs come from.
        progress?.Report($"Writing {SyntheticPlaces.PostcodesFile} and {SyntheticPlaces.ProvidersFile} to {outputFolder}");
        SyntheticPlaces.Write(children, outputFolder);
    }

    private static void WriteCsv(SyntheticChild[] children, int year, string folder)
    {
        var writers = TableSchema.All.Values
            .Where(s => s.Kind != TableKind.SWEpisodes || year >= YearRows.SocialWorkersFrom)
            .ToDictionary(s => s.Kind, s =>
            {
                var writer = new StreamWriter(Path.Combine(folder, s.FileName), append: false, new UTF8Encoding(false), bufferSize: 1 << 16) { NewLine = "\n" };
                writer.WriteLine(string.Join(',', s.Columns));
                return writer;
            });
        try
        {
            foreach (var child in children)
                foreach (var (table, row) in YearRows.For(child, year))
                    writers[table].WriteLine(string.Join(',', row));
        }
        finally
        {
            foreach (var writer in writers.Values) writer.Dispose();
        }
    }

    /// <summary>The DfE XML: EXPSSDA903, one CHILD each with HEADER, EPISODES/EPISODE, REVIEWS/REVIEW and the year's other tables.</summary>
    private static void WriteXml(SyntheticChild[] children, int year, string folder)
    {
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using var xml = XmlWriter.Create(Path.Combine(folder, "ssda903.xml"), settings);
        xml.WriteStartElement("EXPSSDA903");
        foreach (var child in children)
        {
            var rows = YearRows.For(child, year).ToList();
            if (rows.Count == 0) continue;
            xml.WriteStartElement("CHILD");
            foreach (var group in rows.GroupBy(r => r.Table))
            {
                var (container, element) = group.Key switch
                {
                    TableKind.Episodes => ("EPISODES", "EPISODE"),
                    TableKind.Reviews => ("REVIEWS", "REVIEW"),
                    TableKind.Missing => ("MISSING_EPISODES", "MISSING"),
                    TableKind.PlacedAdoption => (null, "PLACED_ADOPTION"),
                    _ => ((string?)null, group.Key.ToString().ToUpperInvariant()),
                };
                if (container is not null) xml.WriteStartElement(container);
                var columns = TableSchema.For(group.Key).Columns;
                foreach (var (_, row) in group)
                {
                    xml.WriteStartElement(element);
                    for (var i = 0; i < columns.Count; i++)
                    {
                        // The child's id is in the header only; DOB and SEX likewise.
                        if (group.Key != TableKind.Header && columns[i] is "CHILD" or "DOB" or "SEX") continue;
                        if (row[i].Length == 0) continue;
                        xml.WriteElementString(columns[i] switch { "CHILD" => "CHILDID", "PLACE" => "PL", var c => c }, row[i]);
                    }
                    // The DfE header's UASC flag: 1 exactly when the child has a UASC row this year (rules 105, 303).
                    if (group.Key == TableKind.Header) xml.WriteElementString("UASC", rows.Any(r => r.Table == TableKind.UASC) ? "1" : "0");
                    xml.WriteEndElement();
                }
                if (container is not null) xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }
}
