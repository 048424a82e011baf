using CorporateParenting.Data;
using CorporateParenting.Testing;
using CorporateParenting.Web.Tests.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Voice;

/// <summary>Sending answers on both databases: the conditional update lets one send of a code through, and nothing of it is audited.</summary>
public sealed class SurveySendProviderTests
{
    [Theory]
    [MemberData(nameof(DataTestContext.Providers), MemberType = typeof(DataTestContext))]
    public async Task A_code_sent_from_two_devices_stores_one_anonymous_response_on_either_provider(DatabaseProvider provider)
    {
        await using var hub = new HubFactory(provider);
        var window = await SurveyTestData.SurveyAsync(hub, codes: 1);
        var lastAudit = await hub.WithScope(async s => await s.GetRequiredService<HubDbContext>().AuditEvents.MaxAsync(e => (long?)e.Id) ?? 0);
        using var phone = hub.ClientAs(null);
        using var tablet = hub.ClientAs(null);
        await SurveyAnsweringTests.StartAsync(tablet, window.Codes[0]);

        Assert.Equal("/YoungPeople/Survey/Thanks", await SurveyAnsweringTests.AnswerAllAsync(phone, window.Codes[0], skipQuestion: 1));
        using var second = await Forms.PostAsync(tablet, "/YoungPeople/Survey/Send", []);

        Assert.Contains("your code has already been used", await second.Content.ReadAsStringAsync());
        var (responses, answers, audited) = await hub.WithScope(async s =>
        {
            var db = s.GetRequiredService<HubDbContext>();
            return (await db.SurveyResponses.CountAsync(r => r.SurveyId == window.SurveyId),
                await db.SurveyAnswers.CountAsync(a => db.SurveyResponses.Any(r => r.Id == a.ResponseId && r.SurveyId == window.SurveyId)),
                string.Join(", ", await db.AuditEvents.Where(e => e.Id > lastAudit && e.EntityType.StartsWith("Survey")).Select(e => e.EntityType + " " + e.Action).ToListAsync()));
        });
        Assert.Equal(1, responses);
        Assert.True(answers > 3, $"{answers} answers stored");
        Assert.Equal("", audited);
    }
}
