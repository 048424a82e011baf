using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace CorporateParenting.Web.Documents;

/// <summary>
/// Puts the Hub's pages and the papers' pages together (PDFsharp): each paper straight after the last page
/// of its cover sheet, then every page numbered "Page X of Y" of the whole pack with the pack's title, as a
/// committee clerk's agenda pack is. On a paper's page the stamp sits on a small white ground, so it stays
/// legible over whatever the paper printed there.
/// </summary>
public static class PackMerger
{
    public static string Footer(PackDocument pack) => pack.Title + (pack.Restricted ? " · RESTRICTED" : "");

    /// <param name="starts">Each section's first page in the Hub's own print.</param>
    /// <param name="pages">Each section's first page in the merged pack (already in the contents and agenda).</param>
    public static RenderedPack Merge(PackDocument pack, byte[] hubPdf, IReadOnlyDictionary<string, int> starts, IReadOnlyDictionary<string, int> pages, IReadOnlyDictionary<string, PaperPdf> papers)
    {
        PackFonts.Install();
        using var hub = PdfReader.Open(new MemoryStream(hubPdf), PdfDocumentOpenMode.Import);
        using var output = new PdfDocument();
        output.Info.Title = pack.Title;
        var placed = new Dictionary<string, PaperInPack>();
        var paperPages = new HashSet<int>();
        var next = 0;
        for (var i = 0; i < pack.Sections.Count; i++)
        {
            var section = pack.Sections[i];
            var end = i + 1 < pack.Sections.Count ? starts[pack.Sections[i + 1].Heading] - 1 : hub.PageCount;
            while (next < end) output.AddPage(hub.Pages[next++]);
            if (!papers.TryGetValue(section.Heading, out var paper)) continue;
            if (paper.Pdf is null)
            {
                placed[section.Heading] = new PaperInPack(section.Paper!.FileName, 0, 0, paper.Problem);
                continue;
            }
            using var document = PdfReader.Open(new MemoryStream(paper.Pdf), PdfDocumentOpenMode.Import);
            var first = output.PageCount + 1;
            foreach (var page in document.Pages)
            {
                paperPages.Add(output.PageCount);
                output.AddPage(page);
            }
            placed[section.Heading] = new PaperInPack(section.Paper!.FileName, first, output.PageCount, null);
        }
        while (next < hub.PageCount) output.AddPage(hub.Pages[next++]);
        Number(output, Footer(pack), paperPages);
        var count = output.PageCount;   // PDFsharp refuses to read a document once saved
        using var stream = new MemoryStream();
        output.Save(stream);
        return new RenderedPack(stream.ToArray(), pages, count, placed);
    }

    /// <summary>The footer Chromium prints on its own documents, drawn on every page of the merged pack.</summary>
    private static void Number(PdfDocument output, string footer, IReadOnlySet<int> paperPages)
    {
        var font = new XFont(PackFonts.Family, 8);
        var margin = XUnit.FromMillimeter(18).Point;
        for (var i = 0; i < output.PageCount; i++)
        {
            var page = output.Pages[i];
            using var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var (width, height) = (graphics.PageSize.Width, graphics.PageSize.Height);
            var baseline = height - XUnit.FromMillimeter(9).Point;
            var number = $"Page {i + 1} of {output.PageCount}";
            var numberWidth = graphics.MeasureString(number, font).Width;
            var footerText = Fit(graphics, footer, font, width - 2 * margin - numberWidth - 20);
            if (paperPages.Contains(i))
            {
                graphics.DrawRectangle(XBrushes.White, margin - 3, baseline - 9, graphics.MeasureString(footerText, font).Width + 6, 12);
                graphics.DrawRectangle(XBrushes.White, width - margin - numberWidth - 3, baseline - 9, numberWidth + 6, 12);
            }
            graphics.DrawString(footerText, font, XBrushes.Black, margin, baseline);
            graphics.DrawString(number, font, XBrushes.Black, width - margin - numberWidth, baseline);
        }
    }

    /// <summary>A long title is cut with an ellipsis rather than run into the page number (or off a narrow paper's page).</summary>
    private static string Fit(XGraphics graphics, string text, XFont font, double room)
    {
        if (graphics.MeasureString(text, font).Width <= room) return text;
        while (text.Length > 1 && graphics.MeasureString(text + "…", font).Width > room) text = text[..^1];
        return text.TrimEnd() + "…";
    }
}
