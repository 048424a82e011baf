using System.Globalization;
using System.Text.RegularExpressions;
using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Reading;

/// <summary>
/// Reads a council's 903 for one collection year from the DfE CSV tables (and, where given, the DfE
/// XML). Never throws on bad input: every problem comes back as a <see cref="ReadError"/>.
/// </summary>
public static partial class ReturnReader
{
    /// <param name="leaveUnread">Tables this run does not need: their CSV files are recognised by their header and not read further.</param>
    public static ReadResult ReadFolder(string folder, int? year = null, ReadLimits? limits = null, IReadOnlySet<TableKind>? leaveUnread = null)
    {
        if (!Directory.Exists(folder))
            return new ReadResult(null, [], [new ReadError(folder, null, null, null, "there is no such folder")], "none");
        var files = Directory.EnumerateFiles(folder)
            .Where(f => f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(f => new ReturnFile(Path.GetFileName(f), () => File.OpenRead(f)));
        return Read(files, year ?? YearOfFolder(folder), limits, leaveUnread);
    }

    /// <summary>The collection year a folder's name gives (a 20xx in it), as <see cref="ReadFolder"/> takes it; null when none.</summary>
    public static int? YearOfFolder(string folder) => YearInName(Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)));

    /// <summary>Several years at once: each folder holds one year.</summary>
    public static (ReturnSet Set, IReadOnlyList<ReadResult> Results) ReadFolders(IEnumerable<string> folders, ReadLimits? limits = null)
    {
        var paths = folders.ToArray();
        var results = new ReadResult[paths.Length];
        Parallel.For(0, paths.Length, i => results[i] = ReadFolder(paths[i], limits: limits));
        var years = results.Where(r => r.Year is not null).Select(r => r.Year!).ToList();
        foreach (var duplicate in years.GroupBy(y => y.Year).Where(g => g.Count() > 1))
            throw new ArgumentException($"Two folders hold the collection year {duplicate.Key}.");
        return (new ReturnSet(years), results);
    }

    public static ReadResult Read(IEnumerable<ReturnFile> files, int? year = null, ReadLimits? limits = null, IReadOnlySet<TableKind>? leaveUnread = null)
    {
        limits ??= new ReadLimits();
        var errors = new List<ReadError>();
        var recognised = new List<RecognisedFile>();
        var tables = new Dictionary<TableKind, RawTable>();
        var unread = new HashSet<TableKind>();
        foreach (var file in files)
        {
            IReadOnlyList<RawTable> read;
            if (file.Name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            {
                (read, var xmlFiles) = XmlReturnReader.Read(file, limits, errors);
                recognised.AddRange(xmlFiles);
            }
            else
            {
                var (table, info) = CsvTableReader.Read(file, limits, errors, leaveUnread);
                recognised.Add(info);
                if (info.Table is { } kind && leaveUnread?.Contains(kind) == true) unread.Add(kind);
                read = table is null ? [] : [table];
            }
            foreach (var table in read)
            {
                if (!tables.TryAdd(table.Kind, table))
                    errors.Add(new ReadError(table.SourceFile, null, null, null,
                        $"a second {table.Kind} table: it is already in {tables[table.Kind].SourceFile}"));
            }
        }
        if (tables.Count == 0)
        {
            if (errors.Count == 0) errors.Add(new ReadError("(input)", null, null, null, "no CSV or XML files of the return were given"));
            return new ReadResult(null, recognised, errors, "none");
        }
        var detected = year is null ? Checks.ReturnYears.Detect(tables) : null;
        var (resolved, source) = year is not null
            ? (year, "given")
            : (detected?.Year, detected is null ? "none" : $"inferred from its {detected.Evidence} ({detected.DatesInYear:N0} of {detected.Dates:N0} dates agree with it)");
        if (resolved is null)
        {
            errors.Add(new ReadError("(input)", null, null, null, "the collection year is not given and no episode or review date shows it"));
            return new ReadResult(null, recognised, errors, "none");
        }
        return new ReadResult(new ReturnYear(resolved.Value, tables, unread.Count > 0 ? unread : null), recognised, errors, source);
    }

    private static int? YearInName(string name) =>
        YearPattern().Match(name) is { Success: true } m ? int.Parse(m.Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"(?<!\d)20\d\d(?!\d)")]
    private static partial Regex YearPattern();
}
