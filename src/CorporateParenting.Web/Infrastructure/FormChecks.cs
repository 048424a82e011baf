using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CorporateParenting.Web.Infrastructure;

/// <summary>The checks every form makes of its text fields, with GOV.UK-style messages.</summary>
public static class FormChecks
{
    /// <summary>A required field: the message says what to enter; too long says the limit.</summary>
    public static void RequireText(this ModelStateDictionary state, string key, string? value, string message, int max)
    {
        if (string.IsNullOrWhiteSpace(value)) state.AddModelError(key, message);
        else state.LimitText(key, value, max);
    }

    public static void LimitText(this ModelStateDictionary state, string key, string? value, int max)
    {
        if (value?.Length > max) state.AddModelError(key, $"This must be {max:N0} characters or fewer");
    }

    public static string? TrimmedOrNull(this string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
