using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace CorporateParenting.Web.Infrastructure.Paging;

/// <summary>The pagination's view model: the page, what the list holds (for the navigation's name) and each page's link.</summary>
public sealed record PageLinks(Paging Paging, string ListName, Func<int, string> Href)
{
    /// <summary>
    /// Links to the same page with the same query string (the list's filters) and only the page number changed;
    /// page 1 has no number, so the first page's address is the list's own.
    /// </summary>
    public static PageLinks ForRequest(HttpRequest request, Paging paging, string listName) =>
        new(paging, listName, page =>
        {
            var query = new QueryBuilder(request.Query
                .Where(q => !string.Equals(q.Key, Paging.Parameter, StringComparison.OrdinalIgnoreCase))
                .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? ""))));
            if (page > 1) query.Add(Paging.Parameter, page.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return request.PathBase + request.Path + query.ToQueryString();
        });
}
