using System.Globalization;
using System.Text.Json;
using CorporateParenting.Ssda903.Measures;

namespace CorporateParenting.Cli.Commands;

internal static class MeasureCommand
{
    public static int Run(string[] args)
    {
        var a = new Arguments(args, "year", "format", "population");
        var format = a.Text("format") ?? "table";
        if (format is not ("table" or "csv" or "json")) throw new UsageException($"--format must be table, csv or json, not '{format}'");
        CollectorHold.ForInputs(a.Positional);
        // Reviews and social worker episodes, a third of a return, are left unread: no measure reads them.
        var (set, problems) = ReturnFolders.Read(a.Positional, NationalMeasures.TablesNotMeasured);
        var year = a.Number("year") ?? (set.Years.Count > 0 ? set.Latest.Year : throw new UsageException("no year could be read"));
        if (set.ForYear(year) is null) throw new UsageException($"no folder holds the collection year {year}");

        var results = NationalMeasures.Compute(set, year, new MeasureOptions(ChildPopulation: a.Number("population")));
        switch (format)
        {
            case "json": WriteJson(results); break;
            case "csv": WriteCsv(results); break;
            default: WriteTable(results, year); break;
        }
        return problems ? ExitCodes.DataProblems : ExitCodes.Ok;
    }

    private static string Value(MeasureResult r) => r.Value is { } v ? v.ToString("0.###", CultureInfo.InvariantCulture) : "";

    private static void WriteTable(IReadOnlyList<MeasureResult> results, int year)
    {
        Console.WriteLine($"National measures for the year ending 31 March {year}");
        Console.WriteLine($"{"measure",-46} {"numerator",10} {"denominator",12} {"value",10}  unit");
        foreach (var r in results)
            Console.WriteLine($"{r.Id,-46} {r.Numerator,10:N0} {r.Denominator,12:N0} {(r.Available ? Value(r) : "n/a"),10}  {(r.Available ? r.Unit : r.NotAvailableReason)}");
    }

    private static void WriteCsv(IReadOnlyList<MeasureResult> results)
    {
        Console.WriteLine("measure,numerator,denominator,value,unit");
        foreach (var r in results) Console.WriteLine($"{r.Id},{r.Numerator},{r.Denominator},{Value(r)},\"{r.Unit}\"");
    }

    /// <summary>A JSON array of {measure, numerator, denominator, value}: measure ids are England's where England publishes them.</summary>
    private static void WriteJson(IReadOnlyList<MeasureResult> results)
    {
        using var stdout = Console.OpenStandardOutput();
        using var json = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true });
        json.WriteStartArray();
        foreach (var r in results)
        {
            json.WriteStartObject();
            json.WriteString("measure", r.Id);
            json.WriteNumber("numerator", r.Numerator);
            json.WriteNumber("denominator", r.Denominator);
            if (r.Value is { } v) json.WriteNumber("value", Math.Round(v, 3)); else json.WriteNull("value");
            json.WriteString("unit", r.Unit);
            json.WriteBoolean("available", r.Available);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
