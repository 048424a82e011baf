using System.Net;
using CorporateParenting.Data;
using CorporateParenting.Data.Voice;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Features.Voice.Pledge;
using CorporateParenting.Web.Features.Voice.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Voice;

public sealed partial class PledgeTests
{
    [Fact]
    public async Task The_Pledge_page_shows_each_promises_survey_results_over_the_years_and_no_hidden_figure()
    {
        // Two promises: one tested by a question asked in a published survey and a later unpublished one, the other by a
        // question of a published survey whose youngest band had 4 responses (no figures for it, nor for what gives it away).
        var (published, later, small) = await hub.WithScopeAsync(async s =>
        {
            var a = await ResultsSyntheticSurvey.CreateAsync(s, "pledge-", new DateOnly(2026, 10, 1), seed: 11, responses: [40, 60, 45], published: true);
            var b = await ResultsSyntheticSurvey.CreateAsync(s, "pledge-", new DateOnly(2027, 10, 1), seed: 12, responses: [45, 70, 50]);
            var c = await ResultsSyntheticSurvey.CreateAsync(s, "pledge-small-", new DateOnly(2026, 11, 1), seed: 13, responses: [4, 27, 11], published: true);
            var db = s.GetRequiredService<HubDbContext>();
            var current = await db.PledgeVersions.OrderByDescending(v => v.Version).Select(v => v.Id).FirstAsync();
            var promises = await db.PledgePromises.Where(p => p.PledgeVersionId == current).OrderBy(p => p.Order).Take(2).ToListAsync();
            db.PledgePromiseQuestions.AddRange(new PledgePromiseQuestion { PromiseId = promises[0].Id, QuestionKey = a.Safe }, new PledgePromiseQuestion { PromiseId = promises[1].Id, QuestionKey = c.Safe });
            await db.SaveChangesAsync();
            return (a, b, c);
        });
        var results = await hub.WithScopeAsync(async s =>
        {
            var service = s.GetRequiredService<SurveyResults>();
            return (Years: await service.ForQuestionKeyAsync(published.Safe, CancellationToken.None), Small: await service.ForQuestionKeyAsync(small.Safe, CancellationToken.None));
        });
        var years = results.Years;
        Assert.Equal([published.SurveyId, later.SurveyId], years.Select(y => y.SurveyId));

        using var member = hub.ClientAs(HubRoles.BoardMember);
        var html = Decoded(await member.GetStringAsync("/Voice/Pledge"));
        Assert.Contains("Feel safe where they live", html);
        foreach (var year in years.Concat(results.Small))
        {
            Assert.Contains(year.SurveyTitle, html);
            Assert.Contains(Features.Voice.Pledge.IndexModel.CellText(year.Question, year.Pooled), html);
            foreach (var (band, cell) in year.Bands) Assert.Contains($"{band.Label}: {Features.Voice.Pledge.IndexModel.CellText(year.Question, cell)}", html);
        }
        Assert.Contains("5 to 9: c (too few answers to show)", html);
        // The small band's true figures (the test wrote the answers) appear nowhere.
        var youngest = small.Answers.Where(a => a.Band == 0 && a.Key == small.Safe && a.Choice is not null).ToList();
        var positive = youngest.Count(a => AnswerScales.IsPositive(QuestionType.FacesScale, a.Choice));
        Assert.DoesNotContain($"({positive} of {youngest.Count})", html);
        Assert.DoesNotContain($"5 to 9: {positive} of", html);

        using var csv = await member.GetAsync("/Voice/Pledge?handler=Csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains("5 to 9: c (too few answers to show)", text);
        Assert.Contains(Features.Voice.Pledge.IndexModel.CellText(years[0].Question, years[0].Pooled), text);

        // Young people read published surveys only, in words, and no figure where one is hidden.
        using var anonymous = hub.ClientAs(null);
        var forYoungPeople = Decoded(await anonymous.GetStringAsync("/YoungPeople/Pledge"));
        var shown = years[0].Pooled.InTen;
        Assert.True(shown is not null, string.Join(" / ", years.Select(y => $"{y.Pooled.Positive} of {y.Pooled.Answered}; " + string.Join(", ", y.Bands.Select(b => $"{b.Cell.Positive} of {b.Cell.Answered}")))));
        Assert.Contains($"{shown} of you", forYoungPeople);
        if (years[1].Pooled.InTen is { } unpublished && unpublished != shown) Assert.DoesNotContain($"{unpublished} of you", forYoungPeople);
        Assert.Null(results.Small[0].Pooled.InTen);   // hidden: the youngest band would be given away
        Assert.Contains("Not enough of you answered for us to share the answer", forYoungPeople);
        Assert.DoesNotContain("%", forYoungPeople);
    }
}
