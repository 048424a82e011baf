using CorporateParenting.Data.Audit;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Pages;

public sealed class AuditPageTests(DemoHub factory) : IClassFixture<DemoHub>
{
    [Fact]
    public async Task Filters_narrow_the_trail_and_the_csv_export_follows_the_filters()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var audit = scope.ServiceProvider.GetRequiredService<ChildDataReadAudit>();
            await audit.RecordAsync("Child profile", ["C900123"]);
        }
        using var admin = factory.ClientAs(HubRoles.Administrator);

        var all = await admin.GetStringAsync("/Admin/Audit");
        var reads = await admin.GetStringAsync("/Admin/Audit?Filter.Action=Read");
        var csv = await admin.GetStringAsync("/Admin/Audit?handler=Csv&Filter.Action=Read");

        Assert.Contains("HubUser", all);
        Assert.Contains("1 entry", reads);
        Assert.Contains("Child profile", reads);
        Assert.DoesNotContain("<td class=\"govuk-table__cell\">Created</td>", reads);
        Assert.Contains("<td class=\"govuk-table__cell\">Created</td>", all);
        var lines = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("1 child record", lines[1]);
        Assert.DoesNotContain("C900123", csv);   // an administrator may not see children: ADR 14, AuditPrivacyTests
    }

    [Fact]
    public async Task The_audit_page_offers_no_way_to_change_or_delete_entries()
    {
        using var admin = factory.ClientAs(HubRoles.Administrator);
        var html = await admin.GetStringAsync("/Admin/Audit");

        // The only form that posts is the layout's sign-out.
        var postForms = System.Text.RegularExpressions.Regex.Matches(html, "<form[^>]*method=\"post\"[^>]*>");
        Assert.All(postForms, form => Assert.Contains("action=\"/Account/SignOut\"", form.Value));
        var post = await admin.PostAsync("/Admin/Audit", new FormUrlEncodedContent([]));
        Assert.NotEqual(System.Net.HttpStatusCode.OK, post.StatusCode);
    }
}
