using CorporateParenting.Web.Infrastructure.Paging;
using Microsoft.AspNetCore.Http;

namespace CorporateParenting.Web.Tests.Pages;

/// <summary>The shared paging model and its links (ADR 35): which page, which rows, which numbers GOV.UK's pagination shows.</summary>
public sealed class PagingTests
{
    [Theory]
    [InlineData(1, 615, 1, 13, 1, 50)]
    [InlineData(2, 615, 2, 13, 51, 100)]
    [InlineData(13, 615, 13, 13, 601, 615)]
    [InlineData(99, 615, 13, 13, 601, 615)]     // past the end: the last page
    [InlineData(0, 615, 1, 13, 1, 50)]          // 0 or less: the first
    [InlineData(-4, 615, 1, 13, 1, 50)]
    [InlineData(1, 50, 1, 1, 1, 50)]
    [InlineData(2, 51, 2, 2, 51, 51)]
    [InlineData(3, 0, 1, 1, 0, 0)]              // an empty list has one (empty) page
    public void A_requested_page_is_kept_within_the_list(int requested, int total, int page, int pages, int first, int last)
    {
        var paging = Paging.For(requested, total);

        Assert.Equal((page, pages, first, last), (paging.Page, paging.PageCount, paging.First, paging.Last));
        var rows = paging.Of(Enumerable.Range(1, total));
        Assert.Equal(total == 0 ? [] : Enumerable.Range(first, last - first + 1), rows);
        Assert.Equal(rows, paging.Of(Enumerable.Range(1, total).AsQueryable()));
    }

    [Fact]
    public void Every_row_is_on_exactly_one_page()
    {
        var rows = Enumerable.Range(1, 615).ToList();
        var pages = Enumerable.Range(1, Paging.For(1, rows.Count).PageCount).Select(p => Paging.For(p, rows.Count).Of(rows)).ToList();

        Assert.Equal(13, pages.Count);
        Assert.All(pages.SkipLast(1), p => Assert.Equal(Paging.DefaultPageSize, p.Count));
        Assert.Equal(rows, pages.SelectMany(p => p));
    }

    [Fact]
    public void A_page_of_no_rows_is_refused_as_a_page_size() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Paging.For(1, 10, pageSize: 0));

    /// <summary>GOV.UK's pattern: first, last, the current page and its neighbours, an ellipsis for the rest (null here).</summary>
    [Theory]
    [InlineData(1, 1, "1")]
    [InlineData(1, 3, "1 2 3")]
    [InlineData(1, 13, "1 2 … 13")]
    [InlineData(2, 13, "1 2 3 … 13")]
    [InlineData(3, 13, "1 2 3 4 … 13")]            // a gap of one page shows the page, not an ellipsis
    [InlineData(7, 13, "1 … 6 7 8 … 13")]
    [InlineData(11, 13, "1 … 10 11 12 13")]
    [InlineData(13, 13, "1 … 12 13")]
    public void The_page_numbers_shown_follow_the_gov_uk_pattern(int page, int pages, string expected)
    {
        var items = Paging.For(page, pages * Paging.DefaultPageSize).Items();

        Assert.Equal(expected, string.Join(' ', items.Select(i => i?.ToString() ?? "…")));
    }

    [Fact]
    public void A_page_link_keeps_the_filters_and_changes_only_the_page()
    {
        var context = new DefaultHttpContext();
        context.Request.Path = "/Performance/Children";
        context.Request.QueryString = new QueryString("?Indicator=cla_count&Year=2026&CountedOnly=true&page=4");
        var links = PageLinks.ForRequest(context.Request, Paging.For(4, 615), "children");

        Assert.Equal("/Performance/Children?Indicator=cla_count&Year=2026&CountedOnly=true&page=5", links.Href(5));
        Assert.Equal("/Performance/Children?Indicator=cla_count&Year=2026&CountedOnly=true", links.Href(1));   // page 1 is the list's own address
        Assert.Equal("/Performance/Children?Indicator=cla_count&Year=2026&CountedOnly=true&page=3", links.Href(3));
    }
}
