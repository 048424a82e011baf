using CorporateParenting.Ssda903.Generation;

namespace CorporateParenting.Cli.Commands;

internal static class GenerateCommand
{
    public static int Run(string[] args)
    {
        var a = new Arguments(args, "children", "years", "seed", "out", "format", "last-year");
        var format = a.Text("format") switch
        {
            null or "csv" => OutputFormat.Csv,
            "xml" => OutputFormat.Xml,
            var other => throw new UsageException($"--format must be csv or xml, not '{other}'"),
        };
        var options = new GeneratorOptions(a.Required("children"), a.Required("years"), a.Required("seed"), a.Number("last-year") ?? 2025, format);
        var folder = a.Text("out") ?? throw new UsageException("--out is required");
        try { options.Validate(); }
        catch (ArgumentException e) { throw new UsageException(e.Message); }

        ReturnGenerator.Write(options, folder, new Progress(message => Console.Error.WriteLine(message)));
        Console.Error.WriteLine("Done.");
        return ExitCodes.Ok;
    }

    /// <summary>Reports at once, on the calling thread (System.Progress would post to the thread pool and lose order).</summary>
    private sealed class Progress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
