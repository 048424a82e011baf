using CorporateParenting.Data;
using CorporateParenting.Data.CorporateParents;
using CorporateParenting.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CorporateParenting.Browser.Tests;

public sealed partial class CorporateParentsTests
{
    /// <summary>
    /// A member records a visit on a phone (390 pixels wide): a date in the findings is refused by name and what they
    /// typed stays; the coverage page shows overdue homes. Each page passes axe and fits the phone.
    /// </summary>
    [Fact]
    public async Task A_member_records_a_visit_on_a_phone_and_reads_the_coverage()
    {
        var member = await host.Hub.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<HubDbContext>();
            if (!await db.CareSettings.AnyAsync()) db.CareSettings.Add(new CareSetting { Name = "Browser Test House", Kind = CareSettingKind.ChildrensHome });
            var councillor = new CouncilMember { Name = "Cllr Browser Visitor", Ward = "Riverside", Party = "Independent", ElectedOn = new DateOnly(2022, 5, 5) };
            db.CouncilMembers.Add(councillor);
            await db.SaveChangesAsync();
            return councillor;
        });
        var page = await host.NewPageAsync(phone: true);
        await page.SetViewportSizeAsync(390, 844);
        await Accessibility.SignInAsync(page, "member@hub.example");

        async Task CheckAsync(string name)
        {
            await Accessibility.AssertFitsWidthAsync(page, name);
            await Accessibility.ScreenshotAsync(page, name);
            await Accessibility.AssertNoViolationsAsync(page);
        }

        await page.GotoAsync("/CorporateParents/Visits/Record");
        await Expect(page.GetByTestId("no-child-identifiers")).ToBeVisibleAsync();
        await page.GetByLabel("Home or service visited").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await DateInputs.FillAsync(page, "Input.Date", DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-3)));
        await page.GetByLabel($"{member.Name} ({member.Ward})").CheckAsync();
        await page.GetByLabel("Purpose of the visit").FillAsync("To see the new kitchen");
        await page.GetByLabel("What you found (optional)").FillAsync("Met a boy born 03/04/2012 who loves cooking.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the visit" }).ClickAsync();
        await Expect(page.GetByText("Findings: remove the date 03/04/2012").First).ToBeVisibleAsync();
        Assert.Contains("loves cooking", await page.GetByLabel("What you found (optional)").InputValueAsync());
        await CheckAsync("corporate-parents-visit-form-error");

        await page.GetByLabel("What you found (optional)").FillAsync("Young people cook with staff twice a week.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the visit" }).ClickAsync();
        await page.ArrivedAtAsync("**/CorporateParents/Visits");
        await CheckAsync("corporate-parents-visits");

        await page.GotoAsync("/CorporateParents/Visits/Coverage");
        await Expect(page.GetByTestId("overdue-count")).ToBeVisibleAsync();
        await CheckAsync("corporate-parents-visit-coverage");
    }
}
