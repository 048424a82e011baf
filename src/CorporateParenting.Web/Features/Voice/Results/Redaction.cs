using System.Text.RegularExpressions;

namespace CorporateParenting.Web.Features.Voice.Results;

/// <summary>
/// A first suggestion for the officer, never the final word: every capitalised word that does not start a sentence
/// (names of people, places, schools) and every run of three or more digits (house and phone numbers) becomes
/// "[removed]". "I" stays. It misses names written in lower case and hides some ordinary words; the officer reads and
/// edits every comment before approving it.
/// </summary>
public static partial class Redaction
{
    public const string Mask = "[removed]";

    public static string Suggest(string text)
    {
        var masked = Digits().Replace(text, Mask);
        return Word().Replace(masked, m =>
        {
            if (m.Value is "I" or "I'm" or "I've" or "I'd" or "I'll") return m.Value;
            var before = masked[..m.Index].TrimEnd();
            var startsSentence = before.Length == 0 || before[^1] is '.' or '!' or '?' or '\n' or '"' or '\u201C';
            return startsSentence ? m.Value : Mask;
        });
    }

    [GeneratedRegex(@"\d{3,}")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\b\p{Lu}[\p{L}'\u2019-]*")]
    private static partial Regex Word();
}
