using System.Globalization;
using System.Text;

namespace CorporateParenting.Web.Features.Demo;

/// <summary>
/// A demo paper as a small PDF of its own, written by hand with the PDF's built-in Helvetica (no font files,
/// no renderer), so the demo pack merges real papers on any machine. Invented text; A4 pages with the
/// paper's own "Page N" at the foot, as a service's report would have.
/// </summary>
public static class DemoPaperPdf
{
    private const double Left = 64, Top = 780, Bottom = 80, Width = 467;

    public static byte[] Create(string title, string summary, string ask)
    {
        var lines = new List<(string Text, bool Bold, double Size)>();
        void Heading(string text) { lines.Add(("", false, 6)); lines.Add((text, true, 13)); }
        void Text(string text) { foreach (var line in Wrap(text, 11)) lines.Add((line, false, 11)); lines.Add(("", false, 5)); }
        lines.Add((title, true, 20));
        Text("Northbridge Borough Council (demo): an invented paper for the demonstration board. No real child or person is described.");
        Heading("1. Purpose of the report");
        Text(summary);
        Heading("2. Recommendations");
        Text($"The board is asked to: {ask}");
        Heading("3. Progress since the last report");
        foreach (var point in Progress) Text(point);
        Heading("4. What children and young people told us");
        Text("Twelve young people answered the service's survey. Their main message was to be told sooner when plans change, and to have one worker who knows them.");
        Heading("5. Risks and what we are doing about them");
        foreach (var point in Risks) Text(point);
        Heading("6. Background papers");
        Text("None. Contact the report's author through the Corporate Parenting Officer.");
        return Write(Paginate(lines));
    }

    private static readonly string[] Progress =
    [
        "Placement stability has held steady: most children who have been in care for two and a half years have lived in the same home for two years or more.",
        "Every child's plan was reviewed on time this quarter, and independent reviewing officers met each child before their review.",
        "The service has recruited nine new foster families this year against a target of twelve. The recruitment campaign moves to local radio in the spring.",
        "Personal education plans were completed for nearly every school-age child in care, and their quality was rated good or better in four of five cases sampled.",
        "Health assessments: initial assessments within twenty working days improved after the new booking arrangement with the community paediatric team.",
        "Care leavers in education, employment or training rose this year, helped by the council's guaranteed apprenticeship interviews.",
    ];

    private static readonly string[] Risks =
    [
        "Sufficiency: there are too few local homes for teenagers with complex needs; the commissioning team is working with two providers on new homes in the borough.",
        "Workforce: turnover of social workers remains above the regional average; the retention offer is being reviewed with staff and young people.",
        "Budget: the cost of placements away from the borough continues to rise; the board will receive the sufficiency strategy update at its next meeting.",
    ];

    private static IEnumerable<string> Wrap(string text, double size)
    {
        // Helvetica averages about half an em a character: a safe measure for wrapping plain prose.
        var perLine = (int)(Width / (size * 0.5));
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > perLine) { yield return line.ToString(); line.Clear(); }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) yield return line.ToString();
    }

    private static List<List<(string Text, bool Bold, double Size, double Y)>> Paginate(List<(string Text, bool Bold, double Size)> lines)
    {
        var pages = new List<List<(string, bool, double, double)>> { new() };
        var y = Top;
        foreach (var (text, bold, size) in lines)
        {
            var height = size * 1.35;
            if (y - height < Bottom) { pages.Add([]); y = Top; }
            y -= height;
            if (text.Length > 0) pages[^1].Add((text, bold, size, y));
        }
        return pages;
    }

    private static byte[] Write(List<List<(string Text, bool Bold, double Size, double Y)>> pages)
    {
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "", // the page tree, once the pages' numbers are known
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        };
        var kids = new List<int>();
        for (var p = 0; p < pages.Count; p++)
        {
            var content = new StringBuilder();
            foreach (var (text, bold, size, y) in pages[p])
                content.Append(CultureInfo.InvariantCulture, $"BT /{(bold ? "F2" : "F1")} {size} Tf {Left} {y:0.##} Td ({Escape(text)}) Tj ET\n");
            content.Append(CultureInfo.InvariantCulture, $"BT /F1 9 Tf 280 40 Td (Page {p + 1}) Tj ET\n");
            objects.Add($"<< /Length {Encoding.Latin1.GetByteCount(content.ToString())} >>\nstream\n{content}endstream");
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {objects.Count} 0 R >>");
            kids.Add(objects.Count);
        }
        objects[1] = $"<< /Type /Pages /Kids [{string.Join(" ", kids.Select(k => $"{k} 0 R"))}] /Count {kids.Count} >>";

        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(pdf.ToString()));
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = Encoding.Latin1.GetByteCount(pdf.ToString());
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    /// <summary>PDF string syntax; anything outside Latin-1 (curly quotes) becomes its plain form.</summary>
    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)")
        .Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"').Replace('\u2013', '-');
}
