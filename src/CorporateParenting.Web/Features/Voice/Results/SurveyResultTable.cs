using System.Globalization;
using CorporateParenting.Data.Voice;
using CorporateParenting.Web.Disclosure;

namespace CorporateParenting.Web.Features.Voice.Results;

/// <summary>
/// A count as a restricted viewer may see it: the number, or nothing at all when it is suppressed (the true value
/// never leaves <see cref="SurveyResults"/>, so no page can show it by mistake). Shown as "c" when hidden.
/// </summary>
public readonly record struct ShownCount(int? Value)
{
    public static readonly ShownCount Suppressed = new(null);
    public bool Hidden => Value is null;
    public override string ToString() => Value is { } v ? v.ToString("N0", CultureInfo.GetCultureInfo("en-GB")) : SmallNumbers.Symbol;
}

/// <summary>
/// One question's figures in one band (or all bands pooled). <see cref="BandWithheld"/>: the band had 1 to 5
/// responses, so it shows no figures at all. The share is given only when both its numbers are shown.
/// </summary>
public sealed record QuestionCell(ShownCount Answered, ShownCount Positive, IReadOnlyList<ShownCount> Options, bool BandWithheld)
{
    public double? Share => Answered.Value is > 0 && Positive.Value is { } p ? (double)p / Answered.Value.Value : null;

    /// <summary>The share as the board reads it ("85%"), or null when there is none to show.</summary>
    public string? SharePercent => Share is { } s ? s.ToString("0%", CultureInfo.GetCultureInfo("en-GB")) : null;

    /// <summary>The share as children read it: "8 in 10" (to the nearest tenth), or null.</summary>
    public string? InTen => Share is { } s ? $"{(int)Math.Round(s * 10, MidpointRounding.AwayFromZero)} in 10" : null;
}

/// <summary>A question as the board reads it, with its cell in each band of the survey (null where the band was not asked it).</summary>
public sealed record QuestionResult(
    string Key, string Label, string Text, QuestionType Type, bool IsCore, IReadOnlyList<string> Options,
    IReadOnlyList<QuestionCell?> Bands, QuestionCell Pooled)
{
    public bool IsScored => AnswerScales.IsScored(Type);
    public bool IsChooseAny => Type == QuestionType.ChooseAny;
    public bool IsFreeText => Type == QuestionType.FreeText;
    public int BandsAsked => Bands.Count(b => b is not null);
}

/// <summary>A band of the survey: how many answered, who could have, and the response rate where both are shown.</summary>
public sealed record BandResult(int BandId, string Label, ShownCount Responses, ShownCount Eligible, string? EligibleSource, bool Withheld)
{
    public double? ResponseRate => Responses.Value is { } r && Eligible.Value is > 0 ? (double)r / Eligible.Value.Value : null;
    public string? ResponseRatePercent => ResponseRate is { } rate ? rate.ToString("0%", CultureInfo.GetCultureInfo("en-GB")) : null;
}

/// <summary>A survey's results, already protected for restricted viewers (every Voice view is restricted: ADR 23).</summary>
public sealed record SurveyResultTable(
    int SurveyId, string Title, string? Purpose, DateOnly OpensOn, DateOnly ClosesOn, bool ResultsPublished,
    int? PackMeetingId, string? ChildFriendlySummary, IReadOnlyList<BandResult> Bands, ShownCount Responses,
    IReadOnlyList<QuestionResult> Questions)
{
    public QuestionResult? Question(string key) => Questions.FirstOrDefault(q => q.Key == key);
}

/// <summary>One survey's figures for one question Key: year on year, oldest first.</summary>
public sealed record QuestionYear(int SurveyId, string SurveyTitle, DateOnly OpensOn, IReadOnlyList<BandResult> SurveyBands, QuestionResult Question)
{
    public QuestionCell Pooled => Question.Pooled;

    /// <summary>Each band that asked the question, with its cell.</summary>
    public IEnumerable<(BandResult Band, QuestionCell Cell)> Bands =>
        SurveyBands.Select((b, i) => (b, Question.Bands[i])).Where(p => p.Item2 is not null).Select(p => (p.b, p.Item2!));
}
