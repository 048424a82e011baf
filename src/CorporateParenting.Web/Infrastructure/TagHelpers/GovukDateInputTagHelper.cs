using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CorporateParenting.Web.Infrastructure.TagHelpers;

/// <summary>
/// The GOV.UK date input: a fieldset whose legend is the question, a hint, the error message and three fields, Day,
/// Month and Year, posted as <c>X.Day</c>, <c>X.Month</c> and <c>X.Year</c> for <see cref="DateInputModelBinder"/>:
/// <c>&lt;govuk-date-input for="Input.Date" label="Date of the visit" /&gt;</c>. Only the fields in error are marked;
/// what was typed in each is shown again after a failed save (ADR 36).
/// </summary>
[HtmlTargetElement("govuk-date-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukDateInputTagHelper : TagHelper
{
    /// <summary>The Design System's example, a date the reader can see is an example.</summary>
    public const string DefaultExample = "For example, 27 3 2027";

    [HtmlAttributeName("for")] public required ModelExpression For { get; set; }
    public string Label { get; set; } = "";
    /// <summary>Said before the example, which every date input shows.</summary>
    public string? Hint { get; set; }
    /// <summary>An example that fits the question better ("For example, 1 4 2025" for the start of a financial year).</summary>
    public string Example { get; set; } = DefaultExample;
    /// <summary>The legend as the page's heading, for a page that asks only this.</summary>
    public bool LabelIsHeading { get; set; }
    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = For.Name;
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var modelState = ViewContext.ViewData.ModelState;
        var error = modelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
        var inError = error is null ? DatePart.None : DateInputErrors.InError(ViewContext.HttpContext, name);
        DateOnly? date = For.Model switch { DateOnly d => d, DateTime t => DateOnly.FromDateTime(t), _ => null };
        var encoder = HtmlEncoder.Default;

        var html = new StringBuilder();
        html.Append($"<div class=\"govuk-form-group{(error is null ? "" : " govuk-form-group--error")}\">");
        html.Append($"<fieldset class=\"govuk-fieldset\" role=\"group\" aria-describedby=\"{id}-hint{(error is null ? "" : $" {id}-error")}\">");
        html.Append(LabelIsHeading
            ? $"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--l\"><h1 class=\"govuk-fieldset__heading\">{encoder.Encode(Label)}</h1></legend>"
            : $"<legend class=\"govuk-fieldset__legend\">{encoder.Encode(Label)}</legend>");
        html.Append($"<div id=\"{id}-hint\" class=\"govuk-hint\">{(Hint is null ? "" : encoder.Encode(Hint) + "<br>")}{encoder.Encode(Example)}</div>");
        if (error is not null)
            html.Append($"<p id=\"{id}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {encoder.Encode(error)}</p>");
        html.Append($"<div class=\"govuk-date-input\" id=\"{id}\">");
        foreach (var (part, width, shown) in new[]
                 {
                     (DatePart.Day, 2, date?.Day), (DatePart.Month, 2, date?.Month), (DatePart.Year, 4, date?.Year),
                 })
        {
            var fieldName = $"{name}.{part}";
            var fieldId = TagBuilder.CreateSanitizedId(fieldName, "_");
            // What was typed, even "31 2 2027"; else the saved date.
            var value = modelState.TryGetValue(fieldName, out var typed) && typed.AttemptedValue is not null
                ? typed.AttemptedValue
                : shown?.ToString(CultureInfo.InvariantCulture);
            html.Append("<div class=\"govuk-date-input__item\"><div class=\"govuk-form-group\">");
            html.Append($"<label class=\"govuk-label govuk-date-input__label\" for=\"{fieldId}\">{part}</label>");
            html.Append($"<input class=\"govuk-input govuk-date-input__input govuk-input--width-{width}{(inError.HasFlag(part) ? " govuk-input--error" : "")}\"");
            html.Append($" id=\"{fieldId}\" name=\"{encoder.Encode(fieldName)}\" type=\"text\" inputmode=\"numeric\"");
            if (value is not null) html.Append($" value=\"{encoder.Encode(value)}\"");
            html.Append("></div></div>");
        }
        html.Append("</div></fieldset></div>");

        output.TagName = null;
        output.Content.SetHtmlContent(html.ToString());
    }
}

/// <summary>
/// A time as the GOV.UK Design System advises: one text field that takes the 24-hour or the am/pm style, bound by
/// <see cref="TimeInputModelBinder"/>: <c>&lt;govuk-time-input for="Input.StartTime" label="Start time" /&gt;</c>.
/// </summary>
[HtmlTargetElement("govuk-time-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukTimeInputTagHelper : TagHelper
{
    public const string Example = "For example, 14:30 or 2:30pm";

    [HtmlAttributeName("for")] public required ModelExpression For { get; set; }
    public string Label { get; set; } = "";
    public string? Hint { get; set; }
    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = For.Name;
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var modelState = ViewContext.ViewData.ModelState;
        var error = modelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
        var value = entry?.AttemptedValue ?? (For.Model is TimeOnly time ? time.ToString("HH:mm", CultureInfo.InvariantCulture) : null);
        var encoder = HtmlEncoder.Default;

        var html = new StringBuilder();
        html.Append($"<div class=\"govuk-form-group{(error is null ? "" : " govuk-form-group--error")}\">");
        html.Append($"<label class=\"govuk-label\" for=\"{id}\">{encoder.Encode(Label)}</label>");
        html.Append($"<div id=\"{id}-hint\" class=\"govuk-hint\">{(Hint is null ? "" : encoder.Encode(Hint) + "<br>")}{Example}</div>");
        if (error is not null)
            html.Append($"<p id=\"{id}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {encoder.Encode(error)}</p>");
        html.Append($"<input class=\"govuk-input govuk-input--width-5{(error is null ? "" : " govuk-input--error")}\" id=\"{id}\" name=\"{encoder.Encode(name)}\" type=\"text\"");
        html.Append($" autocomplete=\"off\" spellcheck=\"false\" aria-describedby=\"{id}-hint{(error is null ? "" : $" {id}-error")}\"");
        if (value is not null) html.Append($" value=\"{encoder.Encode(value)}\"");
        html.Append("></div>");

        output.TagName = null;
        output.Content.SetHtmlContent(html.ToString());
    }
}
