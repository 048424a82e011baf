using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace CorporateParenting.Web.Documents;

/// <summary>
/// The PDFs Chromium printed lately, by a hash of exactly what was printed, so the same document asked for again
/// (every member downloading the same briefing before a meeting, a Word file that needs the PDF's page numbers) is
/// printed once. Authorization has run before anything is asked of it, and an entry is found only by someone
/// holding the very same HTML. Requests for the same HTML at the same moment share one print; a failed print is not kept.
/// </summary>
public sealed class PrintedPdfCache(TimeProvider clock)
{
    public const int MostEntries = 24;
    public static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(10);

    private sealed record Entry(Lazy<Task<byte[]>> Print, DateTimeOffset Added);

    private readonly ConcurrentDictionary<string, Entry> _entries = new();

    public int Count => _entries.Count;

    public async Task<byte[]> GetOrPrintAsync(string html, string settings, Func<Task<byte[]>> print)
    {
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(settings + "\n" + html)));
        var now = clock.GetUtcNow();
        var entry = _entries.AddOrUpdate(key,
            _ => new Entry(new Lazy<Task<byte[]>>(print), now),
            (_, held) => now - held.Added < KeptFor ? held : new Entry(new Lazy<Task<byte[]>>(print), now));
        try
        {
            var pdf = await entry.Print.Value;
            Trim(now);
            return pdf;
        }
        catch
        {
            _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
            throw;
        }
    }

    /// <summary>Drops what is too old, then the oldest beyond the limit.</summary>
    private void Trim(DateTimeOffset now)
    {
        foreach (var (key, entry) in _entries)
            if (now - entry.Added >= KeptFor) _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
        var excess = _entries.Count - MostEntries;
        if (excess > 0)
            foreach (var (key, entry) in _entries.OrderBy(e => e.Value.Added).Take(excess).ToList())
                _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
    }
}
