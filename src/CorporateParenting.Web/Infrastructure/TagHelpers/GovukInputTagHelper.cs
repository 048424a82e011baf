using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CorporateParenting.Web.Infrastructure.TagHelpers;

/// <summary>
/// The GOV.UK text input with its label, hint and error message:
/// <c>&lt;govuk-input for="Input.Email" label="Email address" type="email" autocomplete="email" /&gt;</c>.
/// What the user typed is shown again after a failed save. <c>type="textarea"</c> gives the GOV.UK textarea.
/// </summary>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukInputTagHelper : GovukFieldTagHelper
{
    public string Label { get; set; } = "";
    public string Type { get; set; } = "text";
    public string? Autocomplete { get; set; }
    public string? InputClass { get; set; }
    public bool LabelIsHeading { get; set; }
    /// <summary>The label's size: s, m, l or xl (l when it is the heading).</summary>
    public string? LabelSize { get; set; }
    /// <summary>For inputs in a table row whose header already names them: the label is read by screen readers only.</summary>
    public bool HideLabel { get; set; }
    /// <summary>Height of a textarea, in lines.</summary>
    public int Rows { get; set; } = 5;
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = Name;
        var id = FieldId;
        var error = Error;
        var attempted = ShowState && ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) ? entry.AttemptedValue : null;
        var shown = Value ?? For.Model;
        // A date input needs ISO dates (yyyy-MM-dd) whatever the culture, or the browser shows it empty.
        var model = shown is DateOnly date ? date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : shown?.ToString();
        var value = Type == "password" ? null : attempted ?? model;
        var describedBy = DescribedBy(error);

        var html = new System.Text.StringBuilder();
        var encoder = Encoder;
        html.Append($"<div class=\"govuk-form-group{(error is null ? "" : " govuk-form-group--error")}\">");
        var label = $"<label class=\"govuk-label{(LabelSize is not null ? " govuk-label--" + LabelSize : LabelIsHeading ? " govuk-label--l" : "")}{(HideLabel ? " govuk-visually-hidden" : "")}\" for=\"{id}\">{encoder.Encode(Label)}</label>";
        html.Append(LabelIsHeading ? $"<h1 class=\"govuk-label-wrapper\">{label}</h1>" : label);
        if (Hint is not null) html.Append($"<div id=\"{id}-hint\" class=\"govuk-hint\">{encoder.Encode(Hint)}</div>");
        if (error is not null)
            html.Append($"<p id=\"{id}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {encoder.Encode(error)}</p>");
        var describedByAttribute = describedBy.Length > 0 ? $" aria-describedby=\"{describedBy}\"" : "";
        if (Type == "textarea")
        {
            html.Append($"<textarea class=\"govuk-textarea{(error is null ? "" : " govuk-textarea--error")}\" id=\"{id}\" name=\"{encoder.Encode(name)}\" rows=\"{Rows}\"{describedByAttribute}>{encoder.Encode(value ?? "")}</textarea></div>");
            output.TagName = null;
            output.Content.SetHtmlContent(html.ToString());
            return;
        }
        html.Append($"<input class=\"govuk-input{(InputClass is null ? "" : " " + InputClass)}{(error is null ? "" : " govuk-input--error")}\" id=\"{id}\" name=\"{encoder.Encode(name)}\" type=\"{Type}\"");
        if (value is not null) html.Append($" value=\"{encoder.Encode(value)}\"");
        if (Autocomplete is not null) html.Append($" autocomplete=\"{Autocomplete}\"");
        html.Append(describedByAttribute);
        if (Type is "email" or "password") html.Append(" spellcheck=\"false\"");
        html.Append("></div>");

        output.TagName = null;
        output.Content.SetHtmlContent(html.ToString());
    }
}
