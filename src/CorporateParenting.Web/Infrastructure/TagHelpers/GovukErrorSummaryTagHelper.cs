using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CorporateParenting.Web.Infrastructure.TagHelpers;

/// <summary>
/// The GOV.UK error summary: <c>&lt;govuk-error-summary /&gt;</c> lists every validation error in ModelState, each
/// linking to its field's id (a date input's first field in error). A problem that belongs to no field is given as
/// <c>message="…"</c> (with its own <c>title</c>) or written between the tags; with neither and no errors, nothing shows.
/// </summary>
[HtmlTargetElement("govuk-error-summary")]
public sealed class GovukErrorSummaryTagHelper : TagHelper
{
    public const string DefaultTitle = "There is a problem";

    public string Title { get; set; } = DefaultTitle;
    /// <summary>A problem with the page rather than a field: shown as the summary's description.</summary>
    /// <summary>Razor gives an attribute whose expression is null as "": either is no message.</summary>
    public string? Message { get => message; set => message = string.IsNullOrEmpty(value) ? null : value; }
    private string? message;
    /// <summary>False for a page-level summary on a page whose other summary lists the fields' errors.</summary>
    public bool FieldErrors { get; set; } = true;
    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var modelState = ViewContext.ViewData.ModelState;
        var errors = modelState
            .Where(_ => FieldErrors)
            .Where(entry => entry.Value is { Errors.Count: > 0 })
            .SelectMany(entry => entry.Value!.Errors.Select(error => (Field: entry.Key, error.ErrorMessage)))
            .ToList();
        var body = (await output.GetChildContentAsync()).GetContent();
        output.TagName = null;
        if (errors.Count == 0 && Message is null && string.IsNullOrWhiteSpace(body))
        {
            output.SuppressOutput();
            return;
        }
        var encoder = HtmlEncoder.Default;
        var html = new StringBuilder();
        html.Append("<div class=\"govuk-error-summary\" data-module=\"govuk-error-summary\"><div role=\"alert\">");
        html.Append($"<h2 class=\"govuk-error-summary__title\">{encoder.Encode(Title)}</h2>");
        html.Append("<div class=\"govuk-error-summary__body\">");
        if (Message is not null) html.Append($"<p class=\"govuk-body\">{encoder.Encode(Message)}</p>");
        html.Append(body);
        if (errors.Count > 0)
        {
            html.Append("<ul class=\"govuk-list govuk-error-summary__list\">");
            foreach (var (field, message) in errors)
            {
                var target = TagBuilder.CreateSanitizedId(DateInputErrors.LinkTarget(ViewContext.HttpContext, modelState, field), "_");
                html.Append($"<li><a href=\"#{target}\">{encoder.Encode(message)}</a></li>");
            }
            html.Append("</ul>");
        }
        html.Append("</div></div></div>");
        output.Content.SetHtmlContent(html.ToString());
    }
}
