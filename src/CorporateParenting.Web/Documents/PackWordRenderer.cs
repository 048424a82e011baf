using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CorporateParenting.Web.Documents;

/// <summary>
/// The same pack as a Word document: A4 with the PDF's margins, a cover, a contents field whose
/// shown result carries the PDF's page numbers (Word refreshes it on opening), each section on a new
/// page, and a footer with the title and "Page X of Y" as Word fields. Other exports reuse it for one-section documents.
/// </summary>
public static class PackWordRenderer
{
    private const int SideMargin = 1020;

    /// <summary>
    /// Landscape suits wide tables (the action plan); the pack itself is portrait like the PDF. A section's
    /// Word paper comes in whole after its cover sheet (an altChunk: Word merges it in on opening, with its own
    /// text and styles); any other paper is named with its pages in the PDF pack (<paramref name="papers"/>), ADR 37.
    /// </summary>
    public static byte[] Render(PackDocument pack, IReadOnlyDictionary<string, int>? pages, bool landscape = false, IReadOnlyDictionary<string, PaperInPack>? papers = null)
    {
        var (pageWidth, pageHeight) = landscape ? (16838, 11906) : (11906, 16838);
        var textWidth = pageWidth - 2 * SideMargin;
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = WordStyles.Create();
            main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(new UpdateFieldsOnOpen { Val = true });
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = Footer(pack, textWidth);
            var body = new Body();
            body.Append(Para(pack.Title, "Title"), Para(pack.Subtitle));
            if (pack.Restricted) body.Append(Para(PackText.RestrictedBanner, bold: true, colour: "D4351C"));
            foreach (var block in pack.Front ?? []) body.Append(Blocks(block, textWidth, pages));
            // A one-section document (the work programme) needs neither contents nor a page per section.
            var paged = pack.Sections.Count > 1;
            if (paged) body.Append(Contents(pack, pages, textWidth));
            foreach (var section in pack.Sections)
            {
                body.Append(Para(section.Heading, "Heading1", pageBreakBefore: paged));
                foreach (var block in section.Blocks) body.Append(Blocks(block, textWidth, pages));
                if (section.Paper is { } paper) body.Append(Paper(main, paper, papers?.GetValueOrDefault(section.Heading)));
            }
            body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                new PageSize { Width = (uint)pageWidth, Height = (uint)pageHeight, Orient = landscape ? PageOrientationValues.Landscape : PageOrientationValues.Portrait },
                new PageMargin { Top = 1134, Bottom = 1247, Left = SideMargin, Right = SideMargin, Header = 567U, Footer = 567U }));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static IEnumerable<OpenXmlElement> Contents(PackDocument pack, IReadOnlyDictionary<string, int>? pages, int textWidth)
    {
        yield return Para("Contents", "Heading1", pageBreakBefore: true, outline: false);
        // A TOC field over the section headings; its result is filled with the PDF's page numbers until Word updates it.
        yield return new Paragraph(new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = true }),
            new Run(new FieldCode(" TOC \\o \"1-1\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
        foreach (var section in pack.Sections)
        {
            var page = pages?.TryGetValue(section.Heading, out var p) == true ? p.ToString() : "";
            yield return new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = "TOC1" }, new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = textWidth })),
                new Run(new Text(XmlSafe(section.Heading))), new Run(new TabChar()), new Run(new Text(page)));
        }
        yield return new Paragraph(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
    }

    /// <summary>A Word paper as an altChunk after a page break; a PDF (or an unreadable file) as a line saying where it is.</summary>
    private static IEnumerable<OpenXmlElement> Paper(MainDocumentPart main, PackPaper paper, PaperInPack? inPdf)
    {
        if (IsWordDocument(paper))
        {
            yield return Para($"The paper follows: {paper.FileName}.");
            var part = main.AddAlternativeFormatImportPart(AlternativeFormatImportPartType.WordprocessingML);
            using (var stream = new MemoryStream(paper.Content)) part.FeedData(stream);
            yield return new Paragraph(new Run(new Break { Type = BreakValues.Page }));
            yield return new AltChunk { Id = main.GetIdOfPart(part) };
            yield break;
        }
        yield return Para(inPdf is { Merged: true }
            ? $"The paper, {paper.FileName}, is printed on {(inPdf.FirstPage == inPdf.LastPage ? $"page {inPdf.FirstPage}" : $"pages {inPdf.FirstPage} to {inPdf.LastPage}")} of the PDF pack."
            : $"The paper, {paper.FileName}, is {(inPdf?.Problem is { } problem ? $"not printed in the packs ({problem})" : "in the PDF pack")}: it can also be read on the paper's page in the Hub.");
    }

    /// <summary>Only a .docx that opens as one goes in whole: a damaged file would stop Word opening the pack.</summary>
    private static bool IsWordDocument(PackPaper paper)
    {
        if (!Path.GetExtension(paper.FileName).Equals(".docx", StringComparison.OrdinalIgnoreCase)) return false;
        try
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(paper.Content), false);
            return document.MainDocumentPart?.Document?.Body is not null;
        }
        catch (Exception error) when (error is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException or ArgumentException or FormatException)
        {
            return false;
        }
    }

    private static IEnumerable<OpenXmlElement> Blocks(PackBlock block, int textWidth, IReadOnlyDictionary<string, int>? pages)
    {
        switch (block)
        {
            case PackAgenda agenda:
                yield return Para("Agenda items in order", bold: true);
                yield return Table(new PackTable("Agenda items in order", ["Item", "Title", "Page"],
                    agenda.Lines.Select(l => (IReadOnlyList<string>)[l.Number, l.Detail.Length == 0 ? l.Title : $"{l.Title}\n{l.Detail}", PackHtml.PageOf(l, pages)]).ToList(), new HashSet<int> { 2 }), textWidth);
                yield return Para("");
                break;
            case PackParagraph p: yield return Para(p.Text); break;
            case PackSubheading h: yield return Para(h.Text, "Heading2"); break;
            case PackBullets b: foreach (var item in b.Items) yield return Para("• " + item); break;
            case PackKeyValues kv:
                foreach (var (key, value) in kv.Pairs) { yield return Para(key, bold: true); yield return Para(value); }
                break;
            case PackTable t:
                yield return Para(t.Caption, bold: true);
                yield return Table(t, textWidth);
                yield return Para("");
                break;
        }
    }

    private static Table Table(PackTable t, int textWidth)
    {
        var border = new TableBorders(new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "B1B4B6" }, new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "B1B4B6" });
        // The grid is required by the schema; equal columns, which Word's autofit then adjusts to the text.
        var grid = new TableGrid(t.Header.Select(_ => new GridColumn { Width = (textWidth / t.Header.Count).ToString() }));
        var table = new Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }, border), grid);
        TableCell Cell(string text, int column, bool header) => new(new Paragraph(
            new ParagraphProperties(new Justification { Val = t.NumericColumns?.Contains(column) == true ? JustificationValues.Right : JustificationValues.Left }),
            TextRun(text, header ? new RunProperties(new Bold(), new FontSize { Val = "18" }) : new RunProperties(new FontSize { Val = "18" }))));
        TableRow Row(OpenXmlElement properties, IEnumerable<TableCell> cells)
        {
            var row = new TableRow(properties);
            row.Append(cells);
            return row;
        }
        table.Append(Row(new TableRowProperties(new TableHeader()), t.Header.Select((h, i) => Cell(h, i, true))));
        foreach (var row in t.Rows) table.Append(Row(new TableRowProperties(new CantSplit()), row.Select((c, i) => Cell(c, i, false))));
        return table;
    }

    private static Footer Footer(PackDocument pack, int textWidth)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new Tabs(new TabStop { Val = TabStopValues.Right, Position = textWidth })),
            new Run(new RunProperties(new FontSize { Val = "16" }), new Text(XmlSafe(pack.Title) + (pack.Restricted ? " · RESTRICTED" : "")) { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new TabChar()), new Run(new RunProperties(new FontSize { Val = "16" }), new Text("Page ") { Space = SpaceProcessingModeValues.Preserve }));
        paragraph.Append(new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " });
        paragraph.Append(new Run(new RunProperties(new FontSize { Val = "16" }), new Text(" of ") { Space = SpaceProcessingModeValues.Preserve }));
        paragraph.Append(new SimpleField(new Run(new Text("1"))) { Instruction = " NUMPAGES " });
        return new Footer(paragraph);
    }

    private static Paragraph Para(string text, string? style = null, bool pageBreakBefore = false, bool bold = false, string? colour = null, bool outline = true)
    {
        var properties = new ParagraphProperties();
        if (style is not null) properties.Append(new ParagraphStyleId { Val = style });
        if (pageBreakBefore) properties.Append(new PageBreakBefore());
        if (!outline) properties.Append(new OutlineLevel { Val = 9 });   // "Contents" itself stays out of the contents
        var run = TextRun(text, null);
        if (bold || colour is not null)
        {
            var look = new RunProperties();
            if (bold) look.Append(new Bold());
            if (colour is not null) look.Append(new Color { Val = colour });
            run.PrependChild(look);
        }
        return new Paragraph(properties, run);
    }

    /// <summary>A run whose line breaks are Word line breaks (a Text element would show them as spaces).</summary>
    private static Run TextRun(string text, RunProperties? look)
    {
        var run = new Run();
        if (look is not null) run.Append(look);
        var lines = XmlSafe(text).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) run.Append(new Break());
            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        return run;
    }

    /// <summary>
    /// Text as XML can carry it: Word's soft return (\v, pasted from Office) and carriage returns become
    /// line breaks, other control characters are dropped; surrogate pairs (emoji) are kept whole.
    /// </summary>
    internal static string XmlSafe(string text)
    {
        var clean = new System.Text.StringBuilder(text.Length);
        var normalised = text.Replace("\r\n", "\n").Replace('\r', '\n').Replace('\v', '\n');
        for (var i = 0; i < normalised.Length; i++)
        {
            var c = normalised[i];
            if (char.IsHighSurrogate(c) && i + 1 < normalised.Length && char.IsLowSurrogate(normalised[i + 1])) { clean.Append(c).Append(normalised[++i]); continue; }
            if (System.Xml.XmlConvert.IsXmlChar(c)) clean.Append(c);
        }
        return clean.ToString();
    }
}
