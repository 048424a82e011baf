using CorporateParenting.Ssda903.Diagnostics;
using CorporateParenting.Ssda903.Reading;
using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Cli.Commands;

/// <summary>Reads the folders named on the command line, one year each, reporting read errors on stderr.</summary>
internal static class ReturnFolders
{
    /// <param name="leaveUnread">Tables the command does not need (their files are recognised and not read).</param>
    public static (ReturnSet Set, bool Problems) Read(IReadOnlyList<string> folders, IReadOnlySet<TableKind>? leaveUnread = null) =>
        Read(folders, _ => leaveUnread);

    /// <param name="leaveUnreadOf">The tables to leave unread in each folder.</param>
    public static (ReturnSet Set, bool Problems) Read(IReadOnlyList<string> folders, Func<string, IReadOnlySet<TableKind>?> leaveUnreadOf)
    {
        if (folders.Count == 0) throw new UsageException("give at least one folder holding a year's return");
        var problems = false;
        var years = new List<ReturnYear>();
        // The years are read side by side (one core each); their messages are written in the order given.
        var results = new ReadResult?[folders.Count];
        using (Timings.Phase("read"))
            // The postcode directory and provider list cpb generate writes beside the years (so DIR/* names them too) are skipped.
            Parallel.For(0, folders.Count, i => results[i] = IsReferenceFile(folders[i]) ? null : ReturnReader.ReadFolder(folders[i], leaveUnread: leaveUnreadOf(folders[i])));
        for (var i = 0; i < folders.Count; i++)
        {
            var result = results[i];
            if (result is null) continue;
            Console.Error.WriteLine($"Reading {folders[i]}...");
            foreach (var error in result.Errors) Console.Error.WriteLine($"  {error}");
            problems |= result.Errors.Count > 0;
            if (result.Year is null) continue;
            if (years.Any(y => y.Year == result.Year.Year)) throw new UsageException($"two folders hold the collection year {result.Year.Year}");
            years.Add(result.Year);
        }
        return (new ReturnSet(years), problems);
    }

    /// <summary>A CSV file given among the folders: a postcode directory or provider list, not a year's return.</summary>
    public static bool IsReferenceFile(string path) => File.Exists(path) && path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
}
