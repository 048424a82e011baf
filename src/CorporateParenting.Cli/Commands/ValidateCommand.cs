using System.Text;
using CorporateParenting.Ssda903.Diagnostics;
using CorporateParenting.Ssda903.Places;
using CorporateParenting.Ssda903.Reading;
using CorporateParenting.Ssda903.Rules;
using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Cli.Commands;

internal static class ValidateCommand
{
    public static int Run(string[] args)
    {
        var a = new Arguments(args, "year", "out", "postcodes", "providers", "la");
        CollectorHold.ForInputs([.. a.Positional, a.Text("postcodes"), a.Text("providers")]);
        // The place files are read beside the years (one more thread), not after them: England's postcode directory
        // alone is about a second of reading. Their messages and errors still come after the years'.
        var reading = Task.Run(() => ReadPlaces(a));
        var (set, problems) = ReturnFolders.Read(a.Positional, LeaveUnreadOf(a));
        if (set.Years.Count == 0) return ExitCodes.DataProblems;
        var year = a.Number("year") ?? set.Latest.Year;
        if (set.ForYear(year) is null) throw new UsageException($"no folder holds the collection year {year}");

        var places = reading.GetAwaiter().GetResult();
        if (places.Postcodes is { } read) Console.Error.WriteLine($"Postcode directory: {read.Count:N0} postcodes from {read.Source}");
        if (places.Providers is { } list) Console.Error.WriteLine($"Provider list: {list.Count:N0} providers from {list.Source}");
        ValidationReport report;
        using (Timings.Phase("validate")) report = Validator.Validate(set, year, places);
        Console.WriteLine($"Collection year {year}: {report.Failures.Count:N0} rule failures.");
        Console.WriteLine($"Rules implemented: {report.RulesImplemented.Count} of {report.RulesInCatalogue} in the DfE catalogue ({100.0 * report.RulesImplemented.Count / report.RulesInCatalogue:0}%).");
        if (report.NotChecked.Count > 0)
        {
            Console.WriteLine($"Rules not checked: {report.NotChecked.Count} (give --postcodes FILE, --providers FILE and --la NUMBER to check them)");
            foreach (var reason in report.NotChecked.GroupBy(n => n.Reason))
                Console.WriteLine($"  {string.Join(", ", reason.Select(n => n.Rule))}: {reason.Key}");
        }
        foreach (var rule in report.Failures.GroupBy(f => f.Rule).OrderByDescending(g => g.Count()).Take(25))
            Console.WriteLine($"  {rule.Key,-6} {rule.Count(),8:N0}  {Truncate(rule.First().Message, 100)}");

        if (a.Text("out") is { } path)
        {
            using var file = new StreamWriter(path, false, new UTF8Encoding(false));
            file.WriteLine("rule,table,row,child,fields,message");
            foreach (var f in report.Failures)
                file.WriteLine(string.Join(',', Csv(f.Rule), Csv(f.Table.ToString()), f.Row, Csv(f.Child ?? ""), Csv(string.Join(";", f.Fields)), Csv(f.Message)));
            Console.WriteLine($"Wrote {report.Failures.Count:N0} failures to {path}.");
        }
        return report.Failures.Count > 0 || problems ? ExitCodes.DataProblems : ExitCodes.Ok;
    }

    /// <summary>
    /// The tables each folder may leave unread: when every folder's name gives its year, the years before the one validated
    /// are read only as far as the rules compare them (at England's size a sixth of the reading). A folder whose year comes
    /// from its data is read whole, as every folder then is.
    /// </summary>
    private static Func<string, IReadOnlySet<TableKind>?> LeaveUnreadOf(Arguments a)
    {
        var years = a.Positional.Where(f => !ReturnFolders.IsReferenceFile(f)).Select(ReturnReader.YearOfFolder).ToList();
        if (years.Count == 0 || years.Any(y => y is null)) return _ => null;
        var validated = a.Number("year") ?? years.Max()!.Value;
        return folder => ReturnReader.YearOfFolder(folder) is { } year ? Validator.TablesNotRead(validated - year) : null;
    }

    /// <summary>The postcode directory and provider list named on the command line; a file that cannot be read is a usage error.</summary>
    private static PlaceLookups ReadPlaces(Arguments a)
    {
        using var _ = Timings.Phase("place files");
        try
        {
            var postcodes = a.Text("postcodes") is { } p ? PostcodeDirectory.Read(p) : null;
            var providers = a.Text("providers") is { } q ? ProviderDirectory.Read(q) : null;
            // CSV files among the folders (DIR/* after cpb generate): each is whichever of the two its columns make it.
            foreach (var file in a.Positional.Where(ReturnFolders.IsReferenceFile))
            {
                var header = File.ReadLines(file).FirstOrDefault()?.ToLowerInvariant().Split(',').Select(h => h.Trim('"', ' ', '\uFEFF')) ?? [];
                if (header.Contains("urn")) providers ??= ProviderDirectory.Read(file);
                else postcodes ??= PostcodeDirectory.Read(file);
            }
            var la = a.Text("la");
            if (la is not null && LocalAuthorities.Number(la) is null) throw new UsageException($"--la must be a DfE LA number or an ONS code of an English council, not '{la}'");
            return new PlaceLookups(postcodes, providers, la);
        }
        catch (PlacesFileException e) { throw new UsageException(e.Message); }
        catch (IOException e) { throw new UsageException(e.Message); }
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
}
