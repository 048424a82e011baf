using System.Linq.Expressions;
using CorporateParenting.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Infrastructure;

/// <summary>
/// The checks every form makes of its fields, with GOV.UK-style messages (ADR 18). A page's checks are a
/// <see cref="FormValidator{TPage}"/>; lengths come from the entity configuration, never typed twice.
/// </summary>
public static class FormChecks
{
    /// <summary>A required field: the message says what to enter; too long says what and the limit.</summary>
    public static IRuleBuilderOptions<T, string?> Required<T>(this IRuleBuilder<T, string?> rule, string missing, int max) =>
        rule.NotEmpty().WithMessage(missing).Fits(Label(missing), max);

    /// <summary>An optional field that must fit its column.</summary>
    public static IRuleBuilderOptions<T, string?> Fits<T>(this IRuleBuilder<T, string?> rule, string what, int max) =>
        rule.MaximumLength(max).WithMessage($"{what} must be {max:N0} characters or fewer");

    /// <summary>
    /// The one e-mail rule (<see cref="EmailAddresses"/>): optional; a bare address or "Name &lt;address&gt;",
    /// which the page stores as the bare address (<see cref="EmailAddresses.AddressIn"/>).
    /// </summary>
    public static IRuleBuilderOptions<T, string?> Email<T>(this IRuleBuilder<T, string?> rule, string whose, int max) =>
        rule.Must(v => string.IsNullOrWhiteSpace(v) || (EmailAddresses.AddressIn(v) ?? v.Trim()).Length <= max)
            .WithMessage($"{whose} e-mail address must be {max:N0} characters or fewer")
            .Must(v => string.IsNullOrWhiteSpace(v) || EmailAddresses.AddressIn(v) is not null)
            .WithMessage($"Enter {whose.ToLowerInvariant()} e-mail address in the right format, like name@council.gov.uk");

    /// <summary>An optional http(s) address that fits its column.</summary>
    public static IRuleBuilderOptions<T, string?> WebAddress<T>(this IRuleBuilder<T, string?> rule, string message, int max, bool httpsOnly = false) =>
        rule.Must(v => string.IsNullOrWhiteSpace(v) || (v.Trim().Length <= max && IsWebAddress(v.Trim(), httpsOnly))).WithMessage(message);

    public static bool IsWebAddress(string value, bool httpsOnly = false) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || (!httpsOnly && uri.Scheme == Uri.UriSchemeHttp));

    /// <summary>The maximum length the entity configuration gives a text column.</summary>
    public static int MaxLength<TEntity>(this HubDbContext db, Expression<Func<TEntity, string?>> column)
    {
        var name = ((MemberExpression)column.Body).Member.Name;
        return db.Model.FindEntityType(typeof(TEntity))?.FindProperty(name)?.GetMaxLength()
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name}.{name} has no maximum length in the entity configuration");
    }

    public static string? TrimmedOrNull(this string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>What was typed, as stored: the bare address, or null when nothing was typed.</summary>
    public static string? EmailOrNull(this string? value) => string.IsNullOrWhiteSpace(value) ? null : EmailAddresses.AddressIn(value) ?? value.Trim();

    /// <summary>"Enter the vision" becomes "The vision".</summary>
    private static string Label(string missing)
    {
        var rest = missing.StartsWith("Enter ", StringComparison.Ordinal) ? missing[6..] : missing;
        return char.ToUpperInvariant(rest[0]) + rest[1..];
    }
}

/// <summary>A page's form checks: the first failing check of a field is its message. Checks for a named handler go in <c>RuleSet("Handler", ...)</c>.</summary>
public abstract class FormValidator<TPage> : AbstractValidator<TPage>
{
    protected FormValidator() => RuleLevelCascadeMode = CascadeMode.Stop;
}
