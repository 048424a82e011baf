using System.Net;
using System.Text.RegularExpressions;
using CorporateParenting.Data;
using CorporateParenting.Data.Voice;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Features.Voice.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Voice;

/// <summary>The participation officer's survey pages: surveys, codes shown once, question sets that version.</summary>
public sealed partial class SurveyOfficerTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private Task<T> Query<T>(Func<HubDbContext, Task<T>> query) => hub.WithScope(s => query(s.GetRequiredService<HubDbContext>()));

    [Fact]
    public async Task Codes_are_shown_once_as_cards_with_qr_codes_and_only_their_hashes_are_kept()
    {
        var window = await SurveyTestData.SurveyAsync(hub, codes: 1);
        using var officer = hub.ClientAs(HubRoles.ParticipationOfficer);
        using var made = await Forms.PostAsync(officer, $"/Voice/Surveys/Codes/{window.BandId}", [new("Count", "3")]);
        var html = await made.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        Assert.True(made.Headers.CacheControl?.NoStore);
        var codes = ShownCode().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(3, codes.Count);
        Assert.Equal(3, Regex.Matches(html, "src=\"data:image/png;base64,").Count);
        Assert.All(codes, c => Assert.DoesNotMatch("[01OIL]", c));
        var hashes = await Query(db => db.SurveyCodes.Where(c => c.SurveyBandId == window.BandId).Select(c => c.CodeHash).ToListAsync());
        Assert.Equal(4, hashes.Count);
        Assert.Superset(codes.Select(c => SurveyCodes.Hash(SurveyCodes.Normalise(c)!)).ToHashSet(), hashes.ToHashSet());
        // Never again: the survey's own page shows counts, not codes.
        var show = await officer.GetStringAsync($"/Voice/Surveys/Show/{window.SurveyId}");
        Assert.DoesNotContain(codes[0], show);

        foreach (var (count, message) in new[] { ("", "Enter how many codes to make"), ("0", "Enter a number of codes from 1 to 500"), ("501", "Enter a number of codes from 1 to 500") })
        {
            using var refused = await Forms.PostAsync(officer, $"/Voice/Surveys/Codes/{window.BandId}", [new("Count", count)]);
            Assert.Contains(message, await refused.Content.ReadAsStringAsync());
        }
        Assert.Equal(4, await Query(db => db.SurveyCodes.CountAsync(c => c.SurveyBandId == window.BandId)));
    }

    [Fact]
    public async Task The_board_sees_the_survey_list_without_codes_or_edit_pages()
    {
        using var member = hub.ClientAs(HubRoles.BoardMember);
        var list = WebUtility.HtmlDecode(await member.GetStringAsync("/Voice/Surveys"));
        Assert.Contains("Our Pledge to you", list);
        Assert.DoesNotContain("/Voice/Surveys/Show/", list);
        Assert.DoesNotContain("Create a survey", list);
        var surveyId = await Query(db => db.Surveys.Select(s => s.Id).FirstAsync());
        var bandId = await Query(db => db.SurveyBands.Select(b => b.Id).FirstAsync());
        foreach (var path in new[] { $"/Voice/Surveys/Show/{surveyId}", $"/Voice/Surveys/Codes/{bandId}", "/Voice/Surveys/Edit", "/Voice/Surveys/QuestionSets" })
            Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(path)).StatusCode);
        // The Pledge survey's care leavers gave 4 answers: a small number, shown as c to the board.
        Assert.Matches(@"Care leavers 16 to 25.*?</th>\s*<td[^>]*>c</td>", Regex.Replace(list, @"\s+", " "));
    }

    [Fact]
    public async Task A_survey_is_created_with_its_bands_and_a_failed_save_keeps_what_was_typed()
    {
        using var officer = hub.ClientAs(HubRoles.ParticipationOfficer);
        var sets = (await Query(db => db.QuestionSets.ToListAsync())).GroupBy(s => s.Key).Select(g => g.MaxBy(s => s.Version)!).OrderBy(s => s.MinAge).ThenBy(s => s.Key).ToList();
        List<KeyValuePair<string, string>> Fields(string title, string closes)
        {
            var fields = new List<KeyValuePair<string, string>>
            {
                new("Input.Title", title), new("Input.OpensOn", "2030-06-01"), new("Input.ClosesOn", closes), new("Input.IsPledgeSurvey", "true"),
            };
            for (var i = 0; i < sets.Count; i++)
            {
                fields.Add(new($"Input.Bands[{i}].SetKey", sets[i].Key));
                fields.Add(new($"Input.Bands[{i}].Label", sets[i].Name));
                fields.Add(new($"Input.Bands[{i}].QuestionSetId", sets[i].Id.ToString()));
                if (sets[i].Key == "care-leavers-16-25") fields.Add(new($"Input.Bands[{i}].Include", "true"));
            }
            return fields;
        }

        using var refused = await Forms.PostAsync(officer, "/Voice/Surveys/Edit", Fields(" ", "2030-05-01"));
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Enter the survey's title", html);
        Assert.Contains("The survey must close on or after the day it opens", html);
        Assert.Contains("name=\"Input.ClosesOn.Month\" type=\"text\" inputmode=\"numeric\" value=\"5\"", html);   // what was typed, in the date input's fields

        using var saved = await Forms.PostAsync(officer, "/Voice/Surveys/Edit", Fields("Leaving care check-in 2030", "2030-06-30"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var survey = await Query(db => db.Surveys.Include(s => s.Bands).SingleAsync(s => s.Title == "Leaving care check-in 2030"));
        Assert.True(survey.IsPledgeSurvey);
        Assert.Equal(["care-leavers-16-25"], await Query(db => db.SurveyBands.Where(b => b.SurveyId == survey.Id).Select(b => b.QuestionSet!.Key).ToListAsync()));
    }

    [Fact]
    public async Task Changing_a_question_set_saves_the_next_version_and_a_survey_on_the_earlier_version_keeps_it()
    {
        using var officer = hub.ClientAs(HubRoles.ParticipationOfficer);
        var v1 = await Query(db => db.QuestionSets.Include(s => s.Questions).SingleAsync(s => s.Key == "children-5-9" && s.Version == 1));
        var surveysOnV1 = await Query(db => db.SurveyBands.Where(b => b.QuestionSetId == v1.Id).Select(b => b.Id).ToListAsync());
        Assert.NotEmpty(surveysOnV1);
        var questions = v1.Questions.OrderBy(q => q.Order).ToList();
        List<KeyValuePair<string, string>> fields = [new("Name", v1.Name)];
        for (var i = 0; i < questions.Count; i++)
        {
            fields.Add(new($"Questions[{i}].Key", questions[i].Key));
            fields.Add(new($"Questions[{i}].Text", i == 0 ? "Do you feel safe at home?" : questions[i].Text));
            if (questions[i].Options is { } options) fields.Add(new($"Questions[{i}].Options", options));
            if (questions[i].Key == "y-social-worker") fields.Add(new($"Questions[{i}].Remove", "true"));
        }
        fields.AddRange([new("Added.Key", "y-pets"), new("Added.Text", "Do you have a pet where you live?"), new("Added.Type", "YesNoNotSure")]);

        using var saved = await Forms.PostAsync(officer, $"/Voice/Surveys/QuestionSets/Edit/{v1.Id}", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var v2 = await Query(db => db.QuestionSets.Include(s => s.Questions).SingleAsync(s => s.Key == "children-5-9" && s.Version == 2));
        Assert.Equal("Do you feel safe at home?", v2.Questions.Single(q => q.Key == "core-safe").Text);
        Assert.DoesNotContain(v2.Questions, q => q.Key == "y-social-worker");
        Assert.Contains(v2.Questions, q => q.Key == "y-pets" && q.Type == QuestionType.YesNoNotSure);
        var v1Again = await Query(db => db.QuestionSets.Include(s => s.Questions).SingleAsync(s => s.Id == v1.Id));
        Assert.Equal(questions.Select(q => (q.Key, q.Text)), v1Again.Questions.OrderBy(q => q.Order).Select(q => (q.Key, q.Text)));
        Assert.All(surveysOnV1, id => Assert.Equal(v1.Id, hub.WithScope(s => s.GetRequiredService<HubDbContext>().SurveyBands.Single(b => b.Id == id).QuestionSetId)));

        using var blank = await Forms.PostAsync(officer, $"/Voice/Surveys/QuestionSets/Edit/{v2.Id}",
            [new("Name", v2.Name), .. v2.Questions.OrderBy(q => q.Order).SelectMany((q, i) => new KeyValuePair<string, string>[] { new($"Questions[{i}].Key", q.Key), new($"Questions[{i}].Text", i == 0 ? "" : q.Text), new($"Questions[{i}].Options", q.Options ?? "") })]);
        Assert.Contains("Enter the question as a child reads it", await blank.Content.ReadAsStringAsync());
        Assert.False(await Query(db => db.QuestionSets.AnyAsync(s => s.Key == "children-5-9" && s.Version == 3)));
    }

    [GeneratedRegex("data-testid=\"code\">([A-Z2-9]{4}-[A-Z2-9]{4})<")]
    private static partial Regex ShownCode();
}
