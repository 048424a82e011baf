using CorporateParenting.Data;
using CorporateParenting.Data.Voice;
using CorporateParenting.Web.Features.Voice.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CorporateParenting.Browser.Tests;

public sealed partial class VoiceTests
{
    /// <summary>
    /// A child answers the demo's 5 to 9 questions on a 390-pixel phone, every page checked by axe, for sideways
    /// scrolling and photographed. JavaScript is on in the browser, but the children's pages load no script at all.
    /// </summary>
    [Fact]
    public async Task A_child_answers_a_survey_on_a_phone_and_every_page_is_accessible_and_fits()
    {
        var codes = await host.Hub.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<HubDbContext>();
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var survey = new Survey { Title = "Your life, your care (browser test)", OpensOn = today.AddDays(-1), ClosesOn = today.AddDays(14) };
            foreach (var key in new[] { "children-5-9", "children-10-plus" })
            {
                var set = await db.QuestionSets.Where(s => s.Key == key).OrderByDescending(s => s.Version).FirstAsync();
                survey.Bands.Add(new SurveyBand { Label = set.Name, QuestionSetId = set.Id });
            }
            db.Surveys.Add(survey);
            await db.SaveChangesAsync();
            return new[]
            {
                (await SurveyCodes.MakeBatchAsync(db, survey.Bands[0], 1, "browser test", DateTime.UtcNow, default))[0],
                (await SurveyCodes.MakeBatchAsync(db, survey.Bands[1], 1, "browser test", DateTime.UtcNow, default))[0],
            };
        });
        var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseUrl, ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true });
        context.SetDefaultTimeout(120_000);
        var page = await context.NewPageAsync();

        async Task CheckAsync(string name)
        {
            Assert.True(await page.GetByTestId("who-to-talk-to").IsVisibleAsync(), $"{name}: who to talk to is missing");
            await Accessibility.AssertFitsWidthAsync(page, name);
            Assert.Equal(0, await page.Locator("script").CountAsync());
            await Accessibility.ScreenshotAsync(page, "survey-" + name);
            await Accessibility.AssertNoViolationsAsync(page);
        }

        await page.GotoAsync("/YoungPeople/Survey");
        await CheckAsync("code");
        await page.GetByLabel("Your code").FillAsync("ABCD-2345");
        await page.GetByTestId("start").ClickAsync();
        await Expect(page.GetByText("We do not know that code").First).ToBeVisibleAsync();
        await CheckAsync("code-error");

        await page.GotoAsync($"/YoungPeople/Survey?code={codes[0]}");
        await page.GetByTestId("start").ClickAsync();
        await page.ArrivedAtAsync("**/YoungPeople/Survey/Question/1");
        var checkedKinds = new HashSet<string>();
        for (var number = 1; page.Url.Contains("/Question/", StringComparison.Ordinal); number++)
        {
            var type = await page.Locator("input[name=Choice]").CountAsync() > 0 ? (await page.Locator(".app-face").CountAsync() > 0 ? "faces" : "choice")
                : await page.Locator("input[name=Choices]").CountAsync() > 0 ? "tick-any" : "free-text";
            // Each kind of question page once: the checks are the same for every question of a kind (and keep the suite's time).
            if (checkedKinds.Add(type)) await CheckAsync($"question-{number}-{type}");
            if (number == 1)
            {
                await page.GetByTestId("next").ClickAsync();
                await Expect(page.GetByText("Choose an answer, or skip this question").First).ToBeVisibleAsync();
                await CheckAsync("question-error");
            }
            if (number == 2) { await page.GetByTestId("skip").ClickAsync(); continue; }
            switch (type)
            {
                case "faces" or "choice": await page.Locator("input[name=Choice]").Last.CheckAsync(); break;
                case "tick-any": await page.Locator("input[name=Choices]").First.CheckAsync(); break;
                default: await page.Locator("textarea[name=Text]").FillAsync("I like my new bike."); break;
            }
            await page.GetByTestId("next").ClickAsync();
        }
        await page.ArrivedAtAsync("**/YoungPeople/Survey/Send");
        await CheckAsync("send");
        await page.GetByTestId("send").ClickAsync();
        await page.ArrivedAtAsync("**/YoungPeople/Survey/Thanks");
        await CheckAsync("thanks");

        // The older band's agree scale, and the start page on a desktop screen.
        await page.GotoAsync($"/YoungPeople/Survey?code={codes[1]}");
        await page.GetByTestId("start").ClickAsync();
        await page.ArrivedAtAsync("**/YoungPeople/Survey/Question/1");
        await CheckAsync("question-agree");
        var desktop = await host.NewPageAsync();
        await desktop.GotoAsync("/YoungPeople/Survey");
        await Accessibility.ScreenshotAsync(desktop, "survey-code-desktop");
        await desktop.GotoAsync($"/YoungPeople/Survey?code={codes[0]}");
        await desktop.GetByTestId("start").ClickAsync();
        await Expect(desktop.GetByText("This code has already been used").First).ToBeVisibleAsync();
        await Accessibility.ScreenshotAsync(desktop, "survey-code-used-desktop");
        await Accessibility.AssertNoViolationsAsync(desktop);
        await context.CloseAsync();
    }
}
