using System.Collections;
using System.Globalization;

namespace CorporateParenting.Web.Infrastructure.TagHelpers;

/// <summary>
/// One choice of a GOV.UK radios, checkboxes or select: the value posted, the words shown and an optional hint
/// (radios and checkboxes only). <see cref="Id"/> overrides the item's id where a page or a test needs a fixed one.
/// </summary>
public sealed record GovukItem(string Value, string Text, string? Hint = null)
{
    public string? Id { get; init; }

    /// <summary>A value as a form posts it: enums by name, booleans as "true"/"false", numbers in the invariant culture.</summary>
    public static string Format(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        Enum e => e.ToString(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}

/// <summary>Lists of <see cref="GovukItem"/> for the tag helpers: <c>items="@GovukItems.Of&lt;ActionStatus&gt;(DisplayWords.Of)"</c>.</summary>
public static class GovukItems
{
    /// <summary>Every value of an enum, in its declared order, with the words the page shows for it.</summary>
    public static IReadOnlyList<GovukItem> Of<TEnum>(Func<TEnum, string> text, Func<TEnum, string?>? hint = null) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(value => new GovukItem(value.ToString(), text(value), hint?.Invoke(value))).ToList();

    /// <summary>Items from any list: what each posts and what it shows.</summary>
    public static IReadOnlyList<GovukItem> Of<T>(IEnumerable<T> source, Func<T, object?> value, Func<T, string> text, Func<T, string?>? hint = null) =>
        source.Select(item => new GovukItem(GovukItem.Format(value(item)), text(item), hint?.Invoke(item))).ToList();

    /// <summary>Strings that are both the value and the words (years, names of priority areas).</summary>
    public static IReadOnlyList<GovukItem> Of(IEnumerable<string> values) => values.Select(v => new GovukItem(v, v)).ToList();

    /// <summary>The values a model holds, as posted strings: one for a single value, each for a collection.</summary>
    internal static IReadOnlyList<string> ValuesOf(object? model) => model switch
    {
        null => [],
        string s => [s],
        IEnumerable many => many.Cast<object?>().Select(GovukItem.Format).ToList(),
        _ => [GovukItem.Format(model)],
    };
}
