using CorporateParenting.Data.Voice;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CorporateParenting.Web.Features.Voice.YouthGroups;

/// <summary>A group's report as a one-page Word file: the paper's download, for those who print papers.</summary>
public static class YouthReportDocument
{
    public static byte[] Word(string groupName, YouthGroupReport report)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            body.Append(Heading($"{groupName}: our report to the board", "36"));
            foreach (var (heading, text) in Parts(report))
            {
                body.Append(Heading(heading, "28"));
                foreach (var line in text.Split('\n')) body.Append(new Paragraph(new Run(new Text(line.TrimEnd('\r')) { Space = SpaceProcessingModeValues.Preserve })));
            }
            document.AddMainDocumentPart().Document = new Document(body);
        }
        return stream.ToArray();
    }

    /// <summary>The form's three parts, in its own words, as the pack and the report page print them.</summary>
    public static IEnumerable<(string Heading, string Text)> Parts(YouthGroupReport report)
    {
        yield return ("What we talked about", report.TalkedAbout ?? "");
        yield return ("What we want the board to know", report.WantBoardToKnow ?? "");
        var questions = report.Questions.OrderBy(q => q.Order).ToList();
        yield return ("Our questions for the board", questions.Count == 0 ? "No questions this time." : string.Join("\n", questions.Select(q => $"{q.Order}. {q.Text}")));
    }

    private static Paragraph Heading(string text, string size) =>
        new(new Run(new RunProperties(new Bold(), new FontSize { Val = size }), new Text(text)));
}
