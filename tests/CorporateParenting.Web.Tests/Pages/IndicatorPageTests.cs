using System.Net;
using CorporateParenting.Data;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Pages;

/// <summary>An indicator's page opened as the scorecard links it (no breakdown chosen), and the owner's commentary saved from it.</summary>
public sealed class IndicatorPageTests(PerformanceHub hub) : IClassFixture<PerformanceHub>
{
    public static TheoryData<string> Roles => new(HubRoles.All.Select(r => r.Name));

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task The_page_opens_without_an_error_summary_when_no_breakdown_is_chosen(string role)
    {
        using var client = hub.ClientAs(role);
        using var response = await client.GetAsync("/Performance/Scorecard/Indicator/cla_count?year=2026");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("govuk-error-summary", html);
        Assert.DoesNotContain("field is required", html);
        Assert.Contains("by age band", html);   // the default breakdown is shown
    }

    [Fact]
    public async Task The_owners_commentary_saves_and_shows()
    {
        using var manager = hub.ClientAs(HubRoles.ServiceManager);
        const string url = "/Performance/Scorecard/Indicator/cla_count?year=2026";
        var text = $"Numbers rose after two large sibling groups came into care ({Guid.NewGuid():N}).";

        using var saved = await Forms.PostAsync(manager, url, [new("Commentary", text)], handler: "Commentary");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await hub.WithScopeAsync(s => s.GetRequiredService<HubDbContext>().IndicatorCommentaries.Where(c => c.Text == text).CountAsync());
        Assert.Equal(1, stored);
        using var member = hub.ClientAs(HubRoles.BoardMember);
        Assert.Contains(WebUtility.HtmlEncode(text), await member.GetStringAsync(url));
    }

    [Fact]
    public async Task Commentary_that_is_too_long_is_refused_and_nothing_is_saved()
    {
        using var manager = hub.ClientAs(HubRoles.ServiceManager);
        var before = await hub.WithScopeAsync(s => s.GetRequiredService<HubDbContext>().IndicatorCommentaries.CountAsync());
        using var refused = await Forms.PostAsync(manager, "/Performance/Scorecard/Indicator/cla_count?year=2026", [new("Commentary", new string('c', 4001))], handler: "Commentary");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Commentary must be 4,000 characters or fewer", await refused.Content.ReadAsStringAsync());
        Assert.Equal(before, await hub.WithScopeAsync(s => s.GetRequiredService<HubDbContext>().IndicatorCommentaries.CountAsync()));
    }
}
