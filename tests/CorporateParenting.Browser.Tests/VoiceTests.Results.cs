using CorporateParenting.Data;
using CorporateParenting.Data.Voice;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Features.Demo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CorporateParenting.Browser.Tests;

public sealed partial class VoiceTests
{
    /// <summary>
    /// A survey of its own (the youngest band has 4 responses, so it shows no figures), published with an approved
    /// theme: the board's results page at desktop and phone width, and the children's page on a phone.
    /// </summary>
    [Fact]
    public async Task Survey_results_for_the_board_and_for_young_people_are_accessible_and_fit_a_phone()
    {
        var surveyId = await host.Hub.WithScope(async s =>
        {
            var db = s.GetRequiredService<HubDbContext>();
            var random = new Random(21);
            var survey = new Survey { Title = "Browser results survey", OpensOn = new(2026, 10, 1), ClosesOn = new(2026, 10, 31), ResultsPublished = true, ChildFriendlySummary = "Most of you feel safe where you live. Some of you want more time with your social worker." };
            foreach (var (label, min, count) in new[] { ("5 to 9", 5, 4), ("10 plus", 10, 40) })
            {
                var set = new QuestionSet { Key = $"browser-results-{min}", Version = 1, Name = label, MinAge = min, MaxAge = min + 7 };
                set.Questions.Add(new SurveyQuestion { Order = 1, Key = "browser-safe", IsCore = true, Text = "Do you feel safe where you live?", ResultLabel = "Feel safe where they live", Type = min == 5 ? QuestionType.FacesScale : QuestionType.AgreeScale });
                set.Questions.Add(new SurveyQuestion { Order = 2, Key = "browser-adult", IsCore = true, Text = "Is there an adult you trust?", ResultLabel = "Have an adult they trust", Type = QuestionType.YesNoNotSure });
                set.Questions.Add(new SurveyQuestion { Order = 3, Key = "browser-help", Text = "Who helps you when you are worried?", ResultLabel = "Who helps when they are worried", Type = QuestionType.ChooseAny, Options = "My carer\nMy social worker\nA teacher" });
                var band = new SurveyBand { Label = label, QuestionSet = set, EligibleCount = count * 2 + 10, EligibleSource = "903 return 2025-26, 1 October 2026" };
                survey.Bands.Add(band);
            }
            db.Surveys.Add(survey);
            await db.SaveChangesAsync();
            foreach (var (band, count) in survey.Bands.Zip(new[] { 4, 40 }))
                for (var i = 0; i < count; i++)
                {
                    var response = new SurveyResponse { Id = Guid.NewGuid(), SurveyId = survey.Id, SurveyBandId = band.Id };
                    foreach (var q in band.QuestionSet!.Questions)
                        response.Answers.Add(new SurveyAnswer
                        {
                            Id = Guid.NewGuid(), QuestionId = q.Id,
                            Choice = q.Type switch
                            {
                                QuestionType.YesNoNotSure => random.NextDouble() < 0.7 ? "yes" : "no",
                                QuestionType.ChooseAny => random.NextDouble() < 0.5 ? "My carer\nA teacher" : "My social worker",
                                _ => random.NextDouble() < 0.7 ? "4" : "2",
                            },
                        });
                    db.SurveyResponses.Add(response);
                }
            db.SurveyCommentThemes.Add(new SurveyCommentTheme { SurveyId = survey.Id, Name = "Seeing family", Summary = "Many of you want to see your brothers and sisters more often.", Approved = true });
            await db.SaveChangesAsync();
            return survey.Id;
        });

        var page = await host.NewPageAsync();
        await page.GotoAsync("/Account/SignIn");
        await page.GetByLabel("Email address").FillAsync(DemoSeeder.EmailFor(HubRoles.All.Single(r => r.Name == HubRoles.ParticipationOfficer)));
        await page.GetByLabel("Password").FillAsync(HubFactory.DemoPassword);
        await page.GetByTestId("sign-in").ClickAsync();
        await page.ArrivedAtAsync(host.BaseUrl + "/");

        await page.GotoAsync($"/Voice/Results/{surveyId}");
        await Expect(page.GetByText("No figures: fewer than 6 answered").First).ToBeVisibleAsync();
        await Accessibility.ScreenshotAsync(page, "voice-results");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.SetViewportSizeAsync(390, 844);
        await Accessibility.AssertFitsWidthAsync(page, "the results page");
        await Accessibility.ScreenshotAsync(page, "voice-results-phone");

        var phone = await host.NewPageAsync(phone: true);
        await phone.SetViewportSizeAsync(390, 844);
        await phone.GotoAsync($"/YoungPeople/WhatYouToldUs/{surveyId}");
        await Expect(phone.GetByText("Not enough of you answered this for us to share.").First).ToBeVisibleAsync();
        await Expect(phone.GetByText("0800 1111").First).ToBeVisibleAsync();
        // The older band was asked on an agree scale, the youngest with faces: each band's result in its own words.
        await Expect(phone.GetByText(new System.Text.RegularExpressions.Regex(@"10 plus: .* of you agreed\.")).First).ToBeVisibleAsync();
        await Accessibility.ScreenshotAsync(phone, "voice-what-you-told-us");
        await Accessibility.AssertNoViolationsAsync(phone);
        await Accessibility.AssertFitsWidthAsync(phone, "the children's page");
    }
}
