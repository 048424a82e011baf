using System.Globalization;
using System.Runtime.InteropServices;

namespace CorporateParenting.Cli.Commands;

/// <summary>
/// Asks Linux to back the collector's heap with 2 MB pages, as Java's <c>-XX:+UseTransparentHugePages</c> does for its
/// heap. A run of England's size writes about 900 MB it never frees, and with 4 KB pages the kernel takes a fault for
/// each: a tenth of the run's CPU, and as much again in missed address translations (ADR 6, thirteenth session). Most
/// distributions give huge pages only to memory a process asks them for (<c>transparent_hugepage</c> set to
/// <c>madvise</c>); the .NET runtime does not ask, so this does, for the memory <see cref="CollectorHold"/> had the
/// runtime set aside. Only the time changes: where the kernel or platform says no, nothing else does.
/// </summary>
internal static partial class HugePages
{
    private const int AdviseHugePage = 14;   // MADV_HUGEPAGE

    /// <summary>
    /// Advises every mapping of the process's own memory (no file behind it) of at least 32 MB: the collector's reservation
    /// and what it committed from it for the hold (the runtime says nothing of where its heap lies, and the collector's are
    /// the only mappings this large; a thread's stack is 8 MB at most), so that memory it commits later is covered too.
    /// </summary>
    public static void ForCollectorHeap()
    {
        if (!OperatingSystem.IsLinux()) return;
        try
        {
            foreach (var (start, end) in Mappings())
                if (end - start >= Smallest) Advise((nint)start, (nuint)(end - start), AdviseHugePage);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DllNotFoundException or EntryPointNotFoundException)
        {
            // No /proc or no libc: the run goes on with the pages it has.
        }
    }

    private const ulong Smallest = 32UL << 20;

    /// <summary>Each mapping of the process's memory without a file behind it (its start and end), from /proc/self/maps.</summary>
    private static List<(ulong Start, ulong End)> Mappings()
    {
        var mappings = new List<(ulong, ulong)>();
        foreach (var line in File.ReadLines("/proc/self/maps"))
        {
            // "start-end perms offset device inode [path]": anonymous memory has inode 0 and no path.
            var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length != 5) continue;
            var range = fields[0].Split('-');
            mappings.Add((ulong.Parse(range[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                ulong.Parse(range[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
        }
        return mappings;
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Advise(nint address, nuint length, int advice);
}
