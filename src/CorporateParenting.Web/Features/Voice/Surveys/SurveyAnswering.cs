using CorporateParenting.Data;
using CorporateParenting.Data.Voice;
using CorporateParenting.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Voice.Surveys;

/// <summary>
/// What the children's pages need: checking a code, the band's questions, and sending the answers, which marks
/// the code used and stores the response in one transaction with nothing that links them (ADR 22).
/// </summary>
public sealed class SurveyAnswering(HubDbContext db, TimeProvider clock)
{
    public sealed record CodeCheck(string? Error, SurveyProgress? Start, string? SurveyTitle = null);

    public enum SendOutcome { Sent, CodeAlreadyUsed, SurveyClosed, Invalid }

    public DateOnly Today => clock.UkToday();

    /// <summary>A code opens its band's survey while the survey is open and the code is unused; each refusal says why.</summary>
    public async Task<CodeCheck> CheckCodeAsync(string? typed, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(typed)) return new("Enter the code from your card", null);
        if (SurveyCodes.Normalise(typed) is not { } code) return new("We do not know that code. Check the letters and numbers on your card and try again", null);
        var hash = SurveyCodes.Hash(code);
        var found = await (from c in db.SurveyCodes
                           join b in db.SurveyBands on c.SurveyBandId equals b.Id
                           join s in db.Surveys on b.SurveyId equals s.Id
                           where c.CodeHash == hash
                           select new { c.Used, BandId = b.Id, SurveyId = s.Id, s.Title, s.OpensOn, s.ClosesOn }).AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (found is null) return new("We do not know that code. Check the letters and numbers on your card and try again", null);
        if (found.Used) return new("This code has already been used. Each code works only once. Ask the grown-up who gave you the card for a new one", null);
        if (Today < found.OpensOn) return new($"This survey starts on {DateDisplay.Long(found.OpensOn)}. Please come back then", null);
        if (Today > found.ClosesOn) return new($"This survey finished on {DateDisplay.Long(found.ClosesOn)}, so it cannot take answers now. Thank you for wanting to have your say", null);
        return new(null, new SurveyProgress(found.SurveyId, found.BandId, hash, []), found.Title);
    }

    public async Task<(Survey Survey, IReadOnlyList<SurveyQuestion> Questions)?> BandAsync(SurveyProgress progress, CancellationToken cancellationToken)
    {
        var band = await db.SurveyBands.AsNoTracking().Include(b => b.QuestionSet!).ThenInclude(q => q.Questions)
            .SingleOrDefaultAsync(b => b.Id == progress.BandId && b.SurveyId == progress.SurveyId, cancellationToken);
        var survey = band is null ? null : await db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.Id == band.SurveyId, cancellationToken);
        if (band?.QuestionSet is null || survey is null) return null;
        return (survey, band.QuestionSet.Questions.OrderBy(q => q.Order).ToList());
    }

    /// <summary>
    /// Marks the code used (only if it is still unused: a conditional update, so two sends of one code cannot both
    /// store a response) and stores the response with a random id and its answers, in one transaction, on a context
    /// without the audit trail. The response holds the survey, the band and the answers: no code, no time, no address.
    /// </summary>
    public async Task<SendOutcome> SendAsync(SurveyProgress progress, CancellationToken cancellationToken)
    {
        if (await BandAsync(progress, cancellationToken) is not ({ } survey, { } questions)) return SendOutcome.Invalid;
        if (!survey.IsOpenOn(Today)) return SendOutcome.SurveyClosed;
        var byId = questions.ToDictionary(q => q.Id);
        var response = new SurveyResponse { Id = Guid.NewGuid(), SurveyId = survey.Id, SurveyBandId = progress.BandId };
        foreach (var (questionId, answer) in progress.Answers)
        {
            if (!byId.TryGetValue(questionId, out var question) || SurveyAnswerRules.Check(question, answer) is not null) return SendOutcome.Invalid;
            response.Answers.Add(new SurveyAnswer
            {
                Id = Guid.NewGuid(), ResponseId = response.Id, QuestionId = questionId,
                Choice = question.Type == QuestionType.FreeText ? null : answer.Choice,
                Text = question.Type == QuestionType.FreeText ? answer.Text!.Trim() : null,
            });
        }
        // Answers in a random order too, so the order rows were written says nothing about the order they were given.
        response.Answers = response.Answers.OrderBy(a => a.Id).ToList();

        await using var anonymous = AnonymousWrites.ContextLike(db);
        await using var transaction = await anonymous.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await anonymous.SurveyCodes
            .Where(c => c.CodeHash == progress.CodeHash && c.SurveyBandId == progress.BandId && !c.Used)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.Used, true), cancellationToken);
        if (claimed != 1)
        {
            await transaction.RollbackAsync(cancellationToken);
            return SendOutcome.CodeAlreadyUsed;
        }
        anonymous.SurveyResponses.Add(response);
        await anonymous.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return SendOutcome.Sent;
    }
}

/// <summary>What an answer must be for its question: one of the choices it offers, or short free text.</summary>
public static class SurveyAnswerRules
{
    public const int MaxText = 500;

    /// <summary>Null when the answer is one the question allows; otherwise why not.</summary>
    public static string? Check(SurveyQuestion question, SurveyProgress.Answer answer)
    {
        if (question.Type == QuestionType.FreeText)
            return string.IsNullOrWhiteSpace(answer.Text) ? "Write your answer, or skip this question"
                : answer.Text.Trim().Length > MaxText ? $"Your answer is too long: please use {MaxText} letters or fewer" : null;
        if (string.IsNullOrEmpty(answer.Choice)) return question.Type == QuestionType.ChooseAny ? "Tick at least one answer, or skip this question" : "Choose an answer, or skip this question";
        var choices = question.Type == QuestionType.ChooseAny ? answer.Choice.Split('\n') : [answer.Choice];
        return choices.All(c => AnswerScales.IsValid(question, c)) && choices.Distinct().Count() == choices.Length ? null : "Choose from the answers shown";
    }
}
