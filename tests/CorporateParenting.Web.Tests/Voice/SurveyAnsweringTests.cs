using System.Net;
using System.Text.RegularExpressions;
using CorporateParenting.Data;
using CorporateParenting.Data.Voice;
using CorporateParenting.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Voice;

/// <summary>The children's survey pages, posted form by form as a browser without JavaScript does.</summary>
public sealed partial class SurveyAnsweringTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private Task<T> Query<T>(Func<HubDbContext, Task<T>> query) => hub.WithScope(s => query(s.GetRequiredService<HubDbContext>()));

    private static async Task<string> ErrorOnCodeAsync(HttpClient child, string code)
    {
        using var response = await Forms.PostAsync(child, "/YoungPeople/Survey", [new("Code", code)]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_code_that_cannot_open_a_survey_gets_a_specific_error()
    {
        var open = await SurveyTestData.SurveyAsync(hub, codes: 2);
        var closed = await SurveyTestData.SurveyAsync(hub, codes: 1, opensInDays: -30, closesInDays: -2);
        var upcoming = await SurveyTestData.SurveyAsync(hub, codes: 1, opensInDays: 5, closesInDays: 20);
        await Query(db => db.SurveyCodes.Where(c => c.SurveyBandId == open.BandId).OrderBy(c => c.Id).Take(1).ExecuteUpdateAsync(s => s.SetProperty(c => c.Used, true)));
        var used = await UsedCodeAsync(open);
        using var child = hub.ClientAs(null);

        Assert.Contains("Enter the code from your card", await ErrorOnCodeAsync(child, " "));
        Assert.Contains("We do not know that code", await ErrorOnCodeAsync(child, "ABCD-2345"));
        Assert.Contains("We do not know that code", await ErrorOnCodeAsync(child, "0O1I"));
        Assert.Contains("This code has already been used", await ErrorOnCodeAsync(child, used));
        Assert.Contains("This survey finished on", await ErrorOnCodeAsync(child, closed.Codes[0]));
        Assert.Contains("This survey starts on", await ErrorOnCodeAsync(child, upcoming.Codes[0]));
        Assert.Contains("There is a problem", await ErrorOnCodeAsync(child, used));
        // Any case, spaces for dashes: still the code.
        using var start = await Forms.PostAsync(child, "/YoungPeople/Survey", [new("Code", " " + (open.Codes[0] == used ? open.Codes[1] : open.Codes[0]).ToLowerInvariant().Replace('-', ' '))]);
        Assert.Equal("/YoungPeople/Survey/Question/1", start.Headers.Location?.OriginalString);
    }

    private async Task<string> UsedCodeAsync(SurveyTestData.Window window)
    {
        var usedHash = await Query(db => db.SurveyCodes.Where(c => c.SurveyBandId == window.BandId && c.Used).Select(c => c.CodeHash).SingleAsync());
        return window.Codes.Single(c => Web.Features.Voice.Surveys.SurveyCodes.Hash(Web.Features.Voice.Surveys.SurveyCodes.Normalise(c)!) == usedHash);
    }

    [Fact]
    public async Task A_child_answers_every_page_without_javascript_skips_one_and_the_code_then_works_no_more()
    {
        var window = await SurveyTestData.SurveyAsync(hub, codes: 1);
        using var child = hub.ClientAs(null);
        var first = await child.GetStringAsync($"/YoungPeople/Survey?code={window.Codes[0]}");
        Assert.Contains($"value=\"{window.Codes[0]}\"", first);
        Assert.Contains("0800 1111", first);
        var sent = await AnswerAllAsync(child, window.Codes[0], skipQuestion: 2);

        Assert.Equal("/YoungPeople/Survey/Thanks", sent);
        Assert.Contains("0800 1111", await child.GetStringAsync(sent));
        var questions = await Query(db => db.SurveyBands.Where(b => b.Id == window.BandId).SelectMany(b => b.QuestionSet!.Questions).OrderBy(q => q.Order).ToListAsync());
        var response = await Query(db => db.SurveyResponses.Include(r => r.Answers).SingleAsync(r => r.SurveyId == window.SurveyId));
        Assert.Equal(questions.Count - 1, response.Answers.Count);
        Assert.DoesNotContain(response.Answers, a => a.QuestionId == questions[1].Id);
        Assert.All(response.Answers, a => Assert.True(a.Choice is not null || a.Text is not null));
        var chooseAny = questions.Single(q => q.Type == QuestionType.ChooseAny);
        Assert.Equal(2, response.Answers.Single(a => a.QuestionId == chooseAny.Id).Choice!.Split('\n').Length);
        Assert.Equal("More clubs after school.", response.Answers.Single(a => a.QuestionId == questions.Single(q => q.Type == QuestionType.FreeText).Id).Text);
        Assert.True(await Query(db => db.SurveyCodes.Where(c => c.SurveyBandId == window.BandId).Select(c => c.Used).SingleAsync()));

        using var again = hub.ClientAs(null);
        Assert.Contains("This code has already been used", await ErrorOnCodeAsync(again, window.Codes[0]));
    }

    [Fact]
    public async Task One_code_opened_on_two_devices_stores_one_response_and_the_second_send_is_refused()
    {
        var window = await SurveyTestData.SurveyAsync(hub, codes: 1);
        using var phone = hub.ClientAs(null);
        using var tablet = hub.ClientAs(null);
        await StartAsync(phone, window.Codes[0]);
        await StartAsync(tablet, window.Codes[0]);

        using var firstSend = await Forms.PostAsync(phone, "/YoungPeople/Survey/Send", []);
        using var secondSend = await Forms.PostAsync(tablet, "/YoungPeople/Survey/Send", []);

        Assert.Equal("/YoungPeople/Survey/Thanks", firstSend.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, secondSend.StatusCode);
        Assert.Contains("your code has already been used", await secondSend.Content.ReadAsStringAsync());
        Assert.Equal(1, await Query(db => db.SurveyResponses.CountAsync(r => r.SurveyId == window.SurveyId)));
    }

    [Fact]
    public async Task A_changed_form_with_a_choice_the_question_does_not_offer_is_refused_and_nothing_is_kept()
    {
        var window = await SurveyTestData.SurveyAsync(hub, codes: 1);
        using var child = hub.ClientAs(null);
        await StartAsync(child, window.Codes[0]);

        using var tampered = await Forms.PostAsync(child, "/YoungPeople/Survey/Question/1", [new("Choice", "9")]);
        Assert.Equal(HttpStatusCode.BadRequest, tampered.StatusCode);
        Assert.Contains("Choose from the answers shown", await tampered.Content.ReadAsStringAsync());
        using var empty = await Forms.PostAsync(child, "/YoungPeople/Survey/Question/1", []);
        Assert.Contains("Choose an answer, or skip this question", await empty.Content.ReadAsStringAsync());

        using var send = await Forms.PostAsync(child, "/YoungPeople/Survey/Send", []);
        Assert.Equal("/YoungPeople/Survey/Thanks", send.Headers.Location?.OriginalString);
        var answers = await Query(db => db.SurveyAnswers.Where(a => db.SurveyResponses.Any(r => r.Id == a.ResponseId && r.SurveyId == window.SurveyId)).CountAsync());
        Assert.Equal(0, answers);
    }

    [Fact]
    public async Task Without_a_code_the_question_pages_send_the_child_back_to_the_start_with_no_error_box()
    {
        using var child = hub.ClientAs(null);
        using var question = await child.GetAsync("/YoungPeople/Survey/Question/1");
        Assert.Equal("/YoungPeople/Survey?again=true", question.Headers.Location?.OriginalString);
        var start = await child.GetStringAsync("/YoungPeople/Survey?again=true");
        Assert.DoesNotContain("There is a problem", start);
        Assert.Contains("Please put in your code again", start);
    }

    internal static async Task StartAsync(HttpClient child, string code)
    {
        using var start = await Forms.PostAsync(child, "/YoungPeople/Survey", [new("Code", code)]);
        Assert.Equal("/YoungPeople/Survey/Question/1", start.Headers.Location?.OriginalString);
    }

    /// <summary>Answers every question the way a child would with the first choice (two options of a choose-any), skipping one; returns where "Send" led.</summary>
    internal static async Task<string?> AnswerAllAsync(HttpClient child, string code, int skipQuestion = 0, string freeText = "More clubs after school.")
    {
        await StartAsync(child, code);
        var url = "/YoungPeople/Survey/Question/1";
        for (var number = 1; url.StartsWith("/YoungPeople/Survey/Question/", StringComparison.Ordinal); number++)
        {
            var html = await child.GetStringAsync(url);
            Assert.Contains("0800 1111", html);
            List<KeyValuePair<string, string>> fields = [];
            if (RadioValue().Match(html) is { Success: true } radio) fields.Add(new("Choice", WebUtility.HtmlDecode(radio.Groups[1].Value)));
            else if (html.Contains("name=\"Text\"")) fields.Add(new("Text", freeText));
            else fields.AddRange(CheckboxValue().Matches(html).Take(2).Select(m => new KeyValuePair<string, string>("Choices", WebUtility.HtmlDecode(m.Groups[1].Value))));
            using var next = await Forms.PostAsync(child, url, fields, handler: number == skipQuestion ? "Skip" : null);
            Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
            url = next.Headers.Location!.OriginalString;
        }
        Assert.Equal("/YoungPeople/Survey/Send", url);
        using var send = await Forms.PostAsync(child, url, []);
        return send.Headers.Location?.OriginalString;
    }

    [GeneratedRegex("name=\"Choice\" type=\"radio\" value=\"([^\"]+)\"")]
    private static partial Regex RadioValue();

    [GeneratedRegex("name=\"Choices\" type=\"checkbox\" value=\"([^\"]+)\"")]
    private static partial Regex CheckboxValue();
}
