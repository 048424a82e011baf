using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CorporateParenting.Web.Features.Strategy;

/// <summary>The strategy forms' common checks, with specific messages.</summary>
public static class StrategyForm
{
    public static void Required(ModelStateDictionary state, string field, string? value, string missing, int max)
    {
        if (string.IsNullOrWhiteSpace(value)) state.AddModelError(field, missing);
        else if (value.Length > max) state.AddModelError(field, $"{Label(missing)} must be {max:#,0} characters or fewer");
    }

    public static void Optional(ModelStateDictionary state, string field, string? value, string what, int max)
    {
        if (value is { Length: > 0 } && value.Length > max) state.AddModelError(field, $"{what} must be {max:#,0} characters or fewer");
    }

    /// <summary>"Enter the vision" becomes "The vision".</summary>
    private static string Label(string missing)
    {
        var rest = missing.StartsWith("Enter ", StringComparison.Ordinal) ? missing[6..] : missing;
        return char.ToUpperInvariant(rest[0]) + rest[1..];
    }

    /// <summary>An http(s) address, or nothing.</summary>
    public static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    /// <summary>
    /// An optional sign-in e-mail: a bare address (not "Name &lt;address&gt;", which would never match a
    /// sign-in) that fits its 256-character column.
    /// </summary>
    public static void OptionalEmail(ModelStateDictionary state, string field, string? value, string whose)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        var trimmed = value.Trim();
        if (trimmed.Length > 256) state.AddModelError(field, $"{whose} e-mail address must be 256 characters or fewer");
        else if (!System.Net.Mail.MailAddress.TryCreate(trimmed, out var parsed) || parsed.Address != trimmed)
            state.AddModelError(field, $"Enter {whose.ToLowerInvariant()} e-mail address in the right format, like name@example.gov.uk");
    }
}
