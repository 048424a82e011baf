using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CorporateParenting.Web.Infrastructure.TagHelpers;

/// <summary>
/// What the GOV.UK field helpers share: the field's name and id from <c>for</c>, its first error, and the value to
/// show, which is what the user sent when the form came back with errors and the model's value otherwise (ADR 36).
/// A page with one form per row (the same field many times) gives each its own <c>id</c> and <c>value</c>, and
/// <c>show-state="false"</c> on the rows that were not the one posted.
/// </summary>
public abstract class GovukFieldTagHelper : TagHelper
{
    [HtmlAttributeName("for")] public required ModelExpression For { get; set; }
    /// <summary>Razor gives an attribute whose expression is null as "": either is no hint.</summary>
    public string? Hint { get => hint; set => hint = string.IsNullOrEmpty(value) ? null : value; }
    private string? hint;
    /// <summary>The field's id (and the prefix of its items' ids) when not the one made from its name.</summary>
    public string? Id { get; set; }
    /// <summary>The value shown when the request did not post one (a row's own value where a field repeats).</summary>
    public object? Value { get; set; }
    /// <summary>False for a repeated field whose error and posted value belong to another row.</summary>
    public bool ShowState { get; set; } = true;
    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    protected static HtmlEncoder Encoder => HtmlEncoder.Default;
    protected string Name => For.Name;
    protected string FieldId => Id ?? TagBuilder.CreateSanitizedId(Name, "_");

    protected string? Error =>
        ShowState && ViewContext.ViewData.ModelState.TryGetValue(Name, out var entry) && entry.Errors.Count > 0
            ? entry.Errors[0].ErrorMessage
            : null;

    /// <summary>The values chosen: posted ones first (a failed save shows the user's choice), else the row's or the model's.</summary>
    protected IReadOnlyList<string> Chosen()
    {
        if (ShowState && ViewContext.ViewData.ModelState.TryGetValue(Name, out var entry) && entry.RawValue is { } raw)
            return GovukItems.ValuesOf(raw);
        return GovukItems.ValuesOf(Value ?? For.Model);
    }

    protected static bool IsChosen(IReadOnlyList<string> chosen, string value) =>
        chosen.Contains(value, StringComparer.OrdinalIgnoreCase);

    protected string ErrorMessageHtml(string error) =>
        $"<p id=\"{FieldId}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {Encoder.Encode(error)}</p>";

    /// <summary>The hint's and the error's ids, for aria-describedby; empty when there are neither.</summary>
    protected string DescribedBy(string? error) =>
        string.Join(' ', new[] { Hint is null ? null : FieldId + "-hint", error is null ? null : FieldId + "-error" }.OfType<string>());

    protected static string Attribute(string name, string? value) =>
        string.IsNullOrEmpty(value) ? "" : $" {name}=\"{Encoder.Encode(value)}\"";

    /// <summary>An item's id: the first takes the field's own (the error summary links to it), the rest add their value.</summary>
    protected string ItemId(GovukItem item, int index) =>
        item.Id ?? (index == 0 ? FieldId : TagBuilder.CreateSanitizedId($"{FieldId}_{item.Value}", "_"));
}
