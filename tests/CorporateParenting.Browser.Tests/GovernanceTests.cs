using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CorporateParenting.Browser.Tests;

/// <summary>The board's meetings and members in a real browser, each page checked by axe and photographed.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class GovernanceTests(BrowserHost host)
{
    [Fact]
    public async Task The_board_officer_works_through_meetings_and_members_and_each_page_is_accessible()
    {
        var page = await host.NewPageAsync();
        await Accessibility.SignInAsync(page, "officer@hub.example");

        await page.GotoAsync("/Governance/Meetings");
        await Accessibility.ScreenshotAsync(page, "meetings");
        await Accessibility.AssertNoViolationsAsync(page);

        // The GOV.UK date input: an impossible date is refused in the Design System's words, the summary links to
        // the field in error, and what was typed stays; a time in the am/pm style is read.
        await DateInputs.FillAsync(page, "Plan.FirstMeeting", "31", "2", "2031");
        await page.GetByLabel("Start time").FillAsync("2:30pm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Plan the meetings" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary a[href='#Plan_FirstMeeting_Day']", new() { HasText = "The date of the first meeting must be a real date" })).ToBeVisibleAsync();
        Assert.Equal("31", await page.Locator("#Plan_FirstMeeting_Day").InputValueAsync());
        Assert.Equal("2", await page.Locator("#Plan_FirstMeeting_Month").InputValueAsync());
        Assert.Contains("govuk-input--error", await page.Locator("#Plan_FirstMeeting_Day").GetAttributeAsync("class"));
        Assert.DoesNotContain("govuk-input--error", await page.Locator("#Plan_FirstMeeting_Year").GetAttributeAsync("class"));
        Assert.Equal("2:30pm", await page.GetByLabel("Start time").InputValueAsync());
        await Accessibility.ScreenshotAsync(page, "meetings-date-error");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.Locator("a[href^='/Governance/Meetings/Show/']").First.ClickAsync();
        await page.ArrivedAtAsync("**/Governance/Meetings/Show/**");
        await Expect(page.GetByText("(standing item)").First).ToBeVisibleAsync();
        await Accessibility.ScreenshotAsync(page, "meeting");
        await Accessibility.AssertNoViolationsAsync(page);

        foreach (var (path, name) in new[] { ("/Governance/Members", "members"), ("/Governance/Members/Edit", "member-edit"), ("/Governance/Actions", "action-log") })
        {
            await page.GotoAsync(path);
            await Accessibility.ScreenshotAsync(page, name);
            await Accessibility.AssertNoViolationsAsync(page);
        }

        await page.Locator("a[href^='/Governance/Actions/Show/']").First.ClickAsync();
        await page.ArrivedAtAsync("**/Governance/Actions/Show/**");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add update" }).ClickAsync();
        await Expect(page.GetByText("Enter what has happened since the last update").First).ToBeVisibleAsync();
        await Accessibility.ScreenshotAsync(page, "action");
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_board_officer_runs_the_cycle_from_schedule_to_minutes_and_pack_and_each_page_is_accessible()
    {
        var page = await host.NewPageAsync();
        await Accessibility.SignInAsync(page, "officer@hub.example");

        // The demo's last meeting held has its minutes still a draft; the next is the one after it.
        var (held, next) = await host.Hub.WithScopeAsync(async s =>
        {
            var meetings = await s.GetRequiredService<HubDbContext>().Meetings.OrderBy(m => m.Date).Select(m => new { m.Id, m.Status }).ToListAsync();
            var draft = meetings.FindIndex(m => m.Status == MeetingStatus.Held);
            return (meetings[draft].Id, meetings[draft + 1].Id);
        });
        foreach (var (path, name) in new[]
        {
            ("/Governance/Papers", "papers"), ("/Governance/WorkProgramme", "work-programme"), ("/Governance/Attendance", "attendance"),
            ("/Governance/Terms", "terms"), ("/Governance/Contacts", "contacts"), ($"/Governance/Meetings/Minutes/{held}", "minutes-draft"),
            ($"/Governance/Meetings/Attendance/{held}", "attendance-record"), ($"/Governance/Meetings/Edit/{next}", "meeting-edit"),
            ($"/Governance/Papers/Ask/{next}", "paper-ask"), ($"/Governance/Meetings/Pack/{next}", "pack"), ("/Governance/Papers/Show/1", "paper"),
        })
        {
            await page.GotoAsync(path);
            await Accessibility.ScreenshotAsync(page, name);
            await Accessibility.AssertNoViolationsAsync(page);
        }

        await page.GotoAsync("/Governance/Papers");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to the schedule" }).ClickAsync();
        await Expect(page.GetByText("Enter the months the report is due").First).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GotoAsync("/Governance/Papers/Submit/1");
        await page.GetByLabel("Summary").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the paper" }).ClickAsync();
        await Expect(page.GetByText("Enter a summary of the report").First).ToBeVisibleAsync();
        await Accessibility.ScreenshotAsync(page, "paper-submit-errors");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GotoAsync($"/Governance/Meetings/Minutes/{held}");
        await page.GetByLabel("The board resolved").FillAsync("That the forum's three asks be answered by the next meeting.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        await Expect(page.GetByText("recorded.").First).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
