using CorporateParenting.Data;
using CorporateParenting.Data.Voice;
using CorporateParenting.Testing;
using CorporateParenting.Web.Features.Voice.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Voice;

/// <summary>A survey window made for a test on the demo's question sets, with fresh codes (the demo's own surveys are closed).</summary>
public static class SurveyTestData
{
    public sealed record Window(int SurveyId, int BandId, IReadOnlyList<string> Codes);

    public static Task<Window> SurveyAsync(HubFactory hub, string setKey = "children-10-plus", int codes = 5, int opensInDays = -1, int closesInDays = 10) => hub.WithScope(async services =>
    {
        var db = services.GetRequiredService<HubDbContext>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var set = await db.QuestionSets.Where(s => s.Key == setKey).OrderByDescending(s => s.Version).FirstAsync();
        var survey = new Survey { Title = "Test survey " + Guid.NewGuid().ToString("N")[..6], OpensOn = today.AddDays(opensInDays), ClosesOn = today.AddDays(closesInDays) };
        survey.Bands.Add(new SurveyBand { Label = set.Name, QuestionSetId = set.Id });
        db.Surveys.Add(survey);
        await db.SaveChangesAsync();
        var made = await SurveyCodes.MakeBatchAsync(db, survey.Bands[0], codes, "test", DateTime.UtcNow, default);
        return new Window(survey.Id, survey.Bands[0].Id, made);
    });
}
