using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using CorporateParenting.Data;
using CorporateParenting.Testing;
using CorporateParenting.Web.Features.Voice.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CorporateParenting.Web.Tests.Voice;

/// <summary>
/// ADR 22 in a test: after a child answers with a known code, nothing written (the response and its answers, the
/// audit trail, the logs) holds the code, its hash, the date or time, or anything else that could link them back.
/// </summary>
public sealed class SurveyAnonymityTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private sealed class CapturedLogs : ILoggerProvider
    {
        public readonly ConcurrentQueue<string> Lines = new();
        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);
        public void Dispose() { }

        private sealed class Logger(CapturedLogs logs, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => true;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                logs.Lines.Enqueue($"{category} {formatter(state, exception)} {state} {exception}");
        }
    }

    [Fact]
    public async Task Nothing_written_while_a_child_answers_links_the_response_to_the_code_the_time_or_the_child()
    {
        var window = await SurveyTestData.SurveyAsync(hub, codes: 1);
        var code = window.Codes[0];
        var hash = SurveyCodes.Hash(SurveyCodes.Normalise(code)!);
        var logs = new CapturedLogs();
        hub.Services.GetRequiredService<ILoggerFactory>().AddProvider(logs);
        var lastAudit = await Query(async db => await db.AuditEvents.MaxAsync(e => (long?)e.Id) ?? 0);

        using var child = hub.ClientAs(null);
        child.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.77");
        (await child.GetAsync($"/YoungPeople/Survey?code={code}")).Dispose();
        var sent = await SurveyAnsweringTests.AnswerAllAsync(child, code);
        Assert.Equal("/YoungPeople/Survey/Thanks", sent);

        // The audit trail has nothing from the submission at all (it would carry the time and the row ids). Other
        // events may be written meanwhile by the Hub's own background work (paper reminders), never about surveys.
        var events = await Query(db => db.AuditEvents.Where(e => e.Id > lastAudit).ToListAsync());
        Assert.DoesNotContain(events, e => e.EntityType.StartsWith("Survey", StringComparison.Ordinal) || e.UserName is null);

        var responseId = await Query(db => db.SurveyResponses.Where(r => r.SurveyId == window.SurveyId).Select(r => r.Id).SingleAsync());
        Assert.Equal(4, responseId.Version);   // random, not a time-ordered (version 7) id
        var response = await RowsAsync($"SELECT * FROM \"SurveyResponses\" WHERE \"SurveyId\" = {window.SurveyId}");
        Assert.Equal(["Id", "SurveyBandId", "SurveyId"], response.Single().Keys.Order());
        var answers = await RowsAsync($"SELECT a.* FROM \"SurveyAnswers\" a JOIN \"SurveyResponses\" r ON r.\"Id\" = a.\"ResponseId\" WHERE r.\"SurveyId\" = {window.SurveyId}");
        Assert.NotEmpty(answers);
        Assert.Equal(["Choice", "Id", "QuestionId", "RedactedText", "ResponseId", "Review", "Text", "ThemeId"], answers[0].Keys.Order());
        var codeRow = await RowsAsync($"SELECT * FROM \"SurveyCodes\" WHERE \"SurveyBandId\" = {window.BandId}");
        Assert.Equal(["BatchId", "CodeHash", "Id", "SurveyBandId", "Used"], codeRow.Single().Keys.Order());

        var normalised = SurveyCodes.Normalise(code)!;
        Assert.DoesNotContain(events, e => $"{e.EntityId} {e.OldValues} {e.NewValues}".Contains(responseId.ToString(), StringComparison.OrdinalIgnoreCase)
            || $"{e.OldValues} {e.NewValues}".Contains(hash, StringComparison.Ordinal) || $"{e.OldValues} {e.NewValues}".Contains(normalised, StringComparison.Ordinal));
        foreach (var value in response.Concat(answers).SelectMany(r => r.Values).OfType<object>().Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)!))
        {
            Assert.DoesNotContain(normalised, value.Replace("-", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(code, value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(hash, value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("203.0.113.77", value);
            Assert.False(DateTime.TryParse(value, CultureInfo.InvariantCulture, out _), $"a stored value reads as a date or time: {value}");
        }
        Assert.DoesNotContain(logs.Lines, line => line.Contains(normalised, StringComparison.OrdinalIgnoreCase) || line.Contains(code, StringComparison.OrdinalIgnoreCase)
            || line.Contains(hash, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_response_and_an_answer_have_no_column_for_a_time_a_code_or_a_person()
    {
        var model = hub.WithScope(s => s.GetRequiredService<HubDbContext>().Model);
        foreach (var type in new[] { typeof(CorporateParenting.Data.Voice.SurveyResponse), typeof(CorporateParenting.Data.Voice.SurveyAnswer), typeof(CorporateParenting.Data.Voice.SurveyCode) })
            foreach (var property in model.FindEntityType(type)!.GetProperties())
            {
                Assert.DoesNotContain(Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType, new[] { typeof(DateTime), typeof(DateOnly), typeof(DateTimeOffset), typeof(TimeOnly) });
                Assert.DoesNotMatch("(?i)ip|address|user|child|device|agent|code$|session", property.Name);
            }
    }

    private Task<T> Query<T>(Func<HubDbContext, Task<T>> query) => hub.WithScope(s => query(s.GetRequiredService<HubDbContext>()));

    private Task<List<Dictionary<string, object?>>> RowsAsync(string sql) => Query(async db =>
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        var rows = new List<Dictionary<string, object?>>();
        while (await reader.ReadAsync())
            rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i)));
        return rows;
    });
}
