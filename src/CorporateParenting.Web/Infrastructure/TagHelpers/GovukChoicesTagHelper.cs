using System.Text;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CorporateParenting.Web.Infrastructure.TagHelpers;

/// <summary>
/// The GOV.UK radios and checkboxes (no conditional reveals: GOV.UK's reveal puts aria-expanded on a radio, which axe
/// rejects): a form group, a fieldset whose legend is the question, the hint and the error named by the fieldset's
/// aria-describedby, and one item per choice with its own hint. The user's choice is kept after a failed save.
/// </summary>
public abstract class GovukChoicesTagHelper : GovukFieldTagHelper
{
    public string Legend { get; set; } = "";
    /// <summary>The legend's size: s, m, l or xl (none for body text).</summary>
    public string? LegendSize { get; set; }
    /// <summary>The legend as the page's heading, for a page that asks only this.</summary>
    public bool LegendIsHeading { get; set; }
    /// <summary>The heading's level when the legend is one (2 for a section of a longer form).</summary>
    public int HeadingLevel { get; set; } = 1;
    public bool HideLegend { get; set; }
    public IEnumerable<GovukItem> Items { get; set; } = [];
    public bool Inline { get; set; }
    public bool Small { get; set; }
    /// <summary>Classes added to the form group (a grid column, a margin).</summary>
    public string? FormGroupClass { get; set; }

    protected abstract string Kind { get; }   // "radios" or "checkboxes"
    protected abstract string InputType { get; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        output.Content.SetHtmlContent(Render(Items.ToList(), hasFieldset: true));
    }

    protected string Render(IReadOnlyList<GovukItem> items, bool hasFieldset)
    {
        var error = Error;
        var chosen = Chosen();
        var describedBy = DescribedBy(error);
        var html = new StringBuilder();
        html.Append($"<div class=\"govuk-form-group{(error is null ? "" : " govuk-form-group--error")}{(FormGroupClass is null ? "" : " " + FormGroupClass)}\">");
        if (hasFieldset)
        {
            html.Append($"<fieldset class=\"govuk-fieldset\"{Attribute("aria-describedby", describedBy)}>");
            var size = LegendSize ?? (LegendIsHeading ? (HeadingLevel == 1 ? "l" : "m") : null);
            var legendClass = "govuk-fieldset__legend" + (size is null ? "" : " govuk-fieldset__legend--" + size) + (HideLegend ? " govuk-visually-hidden" : "");
            html.Append(LegendIsHeading
                ? $"<legend class=\"{legendClass}\"><h{HeadingLevel} class=\"govuk-fieldset__heading\">{Encoder.Encode(Legend)}</h{HeadingLevel}></legend>"
                : $"<legend class=\"{legendClass}\">{Encoder.Encode(Legend)}</legend>");
        }
        if (Hint is not null) html.Append($"<div id=\"{FieldId}-hint\" class=\"govuk-hint\">{Encoder.Encode(Hint)}</div>");
        if (error is not null) html.Append(ErrorMessageHtml(error));
        var modifiers = (Inline ? $" govuk-{Kind}--inline" : "") + (Small ? $" govuk-{Kind}--small" : "");
        html.Append($"<div class=\"govuk-{Kind}{modifiers}\" data-module=\"govuk-{Kind}\">");
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var id = ItemId(item, i);
            // "-item-hint", as GOV.UK Frontend names it: the first item's id is the field's, whose "-hint" is the question's.
            // Without a fieldset nothing else carries the hint and the error to a screen reader: the input does.
            var itemDescribedBy = string.Join(' ', new[] { hasFieldset || describedBy.Length == 0 ? null : describedBy, item.Hint is null ? null : id + "-item-hint" }.OfType<string>());
            html.Append($"<div class=\"govuk-{Kind}__item\">");
            html.Append($"<input class=\"govuk-{Kind}__input\" id=\"{id}\" name=\"{Encoder.Encode(Name)}\" type=\"{InputType}\" value=\"{Encoder.Encode(item.Value)}\"");
            if (IsChosen(chosen, item.Value)) html.Append(" checked");
            html.Append(Attribute("aria-describedby", itemDescribedBy));
            html.Append('>');
            html.Append($"<label class=\"govuk-label govuk-{Kind}__label\" for=\"{id}\">{Encoder.Encode(item.Text)}</label>");
            if (item.Hint is not null) html.Append($"<div id=\"{id}-item-hint\" class=\"govuk-hint govuk-{Kind}__hint\">{Encoder.Encode(item.Hint)}</div>");
            html.Append("</div>");
        }
        html.Append("</div>");
        if (hasFieldset) html.Append("</fieldset>");
        html.Append("</div>");
        return html.ToString();
    }
}

/// <summary>
/// GOV.UK radios: <c>&lt;govuk-radios for="Input.Kind" legend="Which kind of year?" items="@items" /&gt;</c>, with
/// <c>inline</c> and <c>small</c> for the Design System's variants.
/// </summary>
[HtmlTargetElement("govuk-radios", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukRadiosTagHelper : GovukChoicesTagHelper
{
    protected override string Kind => "radios";
    protected override string InputType => "radio";
}

/// <summary>
/// GOV.UK checkboxes, two ways. For a collection, one box per item in a fieldset:
/// <c>&lt;govuk-checkboxes for="Input.Roles" legend="Roles" items="@items" /&gt;</c>. For a single yes-or-no
/// (a bool), one box posting "true" whose label is the statement, with no fieldset unless a legend is given:
/// <c>&lt;govuk-checkboxes for="Input.Confidential" label="Confidential: withhold from members" /&gt;</c>.
/// </summary>
[HtmlTargetElement("govuk-checkboxes", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukCheckboxesTagHelper : GovukChoicesTagHelper
{
    /// <summary>The statement a single box stands for (for a bool).</summary>
    public string? Label { get; set; }
    /// <summary>The hint under a single box's label.</summary>
    public string? ItemHint { get => itemHint; set => itemHint = string.IsNullOrEmpty(value) ? null : value; }
    private string? itemHint;

    protected override string Kind => "checkboxes";
    protected override string InputType => "checkbox";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (Label is null)
        {
            base.Process(context, output);
            return;
        }
        output.TagName = null;
        var item = new GovukItem("true", Label, ItemHint);
        output.Content.SetHtmlContent(Render([item], hasFieldset: Legend.Length > 0));
    }
}
