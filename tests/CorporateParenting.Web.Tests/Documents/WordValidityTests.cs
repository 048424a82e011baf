using CorporateParenting.Data;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Documents;

/// <summary>
/// Every Word document the Hub writes passes the OpenXML SDK's schema validation for Office 2019,
/// so Word opens it without a repair prompt (reading text back would not notice a misplaced element).
/// </summary>
public sealed class WordValidityTests(DemoHub hub) : IClassFixture<DemoHub>
{
    public static TheoryData<string> Documents => new()
    {
        "/Governance/Meetings/Pack/{meeting}?handler=Word",
        "/Governance/Meetings/Pack/{meeting}?handler=Word&restricted=true",
        "/Governance/WorkProgramme?handler=Word",
        "/Strategy?handler=Word",
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task The_document_is_valid_OpenXml(string path)
    {
        // The themed meeting: its pack has every section, the working-group report included.
        var meeting = await hub.WithScope(s => s.GetRequiredService<HubDbContext>().Meetings.Where(m => m.Theme == "Ready for adult life").OrderByDescending(m => m.Date).Select(m => m.Id).FirstAsync());   // the current year's: earlier years had one too
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        var bytes = await officer.GetByteArrayAsync(path.Replace("{meeting}", meeting.ToString()));

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").Take(5).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        Assert.NotEmpty(document.MainDocumentPart!.Document.Body!.InnerText);
    }
}

public sealed class WordTextTests
{
    [Fact]
    public void Text_pasted_from_Office_with_control_characters_still_makes_a_valid_document()
    {
        var pack = new global::CorporateParenting.Web.Documents.PackDocument("Title\u0001", "Sub", false,
            [new("Section", [new global::CorporateParenting.Web.Documents.PackParagraph("First line\u000BSecond line\u0007 with a 🎉"), new global::CorporateParenting.Web.Documents.PackTable("T", ["A"], [["x\u001Fy"]])])]);
        var bytes = global::CorporateParenting.Web.Documents.PackWordRenderer.Render(pack, null);

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document));
        var body = document.MainDocumentPart!.Document.Body!;
        Assert.Contains("First lineSecond line with a 🎉", body.InnerText);   // the soft return became a Word line break
        Assert.Contains(body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Break>(), _ => true);
        Assert.Contains("xy", body.InnerText);
    }
}
