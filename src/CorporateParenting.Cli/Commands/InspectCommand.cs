using CorporateParenting.Ssda903.Reading;

namespace CorporateParenting.Cli.Commands;

internal static class InspectCommand
{
    public static int Run(string[] args)
    {
        var a = new Arguments(args, "year");
        if (a.Positional.Count == 0) throw new UsageException("inspect needs a folder");
        var problems = false;
        foreach (var folder in a.Positional)
        {
            var result = ReturnReader.ReadFolder(folder, a.Number("year"));
            Console.WriteLine(result.Year is null ? $"{folder}: no year could be read" : $"{folder}: collection year {result.Year.Year} ({result.YearSource})");
            foreach (var file in result.Files)
                Console.WriteLine($"  {file.Name,-28} {(file.Table?.ToString() ?? "not recognised"),-16} {file.Rows,9:N0} rows  {file.HowRecognised}");
            foreach (var error in result.Errors) Console.WriteLine($"  error: {error}");
            problems |= !result.Succeeded;
        }
        return problems ? ExitCodes.DataProblems : ExitCodes.Ok;
    }
}
