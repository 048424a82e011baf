using CorporateParenting.Web.Documents;

namespace CorporateParenting.Web.Tests.Documents;

/// <summary>The cache of printed PDFs: the same HTML printed once, anything else printed again, failures never kept.</summary>
public sealed class PrintedPdfCacheTests
{
    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private int _prints;

    private Func<Task<byte[]>> Print(byte marker) => async () =>
    {
        Interlocked.Increment(ref _prints);
        await Task.Delay(20);
        return [marker];
    };

    [Fact]
    public async Task The_same_html_printed_the_same_way_is_printed_once_even_when_asked_for_at_the_same_moment()
    {
        var cache = new PrintedPdfCache(new Clock());
        var all = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => cache.GetOrPrintAsync("<p>pack</p>", "footer", Print(1))));
        Assert.All(all, pdf => Assert.Equal([1], pdf));
        Assert.Equal(1, _prints);

        Assert.Equal([2], await cache.GetOrPrintAsync("<p>another pack</p>", "footer", Print(2)));
        Assert.Equal([3], await cache.GetOrPrintAsync("<p>pack</p>", "another footer", Print(3)));
        Assert.Equal(3, _prints);
    }

    [Fact]
    public async Task A_failed_print_is_not_kept_and_an_old_one_is_printed_again()
    {
        var clock = new Clock();
        var cache = new PrintedPdfCache(clock);
        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetOrPrintAsync("<p>pack</p>", "f", () => throw new InvalidOperationException("Chromium stopped")));
        Assert.Equal([1], await cache.GetOrPrintAsync("<p>pack</p>", "f", Print(1)));

        clock.Now += PrintedPdfCache.KeptFor;
        Assert.Equal([2], await cache.GetOrPrintAsync("<p>pack</p>", "f", Print(2)));
        Assert.Equal(2, _prints);
    }

    [Fact]
    public async Task It_keeps_at_most_its_limit()
    {
        var clock = new Clock();
        var cache = new PrintedPdfCache(clock);
        for (var i = 0; i < PrintedPdfCache.MostEntries + 5; i++)
        {
            clock.Now += TimeSpan.FromSeconds(1);
            await cache.GetOrPrintAsync($"<p>{i}</p>", "f", Print(0));
        }
        Assert.Equal(PrintedPdfCache.MostEntries, cache.Count);
        // The oldest went first: the first document is printed again, the latest is not.
        var before = _prints;
        await cache.GetOrPrintAsync($"<p>{PrintedPdfCache.MostEntries + 4}</p>", "f", Print(0));
        Assert.Equal(before, _prints);
        await cache.GetOrPrintAsync("<p>0</p>", "f", Print(0));
        Assert.Equal(before + 1, _prints);
    }
}
