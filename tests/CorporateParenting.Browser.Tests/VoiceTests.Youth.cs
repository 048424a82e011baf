using CorporateParenting.Data;
using CorporateParenting.Data.Voice;
using CorporateParenting.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CorporateParenting.Browser.Tests;

public sealed partial class VoiceTests
{
    /// <summary>
    /// A young person on the board writes their group's report on a phone (390 pixels wide), and anyone reads "You said,
    /// we did" without an account: each page passes axe and fits the phone.
    /// </summary>
    [Fact]
    public async Task A_young_person_writes_the_groups_report_and_reads_you_said_we_did_on_a_phone()
    {
        var draft = await host.Hub.WithScopeAsync(s => s.GetRequiredService<HubDbContext>().YouthGroupReports
            .Where(r => r.Status == YouthReportStatus.Draft).Select(r => new { r.YouthGroupId, r.MeetingId }).FirstAsync());
        var page = await host.NewPageAsync(phone: true);
        await page.SetViewportSizeAsync(390, 844);
        await Accessibility.SignInAsync(page, "youngperson@hub.example");

        async Task CheckAsync(string name)
        {
            await Accessibility.AssertFitsWidthAsync(page, name);
            await Accessibility.ScreenshotAsync(page, name);
            await Accessibility.AssertNoViolationsAsync(page);
        }

        await page.GotoAsync($"/Voice/YouthGroups/Write/{draft.YouthGroupId}/{draft.MeetingId}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Our report to the board" })).ToBeVisibleAsync();
        await CheckAsync("voice-youth-report-form");

        // Sending without what the board should know: the error is shown and what was typed stays.
        await page.GetByLabel("What we want the board to know").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send to the board" }).ClickAsync();
        await Expect(page.GetByText("Write what you want the board to know").First).ToBeVisibleAsync();
        Assert.Contains("mental health", await page.GetByLabel("What we talked about").InputValueAsync());
        await CheckAsync("voice-youth-report-form-error");

        await page.GetByLabel("What we want the board to know").FillAsync("Waiting months for counselling makes things worse.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save as a draft" }).ClickAsync();
        await page.ArrivedAtAsync("**/Voice/YouthGroups/Report/**");
        await Expect(page.GetByText("Your report is saved as a draft")).ToBeVisibleAsync();
        await CheckAsync("voice-youth-report-draft");

        var reader = await host.NewPageAsync(phone: true);
        await reader.SetViewportSizeAsync(390, 844);
        page = reader;
        await page.GotoAsync("/YoungPeople/YouSaidWeDid");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You said, we did", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByText("0800 1111").First).ToBeVisibleAsync();
        await CheckAsync("voice-you-said-we-did-phone");
    }
}
