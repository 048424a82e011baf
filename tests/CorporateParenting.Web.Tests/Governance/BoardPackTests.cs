using System.Net;
using System.Text.RegularExpressions;
using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace CorporateParenting.Web.Tests.Governance;

/// <summary>
/// The board pack read back from the files themselves: the PDF's text page by page (PdfPig) and the
/// Word document's parts (OpenXML). Needs Debian's Chromium, which scripts/test.sh installs.
/// </summary>
public sealed class BoardPackTests(DemoHub hub) : IClassFixture<DemoHub>
{
    /// <summary>The sections the builder puts in the meeting's public pack, in order: the PDF and Word must list them all.</summary>
    private async Task<string[]> SectionsAsync(int meetingId) =>
        (await hub.WithScopeAsync(s => s.GetRequiredService<Features.Governance.Pack.BoardPackBuilder>().BuildAsync(meetingId, restricted: false, CancellationToken.None)))!
            .Sections.Select(s => s.Heading).ToArray();

    private async Task<Meeting> MeetingWithConfidentialItemAsync() => await hub.WithScopeAsync(s =>
        s.GetRequiredService<HubDbContext>().Meetings.Include(m => m.Items).SingleAsync(m => m.Items.Any(i => i.Confidential)));

    private static string Squash(string text) => Regex.Replace(text, "\\s+", "");

    [Fact]
    public async Task The_public_pdf_has_a_cover_a_true_contents_page_numbers_on_every_page_and_no_confidential_item()
    {
        var meeting = await MeetingWithConfidentialItemAsync();
        var secret = meeting.Items.Single(i => i.Confidential).Title;
        using var member = hub.ClientAs(HubRoles.BoardMember);
        var bytes = await member.GetByteArrayAsync($"/Governance/Meetings/Pack/{meeting.Id}?handler=Pdf");
        Save("board-pack.pdf", bytes);

        using var pdf = PdfDocument.Open(bytes);
        var pages = pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
        Assert.Contains($"Corporate Parenting Board, {Infrastructure.DateDisplay.Long(meeting.Date)}", pages[0]);
        for (var i = 0; i < pages.Count; i++) Assert.Contains($"Page {i + 1} of {pages.Count}", pages[i]);

        Assert.Contains("Membership", pages[0]);
        Assert.Contains("Clerk to the board", pages[0]);
        Assert.Contains("Date of publication", pages[0]);
        var contents = pages[1];
        var sections = await SectionsAsync(meeting.Id);
        Assert.True(sections.Length > 3, "the pack has sections beyond the agenda");
        foreach (var section in sections)
        {
            var listed = Regex.Match(Squash(contents), Regex.Escape(Squash(section)) + "(\\d+)");
            Assert.True(listed.Success, $"the contents list {section}");
            var page = int.Parse(listed.Groups[1].Value);
            Assert.StartsWith(Squash(section), Squash(pages[page - 1]));   // the section's heading opens the page the contents gives
        }
        Assert.DoesNotContain(Squash(secret), Squash(string.Concat(pages)));
        Assert.DoesNotContain("RESTRICTED", string.Concat(pages));
    }

    [Fact]
    public async Task The_restricted_pack_has_the_confidential_item_and_says_so_on_every_page_and_members_cannot_have_it()
    {
        var meeting = await MeetingWithConfidentialItemAsync();
        using var member = hub.ClientAs(HubRoles.BoardMember);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/Governance/Meetings/Pack/{meeting.Id}?handler=Pdf&restricted=true")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/Governance/Meetings/Pack/{meeting.Id}?handler=Word&restricted=true")).StatusCode);

        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        var bytes = await officer.GetByteArrayAsync($"/Governance/Meetings/Pack/{meeting.Id}?handler=Pdf&restricted=true");
        using var pdf = PdfDocument.Open(bytes);
        var pages = pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
        // The title's first words: a table cell may wrap, and a PDF's text runs row by row across the columns.
        var title = meeting.Items.Single(i => i.Confidential).Title;
        Assert.Contains(Squash(title[..title.IndexOf('(')]), Squash(string.Concat(pages)));
        Assert.All(pages, p => Assert.Contains("RESTRICTED", p));
    }

    [Fact]
    public async Task The_word_pack_has_the_same_sections_and_contents_page_numbers_as_the_pdf_and_page_fields_in_its_footer()
    {
        var meeting = await MeetingWithConfidentialItemAsync();
        using var member = hub.ClientAs(HubRoles.BoardMember);
        var pdfBytes = await member.GetByteArrayAsync($"/Governance/Meetings/Pack/{meeting.Id}?handler=Pdf");
        var docx = await member.GetByteArrayAsync($"/Governance/Meetings/Pack/{meeting.Id}?handler=Word");
        Save("board-pack.docx", docx);

        using var pdf = PdfDocument.Open(pdfBytes);
        var contents = Squash(string.Join(" ", pdf.GetPage(2).GetWords().Select(w => w.Text)));
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var body = word.MainDocumentPart!.Document.Body!;
        var paragraphs = body.Descendants<Paragraph>().ToList();
        string StyleOf(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";

        var sections = await SectionsAsync(meeting.Id);
        Assert.Equal(sections.Prepend("Contents"), paragraphs.Where(p => StyleOf(p) == "Heading1").Select(p => p.InnerText));
        Assert.All(paragraphs.Where(p => StyleOf(p) == "Heading1"), p => Assert.NotNull(p.ParagraphProperties!.PageBreakBefore));
        var entries = paragraphs.Where(p => StyleOf(p) == "TOC1").Select(p => p.InnerText).ToList();
        Assert.Equal(sections.Length, entries.Count);
        foreach (var entry in entries) Assert.Contains(Squash(entry), contents);   // heading and the same page number as the PDF
        Assert.Contains(body.Descendants<FieldCode>(), f => f.Text.Contains("TOC"));

        var footer = word.MainDocumentPart.FooterParts.Single().Footer!;
        Assert.Equal([" PAGE ", " NUMPAGES "], footer.Descendants<SimpleField>().Select(f => f.Instruction!.Value));
        Assert.Contains("Agenda items in order", body.InnerText);
        Assert.DoesNotContain(meeting.Items.Single(i => i.Confidential).Title, body.InnerText);
    }

    private static void Save(string name, byte[] bytes)
    {
        if (Environment.GetEnvironmentVariable("HUB_TEST_ARTIFACTS") is { Length: > 0 } folder) File.WriteAllBytes(Path.Combine(folder, name), bytes);
    }
}
