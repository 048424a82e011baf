using System.Net;
using CorporateParenting.Data;
using CorporateParenting.Data.Voice;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Features.Performance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Voice;

/// <summary>Who could have answered, from the demo's generated 903: the annual survey's bands carry counts and a response rate.</summary>
[Collection(ReadOnlyPerformanceDemo.Name)]
public sealed class SurveyEligibilityTests(PerformanceHub hub)
{
    [Fact]
    public async Task Each_band_of_the_annual_survey_counts_who_could_have_answered_from_the_903()
    {
        var (survey, bands) = await hub.WithScope(async s =>
        {
            var db = s.GetRequiredService<HubDbContext>();
            var annual = await db.Surveys.Where(x => x.Title.StartsWith("Your life, your care")).OrderByDescending(x => x.OpensOn).FirstAsync();
            return (annual, await db.SurveyBands.Include(b => b.QuestionSet).Where(b => b.SurveyId == annual.Id).ToListAsync());
        });
        var data = await hub.WithScope(s => s.GetRequiredService<CouncilReturns>().CurrentAsync(s.GetRequiredService<HubDbContext>()));
        var latest = data.Years.Max();
        // The survey opened after the latest return's year: counted on its 31 March.
        var on = survey.OpensOn > new DateOnly(latest, 3, 31) ? new DateOnly(latest, 3, 31) : survey.OpensOn;

        var young = bands.Single(b => b.QuestionSet!.Key == "children-5-9");
        var expectedYoung = data.Children.Children.Count(c => c.EpisodeOn(on) is { IsShortBreak: false } && c.AgeOn(on) is >= 5 and <= 9);
        Assert.True(expectedYoung > 0);
        Assert.Equal(expectedYoung, young.EligibleCount);
        Assert.Contains("903 return", young.EligibleSource);
        var leavers = bands.Single(b => b.QuestionSet!.Audience == SurveyAudience.CareLeavers);
        Assert.Equal(data.Children.Children.Count(c => c.Oc3.ContainsKey(latest) && c.Dob is { } dob && (latest - 1 - dob.Year + (new DateOnly(latest - 1, dob.Month, Math.Min(dob.Day, 28)) < new DateOnly(latest - 1, 4, 1) ? 1 : 0)) is >= 17 and <= 21), leavers.EligibleCount);
        Assert.Contains("OC3", leavers.EligibleSource);

        using var officer = hub.ClientAs(HubRoles.ParticipationOfficer);
        var page = WebUtility.HtmlDecode(await officer.GetStringAsync("/Voice/Surveys"));
        var responses = await hub.WithScope(s => s.GetRequiredService<HubDbContext>().SurveyResponses.CountAsync(r => r.SurveyBandId == young.Id));
        Assert.Contains($"{100.0 * responses / expectedYoung:0}%", page);
    }
}
