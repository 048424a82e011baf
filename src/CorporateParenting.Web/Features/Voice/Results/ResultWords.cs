using CorporateParenting.Web.Disclosure;

namespace CorporateParenting.Web.Features.Voice.Results;

/// <summary>How a protected cell reads on the board's pages, in exports and in the pack: one wording everywhere.</summary>
public static class ResultWords
{
    public const string NotAsked = "Not asked";
    public const string Withheld = "No figures: fewer than 6 answered";
    public const string Key = "c means the number is hidden: it is 5 or fewer, or would let a hidden small number be worked out. "
        + "A band where 1 to 5 children answered shows no figures at all.";

    /// <summary>"85% (34 of 40)", "c of 40", "c", or why there is no figure.</summary>
    public static string Scored(QuestionCell? cell) => cell switch
    {
        null => NotAsked,
        { BandWithheld: true } => Withheld,
        { Answered.Value: 0 } => "Nobody answered",
        { Answered.Hidden: true, Positive.Hidden: true } => SmallNumbers.Symbol,
        { SharePercent: { } share } => $"{share} ({cell.Positive} of {cell.Answered})",
        _ => $"{cell.Positive} of {cell.Answered}",
    };

    /// <summary>How many chose an option: "13 of 22", "c of 22", or why there is no figure.</summary>
    public static string Option(QuestionCell? cell, int option)
    {
        if (cell is null) return NotAsked;
        if (cell.BandWithheld) return Withheld;
        if (cell.Options.ElementAtOrDefault(option) is not { } chosen) return "Not offered";
        return chosen.Hidden && cell.Answered.Hidden ? SmallNumbers.Symbol : $"{chosen} of {cell.Answered}";
    }

    /// <summary>A share for children: "8 in 10 of you said …", or null when it is hidden.</summary>
    public static string? ForChildren(QuestionCell cell) => cell.BandWithheld ? null : cell.InTen;
}
