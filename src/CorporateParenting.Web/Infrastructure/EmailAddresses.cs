using System.Net.Mail;

namespace CorporateParenting.Web.Infrastructure;

/// <summary>
/// The one e-mail rule. Whatever a person types ("jo@council.gov.uk" or, pasted from Outlook,
/// "Jo Bloggs &lt;jo@council.gov.uk&gt;") is reduced to the bare address, which is what is stored,
/// mailed and matched against a sign-in. Matching ignores case.
/// </summary>
public static class EmailAddresses
{
    /// <summary>The bare address in what was typed, or null when it is not exactly one e-mail address.</summary>
    public static string? AddressIn(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed)) return null;
        var text = typed.Trim();
        var candidate = text;
        // "Name <address>": the address is what is inside the brackets; the name may not hide another address.
        // (MailAddress alone reads "jo bloggs@x.gov.uk" as the name "jo" and "a@x.gov.uk, b@x.gov.uk" as b.)
        if (text.EndsWith('>') && text.LastIndexOf('<') is var open and >= 0)
        {
            var name = text[..open].Trim();
            var quoted = name.Length >= 2 && name.StartsWith('"') && name.EndsWith('"');
            if (name.Contains('@') || name.Contains(';') || (!quoted && name.Contains(',')) || !MailAddress.TryCreate(text, out var whole)) return null;
            candidate = text[(open + 1)..^1].Trim();
            if (!string.Equals(whole.Address, candidate, StringComparison.Ordinal)) return null;
        }
        if (!MailAddress.TryCreate(candidate, out var parsed) || parsed.Address != candidate || parsed.DisplayName.Length > 0) return null;
        var at = candidate.LastIndexOf('@');
        var domain = candidate[(at + 1)..];
        // A council address has a dotted domain; MailAddress alone would take "jo@council" or a quoted local part with spaces.
        if (at <= 0 || candidate.Any(char.IsWhiteSpace) || candidate.Contains('"') || !domain.Contains('.') || domain.StartsWith('.') || domain.EndsWith('.')) return null;
        return candidate;
    }

    /// <summary>True when both name the same mailbox: display names dropped, case ignored.</summary>
    public static bool Same(string? one, string? other) =>
        AddressIn(one) is { } a && AddressIn(other) is { } b && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
