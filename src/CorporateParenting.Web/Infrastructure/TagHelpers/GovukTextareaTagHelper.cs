using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CorporateParenting.Web.Infrastructure.TagHelpers;

/// <summary>The GOV.UK textarea with label, hint and error, keeping what the user typed after a failed save.</summary>
[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukTextareaTagHelper : TagHelper
{
    [HtmlAttributeName("for")] public required ModelExpression For { get; set; }
    public string Label { get; set; } = "";
    public string? Hint { get; set; }
    public int Rows { get; set; } = 4;
    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = For.Name;
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var entry = ViewContext.ViewData.ModelState.TryGetValue(name, out var e) ? e : null;
        var error = entry?.Errors is { Count: > 0 } errors ? errors[0].ErrorMessage : null;
        var value = entry?.AttemptedValue ?? For.Model?.ToString();
        var describedBy = string.Join(' ', new[] { Hint is null ? null : id + "-hint", error is null ? null : id + "-error" }.OfType<string>());
        var encoder = HtmlEncoder.Default;
        var html = new System.Text.StringBuilder();
        html.Append($"<div class=\"govuk-form-group{(error is null ? "" : " govuk-form-group--error")}\">");
        html.Append($"<label class=\"govuk-label\" for=\"{id}\">{encoder.Encode(Label)}</label>");
        if (Hint is not null) html.Append($"<div id=\"{id}-hint\" class=\"govuk-hint\">{encoder.Encode(Hint)}</div>");
        if (error is not null) html.Append($"<p id=\"{id}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {encoder.Encode(error)}</p>");
        html.Append($"<textarea class=\"govuk-textarea{(error is null ? "" : " govuk-textarea--error")}\" id=\"{id}\" name=\"{encoder.Encode(name)}\" rows=\"{Rows}\"");
        if (describedBy.Length > 0) html.Append($" aria-describedby=\"{describedBy}\"");
        html.Append($">{encoder.Encode(value ?? "")}</textarea></div>");
        output.TagName = null;
        output.Content.SetHtmlContent(html.ToString());
    }
}
