namespace CorporateParenting.Web.Features.Home.Panels;

/// <summary>Links to the page where a task is done, generated from the page's name so a moved page cannot leave a dead link.</summary>
public sealed class HomeLinks(LinkGenerator links)
{
    public string To(string page, object? values = null) =>
        links.GetPathByPage(page, handler: null, values: values) ?? throw new InvalidOperationException($"No page {page} for the home page to link to");
}
