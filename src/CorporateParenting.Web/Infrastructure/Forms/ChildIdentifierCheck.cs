using System.Text.RegularExpressions;

namespace CorporateParenting.Web.Infrastructure;

/// <summary>
/// Free text that must never identify a child (members' visit records, ADR 28): finds anything like a 903
/// CHILD id (the demo's are six digits; a council's may be longer, so any run of six or more digits), a unique
/// pupil number (a letter and 12 digits) or a date of birth. A date of birth cannot be told from any other full
/// date, so every full date is refused and the form says so: write "last month" or the month and year instead.
/// </summary>
public static partial class ChildIdentifierCheck
{
    /// <summary>The first problem in <paramref name="text"/>, worded for the field <paramref name="field"/>; null when it is clean.</summary>
    public static string? Problem(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (Upn().Match(text) is { Success: true } upn)
            return $"{field}: remove {upn.Value}, which looks like a unique pupil number; visit records must not contain a child's date of birth or 903 identifier";
        foreach (var date in new[] { NumericDate(), WordedDate(), IsoDate() })
            if (date.Match(text) is { Success: true } found)
                return $"{field}: remove the date {found.Value}; visit records must not contain a child's date of birth or 903 identifier";
        if (LongNumber().Match(text) is { Success: true } number)
            return $"{field}: remove the number {number.Value}, which looks like a child's 903 identifier; visit records must not contain a child's date of birth or 903 identifier";
        return null;
    }

    [GeneratedRegex(@"\b[A-Za-z]\d{12}\b")]
    private static partial Regex Upn();

    /// <summary>03/04/2012, 3-4-12, 3.4.2012.</summary>
    [GeneratedRegex(@"\b\d{1,2}\s?[/.\-]\s?\d{1,2}\s?[/.\-]\s?(\d{4}|\d{2})\b")]
    private static partial Regex NumericDate();

    /// <summary>3 April 2012, 3rd Apr 12, April 3, 2012.</summary>
    [GeneratedRegex(@"\b(\d{1,2}(st|nd|rd|th)?(\s+of)?\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{2,4}|(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex WordedDate();

    [GeneratedRegex(@"\b\d{4}-\d{1,2}-\d{1,2}\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b\d{6,}\b")]
    private static partial Regex LongNumber();
}
