using CorporateParenting.Data;
using CorporateParenting.Data.CorporateParents;
using CorporateParenting.Testing;
using CorporateParenting.Web.Features.CorporateParents.PenPictures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CorporateParenting.Browser.Tests;

public sealed partial class CorporateParentsTests
{
    /// <summary>
    /// A young person meets their corporate parents on a phone: only the approved words, never the version waiting for
    /// the member's approval; the member then signs in and approves the version the officer drafted, and the young
    /// person sees it. The pages pass axe and fit 390 pixels.
    /// </summary>
    [Fact]
    public async Task A_young_person_meets_only_approved_pen_pictures_on_a_phone()
    {
        const string approvedWords = "I grew up two streets from the town hall and I still live there.";
        const string waitingWords = "Since the spring I also sit on the fostering panel.";
        await host.Hub.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<HubDbContext>();
            // The demo's own councillor for member@hub.example when the members part made one; otherwise one of ours.
            var member = await db.CouncilMembers.FirstOrDefaultAsync(m => m.Email == "member@hub.example")
                ?? db.CouncilMembers.Add(new CouncilMember { Name = "Councillor Browser Test", Email = "member@hub.example", Ward = "Abbey", Party = "Independent", ElectedOn = new DateOnly(2022, 5, 5) }).Entity;
            await db.SaveChangesAsync();
            var versions = await db.PenPictures.Where(p => p.CouncilMemberId == member.Id).ToListAsync();
            var now = DateTime.UtcNow;
            var approved = PenPictureRules.NewVersion(versions, member.Id, approvedWords, "Every child should have someone in their corner.", "I ask the board hard questions.", false, null, null, "member@hub.example", true, now);
            versions.Add(approved);
            PenPictureRules.Approve(approved, versions, true, now);
            var waiting = PenPictureRules.NewVersion(versions, member.Id, waitingWords, "Every child should have someone in their corner.", "I ask the board hard questions.", false, null, null, "officer@hub.example", false, now);
            db.PenPictures.AddRange(approved, waiting);
            await db.SaveChangesAsync();
            return 0;
        });

        async Task<IPage> SignInAsync(string email)
        {
            var page = await host.NewPageAsync(phone: true);
            await page.SetViewportSizeAsync(390, 844);
            await Accessibility.SignInAsync(page, email);
            return page;
        }
        static async Task CheckAsync(IPage page, string name)
        {
            await Accessibility.AssertFitsWidthAsync(page, name);
            await Accessibility.ScreenshotAsync(page, name);
            await Accessibility.AssertNoViolationsAsync(page);
        }

        var young = await SignInAsync("youngperson@hub.example");
        await Expect(young.GetByRole(AriaRole.Link, new() { Name = "Meet all your corporate parents" })).ToBeVisibleAsync();   // a few on their home page
        await CheckAsync(young, "corporate-parents-home-young-person");
        await young.GotoAsync("/CorporateParents/Meet");
        await Expect(young.GetByRole(AriaRole.Heading, new() { Name = "Meet your corporate parents", Level = 1 })).ToBeVisibleAsync();
        await Expect(young.GetByText(approvedWords)).ToBeVisibleAsync();
        Assert.Equal(0, await young.GetByText(waitingWords).CountAsync());
        await CheckAsync(young, "corporate-parents-meet-phone");

        // The member signs in, reads the version the officer drafted for them and approves it; then the young person sees it.
        var member = await host.NewPageAsync();
        await Accessibility.SignInAsync(member, "member@hub.example");
        await member.GotoAsync("/CorporateParents/PenPictures/Mine");
        await Expect(member.GetByTestId("waiting").GetByText(waitingWords)).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(member);
        await Accessibility.ScreenshotAsync(member, "corporate-parents-pen-picture-to-approve");
        await member.GetByRole(AriaRole.Button, new() { Name = "Approve it for young people to see" }).ClickAsync();
        await member.GetByRole(AriaRole.Button, new() { Name = "Withdraw it" }).WaitForAsync();   // the approved version, back on their page
        await member.SetViewportSizeAsync(390, 844);
        await Accessibility.AssertFitsWidthAsync(member, "corporate-parents-pen-picture-approved");
        await Accessibility.ScreenshotAsync(member, "corporate-parents-pen-picture-approved-phone");

        await young.GotoAsync("/CorporateParents/Meet");
        await Expect(young.GetByText(waitingWords)).ToBeVisibleAsync();
        Assert.Equal(0, await young.GetByText(approvedWords).CountAsync());   // the version it replaced is no longer shown
        await Accessibility.ScreenshotAsync(young, "corporate-parents-meet-after-approval-phone");
    }
}
