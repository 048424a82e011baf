using DocumentFormat.OpenXml.Wordprocessing;

namespace CorporateParenting.Web.Documents;

/// <summary>The few styles the pack uses, sized like the PDF's print CSS; headings carry outline levels so the contents can find them.</summary>
internal static class WordStyles
{
    public static Styles Create() => new(
        new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(
            new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial" }, new Color { Val = "0B0C0C" }, new FontSize { Val = "22" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
        Paragraph("Normal", "Normal", null, null, null),
        Paragraph("Title", "Title", "52", null, new SpacingBetweenLines { Before = "2400", After = "240" }),
        Paragraph("Heading1", "heading 1", "34", 0, new SpacingBetweenLines { After = "200" }),
        Paragraph("Heading2", "heading 2", "26", 1, new SpacingBetweenLines { Before = "240", After = "80" }),
        Paragraph("TOC1", "toc 1", null, null, new SpacingBetweenLines { After = "80" }));

    private static Style Paragraph(string id, string name, string? size, int? outline, SpacingBetweenLines? spacing)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = id == "Normal" };
        style.Append(new StyleName { Val = name });
        if (id != "Normal") style.Append(new BasedOn { Val = "Normal" }, new PrimaryStyle());
        // Schema order: keepNext, then spacing, then the outline level.
        var paragraph = new StyleParagraphProperties();
        if (outline is not null) paragraph.Append(new KeepNext());
        if (spacing is not null) paragraph.Append(spacing);
        if (outline is not null) paragraph.Append(new OutlineLevel { Val = outline });
        style.Append(paragraph);
        if (size is not null) style.Append(new StyleRunProperties(new Bold(), new FontSize { Val = size }));
        return style;
    }
}
