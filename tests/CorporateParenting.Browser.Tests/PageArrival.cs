using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CorporateParenting.Browser.Tests;

/// <summary>
/// Waiting for the page a click or a redirect leads to. Playwright's WaitForURL waits for the new document's load
/// event as Playwright tracked it, and on a loaded two-core machine that event was sometimes never seen after a form's
/// redirect (the log shows "networkidle" fired, the wait runs out): sign-in and single sign-on failed so. Asked with
/// WaitUntil = Commit it still waits for that event when the URL already matches (a fast redirect), which failed a
/// chair's sign-in in a full run. So the wait is our own: the page's URL as Playwright last saw it committed, and the
/// document's own readyState, polled.
/// </summary>
public static class PageArrival
{
    private const float DefaultTimeout = 120_000;

    public static Task ArrivedAtAsync(this IPage page, string urlGlob, float? timeout = null) => ArrivedAtAsync(page, Glob(urlGlob).IsMatch, timeout);

    public static Task ArrivedAtAsync(this IPage page, Regex url, float? timeout = null) => ArrivedAtAsync(page, url.IsMatch, timeout);

    public static async Task ArrivedAtAsync(this IPage page, Func<string, bool> url, float? timeout = null)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeout ?? DefaultTimeout);
        while (true)
        {
            if (url(page.Url) && await LoadedAsync(page)) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The page did not arrive within {(timeout ?? DefaultTimeout) / 1000:0} s; it is at {page.Url}.");
            await Task.Delay(100);
        }
    }

    private static async Task<bool> LoadedAsync(IPage page)
    {
        try { return await page.EvaluateAsync<bool>("() => document.readyState === 'complete'"); }
        catch (PlaywrightException) { return false; }   // a navigation under way destroyed the document asked
    }

    /// <summary>Playwright's URL globs as the tests write them: ** for any characters, * for any but a slash.</summary>
    private static Regex Glob(string glob)
    {
        var pattern = new System.Text.StringBuilder("^");
        for (var i = 0; i < glob.Length; i++)
        {
            if (glob[i] != '*') { pattern.Append(Regex.Escape(glob[i].ToString())); continue; }
            var any = i + 1 < glob.Length && glob[i + 1] == '*';
            pattern.Append(any ? ".*" : "[^/]*");
            if (any) i++;
        }
        return new Regex(pattern.Append('$').ToString());
    }
}
