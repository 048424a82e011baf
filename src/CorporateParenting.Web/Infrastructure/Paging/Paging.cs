namespace CorporateParenting.Web.Infrastructure.Paging;

/// <summary>
/// One page of a long list (ADR 35): which page is shown of how many, and the rows on it. A page number out of range
/// (0, negative, past the end, or not a number) shows the nearest page that exists, so an old link still lands somewhere.
/// Exports never use this: they export the whole list.
/// </summary>
public sealed record Paging(int Page, int PageSize, int Total)
{
    public const int DefaultPageSize = 50;
    /// <summary>The query-string parameter every paged list reads: <c>?page=N</c>.</summary>
    public const string Parameter = "page";

    /// <summary>
    /// The page asked for in the query string, 1 when none or not a number. Read from the query itself, not bound:
    /// Razor Pages has a route value called "page" (the page's own path) that model binding would read first.
    /// </summary>
    public static int Requested(Microsoft.AspNetCore.Http.HttpRequest request) =>
        int.TryParse(request.Query[Parameter].ToString(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var page) ? page : 1;

    public static Paging For(int requested, int total, int pageSize = DefaultPageSize)
    {
        if (pageSize < 1) throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, "A page holds at least one row.");
        var pages = Math.Max(1, (Math.Max(0, total) + pageSize - 1) / pageSize);
        return new Paging(Math.Clamp(requested, 1, pages), pageSize, Math.Max(0, total));
    }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public int Skip => (Page - 1) * PageSize;
    /// <summary>The first and last row on this page, counting from 1 (0 and 0 for an empty list).</summary>
    public int First => Total == 0 ? 0 : Skip + 1;
    public int Last => Math.Min(Total, Skip + PageSize);
    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < PageCount;

    public IReadOnlyList<T> Of<T>(IEnumerable<T> rows) => rows.Skip(Skip).Take(PageSize).ToList();
    public IQueryable<T> Of<T>(IQueryable<T> rows) => rows.Skip(Skip).Take(PageSize);

    /// <summary>
    /// The page numbers to show, GOV.UK's way: the first, the last, the current one and its neighbours; null where
    /// numbers are left out (an ellipsis). A gap of a single page shows that page rather than an ellipsis.
    /// </summary>
    public IReadOnlyList<int?> Items()
    {
        var shown = new SortedSet<int> { 1, PageCount, Page, Page - 1, Page + 1 };
        shown.RemoveWhere(p => p < 1 || p > PageCount);
        var items = new List<int?>();
        var previous = 0;
        foreach (var p in shown)
        {
            if (p - previous == 2) items.Add(p - 1);
            else if (p - previous > 2) items.Add(null);
            items.Add(p);
            previous = p;
        }
        return items;
    }
}
