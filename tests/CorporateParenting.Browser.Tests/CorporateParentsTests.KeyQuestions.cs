using CorporateParenting.Testing;
using Microsoft.Playwright;

namespace CorporateParenting.Browser.Tests;

public sealed partial class CorporateParentsTests
{
    /// <summary>
    /// A board member reads "If this were my child" on a phone (390 pixels wide) and opens a breakdown: the page passes
    /// axe and fits the phone; the induction briefing downloads as a PDF (kept beside the screenshots to read).
    /// </summary>
    [Fact]
    public async Task A_member_reads_the_key_questions_on_a_phone_and_downloads_the_briefing()
    {
        var page = await host.NewPageAsync(phone: true);
        await page.SetViewportSizeAsync(390, 844);
        await Accessibility.SignInAsync(page, "member@hub.example");

        await page.GotoAsync("/CorporateParents/KeyQuestions");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "If this were my child", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "9. Resources", Level = 2 })).ToBeVisibleAsync();
        await page.GetByText("Children looked after at 31 March by ethnicity group").First.ClickAsync();
        await Expect(page.Locator("table[data-dimension=EthnicityGroup]").First).ToBeVisibleAsync();

        await Accessibility.AssertFitsWidthAsync(page, "the key questions");
        await Accessibility.ScreenshotAsync(page, "corporate-parents-key-questions-phone");
        await Accessibility.AssertNoViolationsAsync(page);

        var pdf = await page.APIRequest.GetAsync("/CorporateParents/KeyQuestions?handler=Pdf");
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        await File.WriteAllBytesAsync(Path.Combine(BrowserHost.ArtifactsFolder, "corporate-parents-key-questions.pdf"), await pdf.BodyAsync());
        var word = await page.APIRequest.GetAsync("/CorporateParents/KeyQuestions?handler=Word");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", word.Headers["content-type"]);
        await File.WriteAllBytesAsync(Path.Combine(BrowserHost.ArtifactsFolder, "corporate-parents-key-questions.docx"), await word.BodyAsync());
    }
}
