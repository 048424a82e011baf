using CorporateParenting.Data;
using CorporateParenting.Data.Voice;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Voice.Results;

/// <summary>
/// Survey results for the board, the pack and young people: counted from the anonymous answers and protected by
/// <see cref="SurveyDisclosure"/> before they leave here (ADR 23). Questions are matched across bands by Key, so
/// the shared core sits side by side; free text is not counted here (comments are read only through SurveyComments).
/// </summary>
public sealed class SurveyResults(HubDbContext db)
{
    private readonly Dictionary<int, SurveyResultTable?> _tables = [];

    /// <summary>The protected results of one survey, or null when there is no such survey.</summary>
    public async Task<SurveyResultTable?> ForSurveyAsync(int surveyId, CancellationToken ct)
    {
        if (_tables.TryGetValue(surveyId, out var known)) return known;
        var survey = await db.Surveys.AsNoTracking().AsSplitQuery()
            .Include(s => s.Bands).ThenInclude(b => b.QuestionSet!).ThenInclude(q => q.Questions)
            .FirstOrDefaultAsync(s => s.Id == surveyId, ct);
        if (survey is null) return _tables[surveyId] = null;

        var bands = survey.Bands.OrderBy(b => b.QuestionSet?.MinAge ?? int.MaxValue).ThenBy(b => b.Id).ToList();
        var responses = await db.SurveyResponses.Where(r => r.SurveyId == surveyId)
            .GroupBy(r => r.SurveyBandId).Select(g => new { Band = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Band, g => g.Count, ct);
        // Choices only: free text is never read for counting.
        var answers = await (from a in db.SurveyAnswers
                             join r in db.SurveyResponses on a.ResponseId equals r.Id
                             where r.SurveyId == surveyId && a.Choice != null
                             select new { r.SurveyBandId, a.QuestionId, a.Choice }).ToListAsync(ct);
        var byQuestion = answers.ToLookup(a => (a.SurveyBandId, a.QuestionId), a => a.Choice!);

        var bandCounts = bands.Select(b => new BandCounts(b.Id, b.Label, responses.GetValueOrDefault(b.Id), b.EligibleCount, b.EligibleSource)).ToList();
        var questions = Questions(bands).Select(q =>
        {
            var options = q.PerBand.Where(x => x is not null).SelectMany(x => AnswerScales.OptionsOf(x!)).Distinct().ToList();
            var cells = q.PerBand.Select((question, b) => question is null ? null : Count(question, byQuestion[(bands[b].Id, question.Id)].ToList(), options)).ToList();
            var first = q.PerBand.First(x => x is not null)!;
            return new QuestionCounts(q.Key, first.ResultLabel ?? first.Text, first.Text, first.Type, first.IsCore, options, cells);
        }).ToList();

        var shown = SurveyDisclosure.Protect(bandCounts, questions);
        return _tables[surveyId] = new SurveyResultTable(survey.Id, survey.Title, survey.Purpose, survey.OpensOn, survey.ClosesOn,
            survey.ResultsPublished, survey.PackMeetingId, survey.ChildFriendlySummary, shown.Bands, shown.Responses, shown.Questions);
    }

    /// <summary>Each survey that asked the question Key, oldest first, with its all-bands and per-band cells.</summary>
    public async Task<IReadOnlyList<QuestionYear>> ForQuestionKeyAsync(string questionKey, CancellationToken ct)
    {
        var surveyIds = await db.SurveyBands
            .Where(b => db.SurveyQuestions.Any(q => q.QuestionSetId == b.QuestionSetId && q.Key == questionKey))
            .Select(b => b.SurveyId).Distinct().ToListAsync(ct);
        var years = new List<QuestionYear>();
        foreach (var id in surveyIds)
        {
            if (await ForSurveyAsync(id, ct) is not { } table || table.Question(questionKey) is not { } question) continue;
            years.Add(new QuestionYear(table.SurveyId, table.Title, table.OpensOn, table.Bands, question));
        }
        return years.OrderBy(y => y.OpensOn).ThenBy(y => y.SurveyId).ToList();
    }

    private sealed record KeyedQuestion(string Key, SurveyQuestion?[] PerBand);

    /// <summary>Counted questions (not free text) by Key, in the order the first band that asks each one asks it.</summary>
    private static List<KeyedQuestion> Questions(IReadOnlyList<SurveyBand> bands)
    {
        var byKey = new Dictionary<string, KeyedQuestion>();
        var order = new List<KeyedQuestion>();
        for (var b = 0; b < bands.Count; b++)
            foreach (var question in (bands[b].QuestionSet?.Questions ?? []).Where(q => q.Type != QuestionType.FreeText).OrderBy(q => q.Order))
            {
                if (!byKey.TryGetValue(question.Key, out var keyed))
                    order.Add(byKey[question.Key] = keyed = new KeyedQuestion(question.Key, new SurveyQuestion?[bands.Count]));
                keyed.PerBand[b] ??= question;
            }
        // The shared core first, so it reads side by side across bands before each band's own questions.
        return order.OrderByDescending(q => q.PerBand.Any(x => x?.IsCore == true)).ToList();
    }

    private static CellCounts Count(SurveyQuestion question, List<string> choices, IReadOnlyList<string> options)
    {
        if (question.Type == QuestionType.ChooseAny)
        {
            var offered = AnswerScales.OptionsOf(question);
            var chosen = choices.Select(c => c.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(offered.Contains).ToHashSet())
                .Where(set => set.Count > 0).ToList();
            return new CellCounts(chosen.Count, 0, options.Select(o => offered.Contains(o) ? chosen.Count(set => set.Contains(o)) : (int?)null).ToList());
        }
        var valid = choices.Where(c => AnswerScales.IsValid(question, c)).ToList();
        return new CellCounts(valid.Count, valid.Count(c => AnswerScales.IsPositive(question.Type, c)), []);
    }
}
