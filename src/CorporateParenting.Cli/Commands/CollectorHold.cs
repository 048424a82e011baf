namespace CorporateParenting.Cli.Commands;

/// <summary>
/// <c>validate</c> and <c>measure</c> are one batch each: read a return, keep all of it in memory, work, exit. What the
/// collector does in such a run is walk the return again and again as the heap grows (at England's size, a third of the
/// wall time, and the other core idle meanwhile), to free little: most of what the run allocates is still in use at the
/// end. So the run asks the collector to hold off until it has allocated about ten times its input, which these commands
/// stay within (England's two years and place files, 125 MB of CSV: under 900 MB in all, ADR 6, eleventh session).
/// Past that budget, or if the runtime refuses it, collections happen as usual: only the time changes, never a result.
/// </summary>
internal static class CollectorHold
{
    private const long BytesPerInputByte = 10;
    /// <summary>At least this much (a council's return is a few megabytes, and the runtime's own start-up allocates).</summary>
    private const long Smallest = 64L << 20;
    /// <summary>At most this much: a larger input is collected as usual once past it.</summary>
    private const long Largest = 1L << 30;

    /// <summary>Holds collections off for a run over these folders and files (the year folders, the place files).</summary>
    public static void ForInputs(IEnumerable<string?> paths)
    {
        var budget = Math.Clamp(InputBytes(paths) * BytesPerInputByte, Smallest, Largest);
        try
        {
            // The budget is the runtime's for each of its heaps (small and large objects); the start-up collection it
            // makes first costs nothing yet.
            GC.TryStartNoGCRegion(budget);
        }
        catch (ArgumentOutOfRangeException)
        {
            // More than this runtime can promise: the run is collected as usual.
        }
    }

    private static long InputBytes(IEnumerable<string?> paths)
    {
        long bytes = 0;
        foreach (var path in paths)
        {
            if (File.Exists(path)) bytes += new FileInfo(path).Length;
            else if (Directory.Exists(path))
                foreach (var file in Directory.EnumerateFiles(path)) bytes += new FileInfo(file).Length;
        }
        return bytes;
    }
}
