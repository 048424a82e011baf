using CorporateParenting.Data;
using CorporateParenting.Web.Documents;
using CorporateParenting.Web.Features.AnnualReports;
using CorporateParenting.Web.Features.Demo.AnnualReports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CorporateParenting.Browser.Tests;

/// <summary>The board's annual report in a real browser: the demo's draft as the board officer sees it, and its files.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed partial class AnnualReportTests(BrowserHost host)
{
    [Fact]
    public async Task The_demo_report_is_accessible_fits_a_phone_and_its_files_are_kept_for_a_look()
    {
        var id = await host.Hub.WithScopeAsync(s => s.GetRequiredService<HubDbContext>().AnnualReports
            .Where(r => r.Author == DemoAnnualReportSeeder.Author).Select(r => r.Id).SingleAsync());
        var path = $"/AnnualReports/Report/{id}";
        foreach (var (width, suffix) in new[] { (1280, ""), (390, "-phone") })
        {
            var context = await host.NewContextAsync(width);
            var page = await context.NewPageAsync();
            await Accessibility.SignInAsync(page, "officer@hub.example");
            await page.GotoAsync(path);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Foreword", Exact = true })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Edit the narrative for Foreword" })).ToBeVisibleAsync();
            await Accessibility.ScreenshotAsync(page, "annual-report" + suffix);
            if (width > 500)
            {
                await Accessibility.AssertNoViolationsAsync(page);
                foreach (var (other, name) in new[] { ("/AnnualReports", "annual-reports"), ($"/AnnualReports/Narrative/{id}/foreword", "annual-report-narrative"), ($"/AnnualReports/Approve/{id}", "annual-report-approve"), ("/AnnualReports/Start", "annual-report-start") })
                {
                    await page.GotoAsync(other);
                    await Accessibility.ScreenshotAsync(page, name);
                    await Accessibility.AssertNoViolationsAsync(page);
                }
            }
            await Accessibility.AssertFitsWidthAsync(page, path);
            await context.CloseAsync();
        }

        // The files as the demo's draft prints them, kept beside the board pack for a person to look at.
        var (pdf, word) = await host.Hub.WithScopeAsync(async s =>
        {
            var report = await s.GetRequiredService<HubDbContext>().AnnualReports.AsNoTracking().Include(r => r.Narratives).SingleAsync(r => r.Id == id);
            var document = AnnualReportDrafter.Document(await s.GetRequiredService<AnnualReportDrafter>().DraftAsync(report, default));
            var (bytes, pages, _) = await s.GetRequiredService<PackPdfRenderer>().RenderAsync(document, default);
            return (bytes, PackWordRenderer.Render(document, pages));
        });
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        var folder = Environment.GetEnvironmentVariable("HUB_TEST_ARTIFACTS") is { Length: > 0 } artifacts ? artifacts : BrowserHost.ArtifactsFolder;
        await File.WriteAllBytesAsync(Path.Combine(folder, "annual-report-demo.pdf"), pdf);
        await File.WriteAllBytesAsync(Path.Combine(folder, "annual-report-demo.docx"), word);
    }
}
