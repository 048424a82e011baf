using System.Security.Cryptography;
using CorporateParenting.Ssda903.Generation;
using CorporateParenting.Ssda903.Measures;
using CorporateParenting.Ssda903.Reading;
using CorporateParenting.Ssda903.Rules;
using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Tests.Generation;

/// <summary>One generated council (2,000 children, 3 years) shared by the tests that only read it.</summary>
public sealed class GeneratedCouncil : IDisposable
{
    public GeneratedCouncil()
    {
        Folder = Directory.CreateTempSubdirectory("ssda903-generated-").FullName;
        ReturnGenerator.Write(new GeneratorOptions(2_000, 3, Seed: 7), Folder);
        (Set, Results) = ReturnReader.ReadFolders(Directory.GetDirectories(Folder).Order());
    }

    public string Folder { get; }
    public ReturnSet Set { get; }
    public IReadOnlyList<ReadResult> Results { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

public sealed class GeneratorTests(GeneratedCouncil council) : IClassFixture<GeneratedCouncil>
{
    [Fact]
    public void The_same_seed_writes_byte_identical_files_and_another_seed_does_not()
    {
        var a = Generate(1);
        var b = Generate(1);
        var c = Generate(2);
        try
        {
            Assert.Equal(Hashes(a), Hashes(b));
            Assert.NotEqual(Hashes(a), Hashes(c));
        }
        finally
        {
            foreach (var folder in new[] { a, b, c }) Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Every_year_is_a_folder_of_dfe_tables_that_read_back_without_error()
    {
        Assert.Equal([2023, 2024, 2025], council.Set.Years.Select(y => y.Year));
        Assert.All(council.Results, r => Assert.Empty(r.Errors));
        Assert.All(council.Results, r => Assert.All(r.Files, f => Assert.Contains("file name", f.HowRecognised)));
        var header = File.ReadLines(Path.Combine(council.Folder, "2025", "episodes.csv")).First();
        Assert.Equal(string.Join(',', TableSchema.For(TableKind.Episodes).Columns), header);
    }

    [Fact]
    public void The_generated_return_passes_the_dfe_rules()
    {
        var report = Validator.Validate(council.Set, 2025);
        var children = council.Set.ForYear(2025)![TableKind.Header].Count;
        var perThousand = 1000.0 * report.Failures.Count / children;

        Assert.True(perThousand < 1, $"{report.Failures.Count} failures for {children} children: " +
            string.Join("; ", report.Failures.GroupBy(f => f.Rule).Select(g => $"{g.Key} x{g.Count()}")));
    }

    [Fact]
    public void A_return_for_2025_26_uses_only_that_years_codes_and_passes_the_dfe_rules()
    {
        // H5 ends with 2024-25: a placement open at 31 March 2025 goes on as K3 (rules 146 and 503D).
        var folder = Directory.CreateTempSubdirectory("ssda903-2026-").FullName;
        try
        {
            ReturnGenerator.Write(new GeneratorOptions(1_500, 2, Seed: 3, LastYear: 2026), folder);
            var (set, _) = ReturnReader.ReadFolders(Directory.GetDirectories(folder).Order());
            var episodes = set.ForYear(2026)![TableKind.Episodes];
            Assert.Contains("H5", set.ForYear(2025)![TableKind.Episodes].Rows.Select(r => r[episodes.IndexOf("PLACE")]));
            Assert.All(Enumerable.Range(0, episodes.Count), i => Assert.True(CodeSets.IsValid("PLACE", episodes.Cell(i, "PLACE"), 2026), episodes.Cell(i, "PLACE")));

            var report = Validator.Validate(set, 2026);
            Assert.True(report.Failures.Count == 0, string.Join("; ", report.Failures.GroupBy(f => f.Rule).Select(g => $"{g.Key} x{g.Count()}")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Episodes_open_at_31_march_are_repeated_open_at_the_start_of_next_years_return()
    {
        var last = council.Set.ForYear(2024)![TableKind.Episodes];
        var next = council.Set.ForYear(2025)![TableKind.Episodes];
        var nextStarts = Enumerable.Range(0, next.Count).Select(i => (next.Cell(i, "CHILD"), next.Cell(i, "DECOM"))).ToHashSet();

        var open = Enumerable.Range(0, last.Count).Where(i => last.Cell(i, "DEC").Length == 0).Select(i => (last.Cell(i, "CHILD"), last.Cell(i, "DECOM"))).ToList();

        Assert.NotEmpty(open);
        Assert.All(open, episode => Assert.Contains(episode, nextStarts));
    }

    [Fact]
    public void Every_code_is_valid_for_its_year_and_sex_changes_code_in_2024_25()
    {
        foreach (var year in council.Set.Years)
        {
            var episodes = year[TableKind.Episodes];
            foreach (var field in new[] { "RNE", "LS", "CIN", "PLACE" })
                Assert.All(Enumerable.Range(0, episodes.Count), i => Assert.True(CodeSets.IsValid(field, episodes.Cell(i, field), year.Year), $"{year.Year} {field} {episodes.Cell(i, field)}"));
        }
        Assert.Equal(["1", "2"], council.Set.ForYear(2024)![TableKind.Header].Rows.Select(r => r[1]).Distinct().Order());
        Assert.Equal(["F", "M"], council.Set.ForYear(2025)![TableKind.Header].Rows.Select(r => r[1]).Distinct().Order());
    }

    [Fact]
    public void The_council_looks_like_england_in_its_main_measures()
    {
        var measures = NationalMeasures.Compute(council.Set, 2025).ToDictionary(m => m.Id);

        Assert.InRange(measures["cla_count"].Value!.Value, 1_600, 2_400);
        Assert.InRange(measures["placements_3_or_more"].Value!.Value, 5, 16);        // England 10
        Assert.InRange(measures["placement_foster"].Value!.Value, 60, 80);           // England 67
        Assert.InRange(measures["oc2_health_assessment"].Value!.Value, 84, 96);      // England 90
        Assert.InRange(measures["care_leavers_19_21_eet"].Value!.Value, 45, 65);     // England 54
        Assert.InRange(measures["uasc_share"].Value!.Value, 3, 12);                  // England 8
    }

    [Fact]
    public void The_xml_format_reads_back_to_the_same_tables_as_the_csv()
    {
        var folder = Directory.CreateTempSubdirectory("ssda903-xml-").FullName;
        var csv = Directory.CreateTempSubdirectory("ssda903-csv-").FullName;
        try
        {
            ReturnGenerator.Write(new GeneratorOptions(150, 1, Seed: 3, Format: OutputFormat.Xml), folder);
            ReturnGenerator.Write(new GeneratorOptions(150, 1, Seed: 3), csv);
            var fromXml = ReturnReader.ReadFolder(Path.Combine(folder, "2025"));
            var fromCsv = ReturnReader.ReadFolder(Path.Combine(csv, "2025"));

            Assert.Empty(fromXml.Errors);
            foreach (var kind in new[] { TableKind.Header, TableKind.Episodes, TableKind.Reviews, TableKind.OC2, TableKind.OC3, TableKind.UASC })
                Assert.Equal(SchemaRows(fromCsv.Year![kind]), SchemaRows(fromXml.Year![kind]));
            // The XML header also carries the UASC flag, 1 exactly for the children in the UASC table.
            var header = fromXml.Year![TableKind.Header];
            var uasc = fromXml.Year![TableKind.UASC].Rows.Select(r => r[0]).ToHashSet();
            Assert.NotEmpty(uasc);
            Assert.All(Enumerable.Range(0, header.Count), i => Assert.Equal(uasc.Contains(header.Cell(i, "CHILD")) ? "1" : "0", header.Cell(i, "UASC")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
            Directory.Delete(csv, recursive: true);
        }
    }

    /// <summary>A table's rows in its schema's columns (the XML header has one more), in order.</summary>
    private static IEnumerable<string> SchemaRows(RawTable table) =>
        Enumerable.Range(0, table.Count).Select(i => string.Join(',', TableSchema.For(table.Kind).Columns.Select(c => table.Cell(i, c)))).Order();

    private static string Generate(int seed)
    {
        var folder = Directory.CreateTempSubdirectory("ssda903-seed-").FullName;
        ReturnGenerator.Write(new GeneratorOptions(300, 2, seed), folder);
        return folder;
    }

    private static Dictionary<string, string> Hashes(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order()
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
