using System.Net;
using System.Text;

namespace CorporateParenting.Web.Documents;

/// <summary>
/// The pack as print-styled HTML for Chromium: A4, a cover, a one-page contents, each section on a
/// new page. Self-contained (no external fetches), so printing never waits on the network.
/// </summary>
public static class PackHtml
{
    private const string Style = """
        @page { size: A4; margin: 20mm 18mm 22mm 18mm; }
        body { font-family: Arial, "Liberation Sans", Helvetica, sans-serif; font-size: 11pt; color: #0b0c0c; line-height: 1.4; font-variant-ligatures: none; }
        h1 { font-size: 26pt; margin: 0 0 8mm; }
        h2 { font-size: 17pt; margin: 0 0 5mm; break-before: page; }
        h3 { font-size: 13pt; margin: 6mm 0 2mm; }
        .cover { height: 240mm; display: flex; flex-direction: column; justify-content: center; }
        .cover p { font-size: 14pt; }
        .cover.front { height: auto; display: block; }
        .cover.front h1 { margin-top: 10mm; }
        .cover.front p, .cover.front dl, .cover.front table { font-size: 10pt; }
        .cover.front table { font-size: 9pt; }
        .cover.front table td, .cover.front table th { padding: 0.8mm 2mm 0.8mm 0; }
        .agenda td:last-child, .agenda th:last-child { text-align: right; white-space: nowrap; }
        .agenda .detail { color: #505a5f; display: block; font-size: 9pt; }
        .restricted { border: 3px solid #d4351c; color: #d4351c; font-weight: bold; padding: 3mm; margin: 4mm 0; }
        .contents { break-before: page; }
        .contents h2 { break-before: avoid; }
        .contents ol { list-style: none; padding: 0; }
        .contents li { display: flex; border-bottom: 1px dotted #b1b4b6; padding: 1.5mm 0; }
        .contents li span:first-child { flex: 1; }
        table { border-collapse: collapse; width: 100%; margin: 2mm 0 5mm; font-size: 9.5pt; }
        caption { text-align: left; font-weight: bold; padding-bottom: 1mm; }
        th, td { border-bottom: 1px solid #b1b4b6; padding: 1.5mm 2mm 1.5mm 0; text-align: left; vertical-align: top; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        .num { text-align: right; }
        dl { display: grid; grid-template-columns: 45mm 1fr; gap: 1.5mm 4mm; }
        dt { font-weight: bold; }
        dd { margin: 0; white-space: pre-line; }
        p { white-space: pre-line; margin: 0 0 3mm; }
        """;

    /// <summary>The contents lists each section with the page given, or a blank before the page numbers are known.</summary>
    public static string Render(PackDocument pack, IReadOnlyDictionary<string, int>? pages)
    {
        var html = new StringBuilder();
        html.Append($"<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>{E(pack.Title)}</title><style>{Style}</style></head><body>");
        html.Append($"<section class=\"cover{(pack.Front is null ? "" : " front")}\"><h1>{E(pack.Title)}</h1><p>{E(pack.Subtitle)}</p>");
        if (pack.Restricted) html.Append($"<p class=\"restricted\">{E(PackText.RestrictedBanner)}</p>");
        foreach (var block in pack.Front ?? []) Block(html, block, pages);
        html.Append("</section><section class=\"contents\"><h2>Contents</h2><ol>");
        foreach (var section in pack.Sections)
            html.Append($"<li><span>{E(section.Heading)}</span><span>{(pages?.TryGetValue(section.Heading, out var page) == true ? page : "")}</span></li>");
        html.Append("</ol></section>");
        foreach (var section in pack.Sections)
        {
            html.Append($"<section><h2>{E(section.Heading)}</h2>");
            foreach (var block in section.Blocks) Block(html, block, pages);
            html.Append("</section>");
        }
        return html.Append("</body></html>").ToString();
    }

    private static void Block(StringBuilder html, PackBlock block, IReadOnlyDictionary<string, int>? pages)
    {
        switch (block)
        {
            case PackAgenda agenda:
                html.Append("<table class=\"agenda\"><caption>Agenda items in order</caption><thead><tr><th>Item</th><th>Title</th><th>Page</th></tr></thead><tbody>");
                foreach (var line in agenda.Lines)
                    html.Append($"<tr><td>{E(line.Number)}</td><td>{E(line.Title)}{(line.Detail.Length == 0 ? "" : $"<span class=\"detail\">{E(line.Detail)}</span>")}</td><td>{PageOf(line, pages)}</td></tr>");
                html.Append("</tbody></table>");
                break;
            case PackParagraph p: html.Append($"<p>{E(p.Text)}</p>"); break;
            case PackSubheading h: html.Append($"<h3>{E(h.Text)}</h3>"); break;
            case PackBullets b: html.Append("<ul>").AppendJoin("", b.Items.Select(i => $"<li>{E(i)}</li>")).Append("</ul>"); break;
            case PackKeyValues kv: html.Append("<dl>").AppendJoin("", kv.Pairs.Select(p => $"<dt>{E(p.Key)}</dt><dd>{E(p.Value)}</dd>")).Append("</dl>"); break;
            case PackTable t:
                string Cell(string tag, string text, int column) => $"<{tag}{(t.NumericColumns?.Contains(column) == true ? " class=\"num\"" : "")}>{E(text)}</{tag}>";
                html.Append($"<table><caption>{E(t.Caption)}</caption><thead><tr>").AppendJoin("", t.Header.Select((h, i) => Cell("th", h, i))).Append("</tr></thead><tbody>");
                foreach (var row in t.Rows) html.Append("<tr>").AppendJoin("", row.Select((c, i) => Cell("td", c, i))).Append("</tr>");
                html.Append("</tbody></table>");
                break;
        }
    }

    /// <summary>The page an agenda line's papers start on; blank for an item without papers.</summary>
    public static string PageOf(AgendaLine line, IReadOnlyDictionary<string, int>? pages) =>
        line.Section is { } section && pages?.TryGetValue(section, out var page) == true ? page.ToString() : "";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}

public static class PackText
{
    public const string RestrictedBanner = "RESTRICTED: this pack contains confidential items. Do not share it outside the board.";
}
