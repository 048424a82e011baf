using CorporateParenting.Cli.Commands;

namespace CorporateParenting.Ssda903.Tests.Cli;

public class HugePagesTests
{
    [Fact]
    public void The_collectors_mappings_are_advised_to_use_huge_pages()
    {
        // Only on a Linux built with transparent huge pages (the machines the bench runs on): elsewhere nothing is asked.
        if (!OperatingSystem.IsLinux() || !File.Exists("/sys/kernel/mm/transparent_hugepage/enabled")) return;

        HugePages.ForCollectorHeap();

        // The kernel marks a mapping it was asked to back with huge pages "hg" among its flags; the collector's reservation
        // (gigabytes) is the largest mapping without a file in any .NET process.
        var advised = AnonymousMappings().Where(m => m.Bytes >= 1L << 30).ToList();
        Assert.NotEmpty(advised);
        Assert.All(advised, m => Assert.Contains("hg", m.Flags));
    }

    private static IEnumerable<(long Bytes, string[] Flags)> AnonymousMappings()
    {
        long bytes = 0;
        var anonymous = false;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
            if (fields[0].Contains('-') && !fields[0].EndsWith(':'))
            {
                var range = fields[0].Split('-');
                bytes = Convert.ToInt64(range[1], 16) - Convert.ToInt64(range[0], 16);
                anonymous = fields.Length == 5;
            }
            else if (fields[0] == "VmFlags:" && anonymous)
                yield return (bytes, fields.Length > 1 ? line["VmFlags:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries) : []);
        }
    }
}
