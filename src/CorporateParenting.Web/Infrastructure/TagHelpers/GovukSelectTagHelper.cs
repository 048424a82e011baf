using System.Text;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CorporateParenting.Web.Infrastructure.TagHelpers;

/// <summary>
/// The GOV.UK select with its label, hint and error message:
/// <c>&lt;govuk-select for="Input.Status" label="Status" items="@GovukItems.Of&lt;ActionStatus&gt;(DisplayWords.Of)" /&gt;</c>.
/// <c>empty-option="All"</c> adds a first option with no value. What the user chose is kept after a failed save.
/// Anything between the tags (a filter's Show button) follows the select inside its form group.
/// </summary>
[HtmlTargetElement("govuk-select")]
public sealed class GovukSelectTagHelper : GovukFieldTagHelper
{
    public string Label { get; set; } = "";
    public IEnumerable<GovukItem> Items { get; set; } = [];
    /// <summary>The words of a first option that posts no value ("No theme", "All").</summary>
    public string? EmptyOption { get => emptyOption; set => emptyOption = string.IsNullOrEmpty(value) ? null : value; }
    private string? emptyOption;
    public string? SelectClass { get; set; }
    /// <summary>The label's size: s, m, l or xl.</summary>
    public string? LabelSize { get; set; }
    /// <summary>For a select in a table row whose header already names it: the label is read by screen readers only.</summary>
    public bool HideLabel { get; set; }
    public string? FormGroupClass { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var after = (await output.GetChildContentAsync()).GetContent();
        var error = Error;
        var chosen = Chosen();
        var html = new StringBuilder();
        html.Append($"<div class=\"govuk-form-group{(error is null ? "" : " govuk-form-group--error")}{(FormGroupClass is null ? "" : " " + FormGroupClass)}\">");
        html.Append($"<label class=\"govuk-label{(LabelSize is null ? "" : " govuk-label--" + LabelSize)}{(HideLabel ? " govuk-visually-hidden" : "")}\" for=\"{FieldId}\">{Encoder.Encode(Label)}</label>");
        if (Hint is not null) html.Append($"<div id=\"{FieldId}-hint\" class=\"govuk-hint\">{Encoder.Encode(Hint)}</div>");
        if (error is not null) html.Append(ErrorMessageHtml(error));
        html.Append($"<select class=\"govuk-select{(SelectClass is null ? "" : " " + SelectClass)}{(error is null ? "" : " govuk-select--error")}\" id=\"{FieldId}\" name=\"{Encoder.Encode(Name)}\"{Attribute("aria-describedby", DescribedBy(error))}>");
        var options = (EmptyOption is null ? [] : new[] { new GovukItem("", EmptyOption) }).Concat(Items);
        var selectedOne = false;   // a select shows one choice: the first that matches
        foreach (var option in options)
        {
            var selected = !selectedOne && IsChosen(chosen, option.Value);
            selectedOne |= selected;
            html.Append($"<option value=\"{Encoder.Encode(option.Value)}\"{(selected ? " selected" : "")}>{Encoder.Encode(option.Text)}</option>");
        }
        html.Append("</select>");
        html.Append(after);
        html.Append("</div>");
        output.TagName = null;
        output.Content.SetHtmlContent(html.ToString());
    }
}
