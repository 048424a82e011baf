using System.Net;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CorporateParenting.Web.Infrastructure.TagHelpers;

/// <summary>
/// Every GOV.UK table scrolls inside its own box on a narrow screen, never the page (ADR 35): a <c>table.govuk-table</c>
/// is wrapped in <c>&lt;div class="app-table-scroll" role="region" aria-label="{its caption}" tabindex="0"&gt;</c>.
/// The region is focusable so that a keyboard can scroll it (axe's scrollable-region-focusable) and named by the caption
/// so a screen reader says which table it is in; hub.scss shades the edge that has more to scroll to.
/// A table already inside such a box (written by hand) is left alone.
/// </summary>
[HtmlTargetElement("table", Attributes = "[class^=govuk-table]")]
public sealed partial class TableScrollTagHelper : TagHelper
{
    public const string ScrollClass = "app-table-scroll";

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        if (context.Items.ContainsKey(typeof(TableScrollRegionTagHelper)) || !HasClass(output, "govuk-table")) return;
        var content = await output.GetChildContentAsync();
        output.Content.SetHtmlContent(content);
        var caption = Caption().Match(content.GetContent()) is { Success: true } m
            ? Whitespace().Replace(WebUtility.HtmlDecode(Tag().Replace(m.Groups[1].Value, " ")), " ").Trim()
            : "";
        var name = caption.Length > 0 ? caption
            : output.Attributes.TryGetAttribute("aria-label", out var label) ? AttributeText(label.Value) : "Table";
        output.PreElement.SetHtmlContent($"<div class=\"{ScrollClass}\" role=\"region\" aria-label=\"{HtmlEncoder.Default.Encode(name)}\" tabindex=\"0\">");
        output.PostElement.SetHtmlContent("</div>");
    }

    internal static bool HasClass(TagHelperOutput output, string name) =>
        output.Attributes.TryGetAttribute("class", out var attribute)
        && AttributeText(attribute.Value).Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(name, StringComparer.Ordinal);

    private static string AttributeText(object? value)
    {
        if (value is not IHtmlContent html) return value?.ToString() ?? "";
        using var writer = new StringWriter();
        html.WriteTo(writer, HtmlEncoder.Default);
        return WebUtility.HtmlDecode(writer.ToString());
    }

    [GeneratedRegex("<caption[^>]*>([\\s\\S]*?)</caption>", RegexOptions.IgnoreCase)]
    private static partial Regex Caption();
    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
    [GeneratedRegex("\\s+")]
    private static partial Regex Whitespace();
}

/// <summary>A scroll box written by hand (<c>&lt;div class="app-table-scroll"&gt;</c>): the tables inside are not wrapped again.</summary>
[HtmlTargetElement("div", Attributes = "[class^=" + TableScrollTagHelper.ScrollClass + "]")]
public sealed class TableScrollRegionTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output) =>
        context.Items[typeof(TableScrollRegionTagHelper)] = true;
}
