using CorporateParenting.Data;
using CorporateParenting.Data.Voice;
using CorporateParenting.Web.Features.Voice.Results;
using CorporateParenting.Web.Tests.Data;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Voice;

/// <summary>The results' queries on both databases: counts per band and question match the answers written, year on year by Key.</summary>
public sealed class ResultsDataTests
{
    [Theory]
    [MemberData(nameof(DataTestContext.Providers), MemberType = typeof(DataTestContext))]
    public async Task Results_count_the_answers_on_each_database(DatabaseProvider provider)
    {
        using var data = new DataTestContext(provider);
        await using var db = data.Create();
        var services = new ServiceCollection().AddSingleton(db).BuildServiceProvider();
        var survey = await ResultsSyntheticSurvey.CreateAsync(services, "data-", new DateOnly(2026, 10, 1), seed: 9, responses: [12, 30, 16], rawComment: "A comment");
        await ResultsSyntheticSurvey.CreateAsync(services, "data-", new DateOnly(2025, 10, 1), seed: 10, responses: [10, 20, 8]);
        var answer = await db.SurveyAnswers.FindAsync(survey.CommentIds[0]);
        answer!.RedactedText = "A [removed] comment"; answer.Review = CommentReview.Approved;
        await db.SaveChangesAsync();

        var results = new SurveyResults(db);
        var table = (await results.ForSurveyAsync(survey.SurveyId, default))!;

        Assert.Equal(survey.BandLabels, table.Bands.Select(b => b.Label));   // youngest first
        for (var b = 0; b < 3; b++) Assert.True(table.Bands[b].Responses.Value is null || table.Bands[b].Responses.Value == survey.Responses[b]);
        var shown = 0;
        foreach (var question in table.Questions)
            for (var b = 0; b < 3; b++)
            {
                if (question.Bands[b] is not { } cell) continue;
                var given = survey.Answers.Where(a => a.Band == b && a.Key == question.Key && a.Choice is not null).ToList();
                if (cell.Answered.Value is { } answered) { Assert.Equal(given.Count, answered); shown++; }
                if (cell.Positive.Value is { } positive) { Assert.Equal(given.Count(a => a.Choice is "4" or "5" or "yes"), positive); shown++; }
            }
        Assert.True(shown > 10, $"only {shown} figures shown");
        Assert.Equal(2, (await results.ForQuestionKeyAsync(survey.Adult, default)).Count);
        Assert.Equal(["A [removed] comment"], (await SurveyComments.ApprovedAsync(db, survey.SurveyId, default)).OtherComments);
    }
}
