using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CorporateParenting.Web.Infrastructure.TagHelpers;

/// <summary>
/// The GOV.UK file upload with its label, hint and error message:
/// <c>&lt;govuk-file-upload name="Paper" label="The paper" hint="PDF or Word" accept=".pdf,.docx" /&gt;</c>.
/// Named, not bound with <c>for</c>: an upload is often a handler's parameter, and a browser never shows a file again.
/// </summary>
[HtmlTargetElement("govuk-file-upload", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukFileUploadTagHelper : TagHelper
{
    public required string Name { get; set; }
    public string Label { get; set; } = "";
    public string? Hint { get => hint; set => hint = string.IsNullOrEmpty(value) ? null : value; }
    private string? hint;
    /// <summary>The label's size: s, m, l or xl.</summary>
    public string? LabelSize { get; set; }
    public string? Accept { get; set; }
    public bool Multiple { get; set; }
    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var encoder = HtmlEncoder.Default;
        var id = TagBuilder.CreateSanitizedId(Name, "_");
        var error = ViewContext.ViewData.ModelState.TryGetValue(Name, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
        var describedBy = string.Join(' ', new[] { Hint is null ? null : id + "-hint", error is null ? null : id + "-error" }.OfType<string>());
        var html = new StringBuilder();
        html.Append($"<div class=\"govuk-form-group{(error is null ? "" : " govuk-form-group--error")}\">");
        html.Append($"<label class=\"govuk-label{(LabelSize is null ? "" : " govuk-label--" + LabelSize)}\" for=\"{id}\">{encoder.Encode(Label)}</label>");
        if (Hint is not null) html.Append($"<div id=\"{id}-hint\" class=\"govuk-hint\">{encoder.Encode(Hint)}</div>");
        if (error is not null)
            html.Append($"<p id=\"{id}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {encoder.Encode(error)}</p>");
        html.Append($"<input class=\"govuk-file-upload{(error is null ? "" : " govuk-file-upload--error")}\" id=\"{id}\" name=\"{encoder.Encode(Name)}\" type=\"file\"");
        if (Multiple) html.Append(" multiple");
        if (Accept is not null) html.Append($" accept=\"{encoder.Encode(Accept)}\"");
        if (describedBy.Length > 0) html.Append($" aria-describedby=\"{describedBy}\"");
        html.Append("></div>");
        output.TagName = null;
        output.Content.SetHtmlContent(html.ToString());
    }
}
