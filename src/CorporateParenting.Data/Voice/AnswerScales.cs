namespace CorporateParenting.Data.Voice;

/// <summary>
/// The answers each question type offers, the key stored in <see cref="SurveyAnswer.Choice"/> for each, and which
/// count as positive: one place for the rule, shared by the children's pages that write answers and the results
/// that count them. Choose-any answers are option texts (several separated by new lines) and free text is not
/// scored; neither has a positive share.
/// </summary>
public static class AnswerScales
{
    public sealed record Choice(string Key, string Words, bool Positive);

    /// <summary>Faces for the youngest, each with its words (never colour or picture alone).</summary>
    public static readonly IReadOnlyList<Choice> Faces =
    [
        new("1", "Very sad", false), new("2", "Sad", false), new("3", "OK", false), new("4", "Happy", true), new("5", "Very happy", true),
    ];

    public static readonly IReadOnlyList<Choice> Agree =
    [
        new("1", "Strongly disagree", false), new("2", "Disagree", false), new("3", "Neither agree nor disagree", false),
        new("4", "Agree", true), new("5", "Strongly agree", true),
    ];

    public static readonly IReadOnlyList<Choice> YesNo =
    [
        new("yes", "Yes", true), new("no", "No", false), new("not-sure", "Not sure", false),
    ];

    /// <summary>The fixed choices of a question type; empty for choose-any (its own options) and free text.</summary>
    public static IReadOnlyList<Choice> For(QuestionType type) => type switch
    {
        QuestionType.FacesScale => Faces,
        QuestionType.AgreeScale => Agree,
        QuestionType.YesNoNotSure => YesNo,
        _ => [],
    };

    /// <summary>Whether the question has a positive share to report (scales and yes/no).</summary>
    public static bool IsScored(QuestionType type) => For(type).Count > 0;

    public static bool IsPositive(QuestionType type, string? choice) => For(type).Any(c => c.Positive && c.Key == choice);

    /// <summary>Whether a stored choice is one the question offers (a tampered form is refused, not stored).</summary>
    public static bool IsValid(SurveyQuestion question, string choice) => question.Type switch
    {
        QuestionType.ChooseAny => OptionsOf(question).Contains(choice),
        QuestionType.FreeText => false,
        _ => For(question.Type).Any(c => c.Key == choice),
    };

    public static IReadOnlyList<string> OptionsOf(SurveyQuestion question) =>
        (question.Options ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
