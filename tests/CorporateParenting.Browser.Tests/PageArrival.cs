using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CorporateParenting.Browser.Tests;

/// <summary>
/// Waiting for the page a click or a redirect leads to. Playwright's WaitForURL waits for the new document's load
/// event as Playwright tracked it, and twice on a loaded two-core machine that event was never seen after a form's
/// redirect (the log shows "networkidle" fired, the wait runs out): sign-in and single sign-on failed so. Here the wait
/// for the URL ends when the navigation commits, and the document's own readyState says when it has loaded.
/// </summary>
public static class PageArrival
{
    public static Task ArrivedAtAsync(this IPage page, string urlGlob, float? timeout = null) =>
        LoadedAsync(page, page.WaitForURLAsync(urlGlob, Committed(timeout)), timeout);

    public static Task ArrivedAtAsync(this IPage page, Regex url, float? timeout = null) =>
        LoadedAsync(page, page.WaitForURLAsync(url, Committed(timeout)), timeout);

    public static Task ArrivedAtAsync(this IPage page, Func<string, bool> url, float? timeout = null) =>
        LoadedAsync(page, page.WaitForURLAsync(url, Committed(timeout)), timeout);

    private static PageWaitForURLOptions Committed(float? timeout) => new() { WaitUntil = WaitUntilState.Commit, Timeout = timeout };

    private static async Task LoadedAsync(IPage page, Task committed, float? timeout)
    {
        await committed;
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'", null, new() { PollingInterval = 100, Timeout = timeout });
    }
}
