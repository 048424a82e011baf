namespace CorporateParenting.Cli.Commands;

/// <summary>
/// <c>validate</c> and <c>measure</c> are one batch each: read a return, keep all of it in memory, work, exit. What the
/// collector does in such a run is walk the return again and again as the heap grows (at England's size, a third of the
/// wall time, and the other core idle meanwhile), to free little: most of what the run allocates is still in use at the
/// end. So the run asks the collector to hold off while it allocates up to five times its input in each of the runtime's
/// two heaps (small objects, and large ones: arrays of a column's rows), at most 512 MB each, so at most about 1 GB held
/// uncollected. These commands stay within it at England's size (two years and place files, 125 MB of CSV: under 900 MB
/// in all, ADR 6, eleventh session). Past the budget, or if the runtime refuses it, collections happen as usual: only
/// the time changes, never a result.
/// </summary>
internal static class CollectorHold
{
    private const long BytesPerInputByte = 5;
    /// <summary>At least this much in each heap (a council's return is a few megabytes, and the runtime's start-up allocates).</summary>
    private const long Smallest = 32L << 20;
    /// <summary>At most this much in each heap: a larger input is collected as usual once past it.</summary>
    private const long Largest = 512L << 20;

    /// <summary>Holds collections off for a run over these folders and files (the year folders, the place files).</summary>
    public static void ForInputs(IEnumerable<string?> paths)
    {
        var eachHeap = Math.Clamp(InputBytes(paths) * BytesPerInputByte, Smallest, Largest);
        try
        {
            // The collection the runtime makes to start the hold costs nothing yet: the heap is empty.
            if (GC.TryStartNoGCRegion(2 * eachHeap, lohSize: eachHeap)) HugePages.ForCollectorHeap();
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
