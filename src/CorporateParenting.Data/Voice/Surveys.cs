namespace CorporateParenting.Data.Voice;

/// <summary>Who a question set is for: children looked after (by age on the survey's date) or care leavers.</summary>
public enum SurveyAudience { ChildrenLookedAfter, CareLeavers }

/// <summary>How a question is answered. The faces scale is for the youngest: faces with words, never colour alone.</summary>
public enum QuestionType { FacesScale, AgreeScale, YesNoNotSure, ChooseAny, FreeText }

/// <summary>
/// One version of the questions asked of one age band (5 to 9, 10 plus, care leavers 16 to 25). Versions are
/// never edited once a survey has used them: a change makes the next version, so past results keep their questions.
/// </summary>
public sealed class QuestionSet
{
    public int Id { get; set; }
    /// <summary>Stable across versions ("children-5-9"): the versions of one set share it.</summary>
    public required string Key { get; set; }
    public int Version { get; set; }
    public required string Name { get; set; }
    public SurveyAudience Audience { get; set; }
    public int MinAge { get; set; }
    public int MaxAge { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public List<SurveyQuestion> Questions { get; set; } = [];
}

/// <summary>
/// A question as a child reads it. <see cref="Key"/> is stable across versions and, for the shared core,
/// across bands ("core-safe"), so results compare across bands and years and Pledge promises link to it.
/// </summary>
public sealed class SurveyQuestion
{
    public int Id { get; set; }
    public int QuestionSetId { get; set; }
    public int Order { get; set; }
    public required string Key { get; set; }
    /// <summary>Asked in every band with the same meaning: shown side by side across bands.</summary>
    public bool IsCore { get; set; }
    public required string Text { get; set; }
    public string? Hint { get; set; }
    public QuestionType Type { get; set; }
    /// <summary>The choices of a choose-any question, one per line; other types have fixed answers.</summary>
    public string? Options { get; set; }
    /// <summary>What the board reads as the question ("Children who feel safe where they live").</summary>
    public string? ResultLabel { get; set; }
}

/// <summary>A survey window (the annual survey, the Pledge survey): the bands it asks and when it is open.</summary>
public sealed class Survey
{
    public int Id { get; set; }
    public required string Title { get; set; }
    /// <summary>What it is for, in a sentence the board reads.</summary>
    public string? Purpose { get; set; }
    public DateOnly OpensOn { get; set; }
    public DateOnly ClosesOn { get; set; }
    /// <summary>The Pledge's annual survey (seed 001).</summary>
    public bool IsPledgeSurvey { get; set; }
    /// <summary>"What you told us" is shown to young people only once the officer publishes it.</summary>
    public bool ResultsPublished { get; set; }
    /// <summary>The board meeting whose pack carries the survey's results section, chosen by the officer.</summary>
    public int? PackMeetingId { get; set; }
    /// <summary>A sentence for children on the "What you told us" page.</summary>
    public string? ChildFriendlySummary { get; set; }
    public List<SurveyBand> Bands { get; set; } = [];

    public bool IsOpenOn(DateOnly day) => OpensOn <= day && day <= ClosesOn;
}

/// <summary>One band of a survey, asked with one question set version; who could have answered comes from the 903.</summary>
public sealed class SurveyBand
{
    public int Id { get; set; }
    public int SurveyId { get; set; }
    public int QuestionSetId { get; set; }
    public QuestionSet? QuestionSet { get; set; }
    /// <summary>"5 to 9", "10 plus", "Care leavers 16 to 25".</summary>
    public required string Label { get; set; }
    /// <summary>Children looked after in the band on the survey's opening date (or care leavers in the OC3 cohorts), from the 903.</summary>
    public int? EligibleCount { get; set; }
    /// <summary>Which 903 year and date the eligible count came from ("903 return 2025-26, 1 October 2026").</summary>
    public string? EligibleSource { get; set; }
}

/// <summary>
/// A single-use code handed out on paper by a trusted adult. Only its hash is kept, and whether it has been
/// used: never when, and never which response it opened (ADR 22).
/// </summary>
public sealed class SurveyCode
{
    public int Id { get; set; }
    public int SurveyBandId { get; set; }
    public int BatchId { get; set; }
    /// <summary>SHA-256 of the normalised code, hex.</summary>
    public required string CodeHash { get; set; }
    public bool Used { get; set; }
}

/// <summary>A batch of codes made at once for a band (the sheets printed together).</summary>
public sealed class SurveyCodeBatch
{
    public int Id { get; set; }
    public int SurveyBandId { get; set; }
    public int Count { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public required string CreatedBy { get; set; }
}

/// <summary>
/// One child's answers. Anonymous by construction: a random id (no sequence to line up with codes handed out),
/// the band, and nothing else: no code, no time, no device (ADR 22).
/// </summary>
public sealed class SurveyResponse
{
    public Guid Id { get; set; }
    public int SurveyId { get; set; }
    public int SurveyBandId { get; set; }
    public List<SurveyAnswer> Answers { get; set; } = [];
}

/// <summary>
/// One answer. A skipped question has no row. <see cref="Choice"/> holds the answer's key ("3" on a 1-5 scale,
/// "yes", a choose-any option's text, several separated by new lines); free text is in <see cref="Text"/>, which
/// nobody but the participation officer reads, and only a redacted, approved copy is ever shown.
/// </summary>
public sealed class SurveyAnswer
{
    public Guid Id { get; set; }
    public Guid ResponseId { get; set; }
    public int QuestionId { get; set; }
    public string? Choice { get; set; }
    public string? Text { get; set; }
    /// <summary>The comment with names and places taken out, as the officer approved it.</summary>
    public string? RedactedText { get; set; }
    public int? ThemeId { get; set; }
    public CommentReview Review { get; set; }
}

public enum CommentReview { NotReviewed, Approved, Withheld }

/// <summary>A theme the officer groups a survey's comments into; shown once approved.</summary>
public sealed class SurveyCommentTheme
{
    public int Id { get; set; }
    public int SurveyId { get; set; }
    public required string Name { get; set; }
    public string? Summary { get; set; }
    public bool Approved { get; set; }
}
