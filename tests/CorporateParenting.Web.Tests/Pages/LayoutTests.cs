using System.Net;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;

namespace CorporateParenting.Web.Tests.Pages;

public sealed class LayoutTests(DemoHub factory) : IClassFixture<DemoHub>
{
    [Fact]
    public async Task Navigation_shows_only_what_the_role_may_use()
    {
        var admin = await factory.ClientAs(HubRoles.Administrator).GetStringAsync("/");
        var member = await factory.ClientAs(HubRoles.BoardMember).GetStringAsync("/");

        Assert.Contains("href=\"/Admin/Users\"", admin);
        Assert.Contains("href=\"/Admin/Audit\"", admin);
        Assert.DoesNotContain("href=\"/Admin/Users\"", member);
        Assert.DoesNotContain("href=\"/Admin/Audit\"", member);
    }

    [Fact]
    public async Task Every_page_has_the_service_header_council_name_and_footer_links()
    {
        var html = await factory.ClientAs(null).GetStringAsync("/accessibility");

        Assert.Contains("Corporate Parenting Hub", html);
        Assert.Contains("Testshire County Council", html);
        foreach (var link in new[] { "/accessibility", "/privacy", "/cookies" }) Assert.Contains($"href=\"{link}\"", html);
        Assert.Contains("lang=\"en-GB\"", html);
    }

    [Theory]
    [InlineData("/no-such-page", HttpStatusCode.NotFound, "Page not found")]
    [InlineData("/Admin/Users/Edit/no-such-user", HttpStatusCode.NotFound, "Page not found")]
    public async Task Error_pages_are_gov_uk_style(string path, HttpStatusCode status, string heading)
    {
        using var response = await factory.ClientAs(HubRoles.Administrator).GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Contains($"<h1 class=\"govuk-heading-l\">{heading}</h1>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Forbidden_is_a_403_page_not_a_redirect()
    {
        using var response = await factory.ClientAs(HubRoles.YoungPerson).GetAsync("/Admin/Audit");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("You do not have permission to see this page", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_front_end_is_served_from_the_app_itself()
    {
        using var client = factory.ClientAs(null);
        using var css = await client.GetAsync("/lib/hub.css");
        using var js = await client.GetAsync("/lib/govuk-frontend.min.js");

        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Contains(".govuk-template", await css.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, js.StatusCode);
    }
}
