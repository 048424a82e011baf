using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using CorporateParenting.Data;
using CorporateParenting.Data.AnnualReports;
using CorporateParenting.Data.CorporateParents;
using CorporateParenting.Data.Governance;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Features.AnnualReports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace CorporateParenting.Web.Tests.AnnualReports;

/// <summary>
/// The annual report's workflow (ADR 30) and its files: started for an ended year once, narrative only while a draft,
/// approval refused while a narrative-only section is empty, approval keeping PDF and Word that read back right, the
/// kept bytes served whatever changes, submission freezing it, and the comparison with last year's report.
/// Each test starts its own reports in municipal years of its own. Needs Debian's Chromium.
/// </summary>
public sealed class AnnualReportWorkflowTests(AnnualReportHub hub) : IClassFixture<AnnualReportHub>
{
    private const string ForewordSentence = "The board heard from young people at every meeting this year.";

    private Task<T> Use<T>(Func<AnnualReportWorkflow, HubDbContext, Task<T>> use) =>
        hub.WithScopeAsync(s => use(s.GetRequiredService<AnnualReportWorkflow>(), s.GetRequiredService<HubDbContext>()));

    private Task<AnnualReport> StartAsync(int year) => Use((w, _) => w.StartAsync(
        new NewAnnualReport(ReportYearKind.Municipal, year, $"Annual report {year}", AnnualReportWorkflow.DefaultReportTo, "Cllr Test, Chair", new DateOnly(year + 1, 6, 1)), default));

    private Task SaveAsync(int id, string key, string? text) => Use(async (w, _) => { await w.SaveNarrativeAsync(id, key, text, "officer@test.example", default); return 0; });

    private Task<AnnualReport> ReloadAsync(int id) => Use((_, db) => db.AnnualReports.AsNoTracking().Include(r => r.Narratives).SingleAsync(r => r.Id == id));

    private static string Squash(string text) => Regex.Replace(text, "\\s+", "");

    [Fact]
    public async Task A_report_is_started_only_for_a_year_that_has_ended_and_only_once()
    {
        var notEnded = await Assert.ThrowsAsync<AnnualReportRuleException>(() => Use((w, _) => w.StartAsync(
            new NewAnnualReport(ReportYearKind.Financial, DateTime.UtcNow.Year, "Too soon", "O&S", "Chair", new DateOnly(2030, 1, 1)), default)));
        Assert.Contains("has not ended yet", notEnded.Message);

        var report = await StartAsync(2003);
        Assert.Equal((new DateOnly(2003, 5, 1), new DateOnly(2004, 4, 30), AnnualReportStatus.Draft), (report.YearStart, report.YearEnd, report.Status));
        var duplicate = await Assert.ThrowsAsync<AnnualReportRuleException>(() => StartAsync(2003));
        Assert.Equal("There is already a report for the municipal year 2003-04", duplicate.Message);
        Assert.Equal(1, await Use((_, db) => db.AnnualReports.CountAsync(r => r.YearKind == ReportYearKind.Municipal && r.YearStart.Year == 2003)));
    }

    [Fact]
    public async Task Narrative_is_written_replaced_and_removed_for_known_sections_only()
    {
        var report = await StartAsync(2004);
        await SaveAsync(report.Id, AnnualReportSectionKeys.Foreword, "  First words.  ");
        Assert.Equal("First words.", (await ReloadAsync(report.Id)).Narratives.Single().Text);
        await SaveAsync(report.Id, AnnualReportSectionKeys.Foreword, "Second words.");
        Assert.Equal("Second words.", (await ReloadAsync(report.Id)).Narratives.Single().Text);
        await SaveAsync(report.Id, AnnualReportSectionKeys.Foreword, "   ");
        Assert.Empty((await ReloadAsync(report.Id)).Narratives);

        var unknown = await Assert.ThrowsAsync<AnnualReportRuleException>(() => SaveAsync(report.Id, "no-such-section", "Words."));
        Assert.Contains("no section", unknown.Message);
        await Assert.ThrowsAsync<AnnualReportRuleException>(() => SaveAsync(report.Id, AnnualReportSectionKeys.Foreword, new string('x', AnnualReportWorkflow.NarrativeMaxLength + 1)));
        Assert.Empty((await ReloadAsync(report.Id)).Narratives);
    }

    [Fact]
    public async Task Approval_is_refused_while_a_narrative_only_section_is_empty_and_the_refusal_names_it()
    {
        var report = await StartAsync(2005);
        await SaveAsync(report.Id, AnnualReportSectionKeys.Meetings, "The meetings went well.");   // a section with figures does not need words
        var refused = await Assert.ThrowsAsync<AnnualReportRuleException>(() => Use((w, _) => w.ApproveAsync(report.Id, "chair@test.example", default)));
        Assert.Contains("\u201cForeword\u201d", refused.Message);
        Assert.DoesNotContain(MeetingsTestSection.SectionTitle, refused.Message);
        Assert.Equal(AnnualReportStatus.Draft, (await ReloadAsync(report.Id)).Status);
        Assert.False(await Use((_, db) => db.AnnualReportFiles.AnyAsync(f => f.ReportId == report.Id)));
    }

    [Fact]
    public async Task Approval_keeps_a_pdf_and_word_with_contents_page_numbers_the_names_the_narrative_and_the_figures()
    {
        var report = await StartAsync(2006);
        await SaveAsync(report.Id, AnnualReportSectionKeys.Foreword, ForewordSentence + "\n\nA second paragraph.");
        var files = await Use((w, _) => w.ApproveAsync(report.Id, "Cllr Test", default));
        var members = await Use((_, db) => BoardSizeTestSection.CountAsync(db));
        Save("annual-report-test-sections.pdf", files.Pdf);
        Save("annual-report-test-sections.docx", files.Word);

        using var pdf = PdfDocument.Open(files.Pdf);
        var pages = pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
        Assert.Equal(files.PageCount, pages.Count);
        Assert.Contains("Testshire County Council", pages[0]);
        Assert.Contains("Corporate Parenting Board", pages[0]);
        Assert.Contains("Report to: Overview and Scrutiny Committee", pages[0]);
        for (var i = 0; i < pages.Count; i++) Assert.Contains($"Page {i + 1} of {pages.Count}", pages[i]);
        string[] sections = ["Foreword", MeetingsTestSection.SectionTitle, BoardSizeTestSection.SectionTitle];
        foreach (var section in sections)
        {
            var listed = Regex.Match(Squash(pages[1]), Regex.Escape(Squash(section)) + "(\\d+)");
            Assert.True(listed.Success, $"the contents list {section}");
            Assert.StartsWith(Squash(section), Squash(pages[int.Parse(listed.Groups[1].Value) - 1]));
        }
        var all = Squash(string.Join(" ", pages));
        Assert.Contains(Squash(ForewordSentence), all);
        Assert.Contains(Squash($"{BoardSizeTestSection.Label} {members}"), all);
        Assert.Contains(Squash("Source: Board membership"), all);
        Assert.DoesNotContain(Squash(AnnualReportDrafter.NarrativeMarker), all);   // an approved report carries no draft marks
        Assert.DoesNotContain("DRAFT", string.Join(" ", pages));

        using var word = WordprocessingDocument.Open(new MemoryStream(files.Word), false);
        var body = word.MainDocumentPart!.Document.Body!;
        var headings = body.Descendants<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText);
        Assert.Equal(sections.Prepend("Contents"), headings);
        Assert.Contains("Testshire County Council", body.InnerText);
        Assert.Contains(ForewordSentence, body.InnerText);
        Assert.Contains("Source: Board membership", body.InnerText);
        Assert.Equal(AnnualReportStatus.Approved, (await ReloadAsync(report.Id)).Status);
    }

    [Fact]
    public async Task An_approved_report_serves_its_kept_bytes_whatever_the_record_says_and_its_narrative_cannot_change()
    {
        var report = await StartAsync(2007);
        await SaveAsync(report.Id, AnnualReportSectionKeys.Foreword, ForewordSentence);
        var files = await Use((w, _) => w.ApproveAsync(report.Id, "Cllr Test", default));
        var membersWhenApproved = await Use((_, db) => BoardSizeTestSection.CountAsync(db));
        await Use(async (_, db) =>
        {
            db.BoardMembers.Add(new BoardMember { Name = "Cllr Joined Later", Organisation = "Council", TermStart = new(2020, 1, 1) });
            return await db.SaveChangesAsync();
        });
        using var member = hub.ClientAs(HubRoles.BoardMember);
        // The page, like the files, says what was approved: the member who joined later is not counted.
        var approvedPage = await member.GetStringAsync($"/AnnualReports/Report/{report.Id}");
        Assert.Contains("as the chair approved it", approvedPage);
        Assert.Contains(Squash($"{BoardSizeTestSection.Label}</dt><dd class=\"govuk-summary-list__value\">{membersWhenApproved}</dd>"), Squash(approvedPage));
        Assert.Contains(ForewordSentence, approvedPage);
        Assert.Equal(Hash(files.Pdf), Hash(await member.GetByteArrayAsync($"/AnnualReports/Report/{report.Id}?handler=Pdf")));
        Assert.Equal(Hash(files.Word), Hash(await member.GetByteArrayAsync($"/AnnualReports/Report/{report.Id}?handler=Word")));
        var page = await member.GetStringAsync($"/AnnualReports/Report/{report.Id}");
        Assert.Contains($"({files.PageCount} pages)", page);

        var refused = await Assert.ThrowsAsync<AnnualReportRuleException>(() => SaveAsync(report.Id, AnnualReportSectionKeys.Foreword, "Changed after approval."));
        Assert.Contains("approved", refused.Message);
        Assert.Equal(ForewordSentence, (await ReloadAsync(report.Id)).Narratives.Single().Text);

        await Use(async (w, _) => { await w.ReturnToDraftAsync(report.Id, default); return 0; });
        Assert.Equal(AnnualReportStatus.Draft, (await ReloadAsync(report.Id)).Status);
        Assert.False(await Use((_, db) => db.AnnualReportFiles.AnyAsync(f => f.ReportId == report.Id)));
        await SaveAsync(report.Id, AnnualReportSectionKeys.Foreword, "Changed after the return to draft.");
    }

    [Fact]
    public async Task Submission_needs_approval_and_a_committee_date_not_before_it_then_nothing_changes()
    {
        var report = await StartAsync(2008);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Task Submit(DateOnly on) => Use(async (w, _) => { await w.SubmitAsync(report.Id, on, "officer@test.example", default); return 0; });
        Assert.Contains("approved by the chair", (await Assert.ThrowsAsync<AnnualReportRuleException>(() => Submit(today))).Message);

        await SaveAsync(report.Id, AnnualReportSectionKeys.Foreword, ForewordSentence);
        await Use((w, _) => w.ApproveAsync(report.Id, "Cllr Test", default));
        Assert.Contains("on or after", (await Assert.ThrowsAsync<AnnualReportRuleException>(() => Submit(today.AddDays(-1)))).Message);
        await Submit(today);
        var submitted = await ReloadAsync(report.Id);
        Assert.Equal((AnnualReportStatus.Submitted, today), (submitted.Status, submitted.SubmittedOn!.Value));

        Assert.Contains("submitted", (await Assert.ThrowsAsync<AnnualReportRuleException>(() => Use(async (w, _) => { await w.ReturnToDraftAsync(report.Id, default); return 0; }))).Message);
        await Assert.ThrowsAsync<AnnualReportRuleException>(() => SaveAsync(report.Id, AnnualReportSectionKeys.Foreword, "Too late."));
        // Whoever writes it, the save itself is refused (ApprovedRecordGuard).
        var direct = await Assert.ThrowsAsync<AnnualReportRuleException>(() => Use(async (_, db) =>
        {
            (await db.AnnualReports.SingleAsync(r => r.Id == report.Id)).Title = "Rewritten";
            return await db.SaveChangesAsync();
        }));
        Assert.Contains("submitted", direct.Message);
        Assert.Equal("Annual report 2008", (await ReloadAsync(report.Id)).Title);
    }

    [Fact]
    public async Task The_report_sets_its_headlines_beside_last_years_report_of_the_same_kind()
    {
        var last = await StartAsync(2011);
        var report = await StartAsync(2012);
        var (thisYear, lastYear) = await hub.WithScopeAsync(async s =>
        {
            var drafter = s.GetRequiredService<AnnualReportDrafter>();
            var db = s.GetRequiredService<HubDbContext>();
            return (await drafter.DraftAsync(await db.AnnualReports.SingleAsync(r => r.Id == report.Id), default),
                    await drafter.DraftAsync(await db.AnnualReports.SingleAsync(r => r.Id == last.Id), default));
        });
        Assert.Empty(lastYear.Comparison);   // no report for 2010-11
        Assert.Equal(last.Id, thisYear.LastYear!.Id);
        Assert.Contains(new ComparisonRow(MeetingsTestSection.SectionTitle, "Kind of year (test)", "even", "odd"), thisYear.Comparison);
        Assert.Contains(thisYear.Comparison, r => r.Label == BoardSizeTestSection.Label);

        var document = AnnualReportDrafter.Document(thisYear);
        Assert.Equal(["Foreword", AnnualReportDrafter.ComparisonTitle, MeetingsTestSection.SectionTitle, BoardSizeTestSection.SectionTitle], document.Sections.Select(s => s.Heading));
        Assert.Contains(AnnualReportDrafter.NarrativeMarker, document.Sections[0].Blocks.OfType<CorporateParenting.Web.Documents.PackParagraph>().Select(p => p.Text));

        using var member = hub.ClientAs(HubRoles.BoardMember);
        var page = await member.GetStringAsync($"/AnnualReports/Report/{report.Id}");
        Assert.Contains("id=\"section-comparison\"", page);
        Assert.Contains("2011-12", page);
        Assert.DoesNotContain("id=\"section-comparison\"", await member.GetStringAsync($"/AnnualReports/Report/{last.Id}"));
    }

    [Fact]
    public async Task The_chair_writes_narrative_and_approves_in_their_own_name_without_the_officers_confirmation()
    {
        var report = await StartAsync(2009);
        await Use(async (_, db) =>
        {
            var chair = await db.BoardMembers.FirstAsync(m => m.Role == BoardRole.Chair && m.TermEnd == null);
            db.CouncilMembers.Add(new CouncilMember { Name = chair.Name, Email = $"{HubRoles.BoardMember}@test.example", Ward = "Central", Party = "Independent", ElectedOn = new(2020, 5, 1), BoardMemberId = chair.Id });
            return await db.SaveChangesAsync();
        });
        using var chairClient = hub.ClientAs(HubRoles.BoardMember);
        var saved = await Forms.PostAsync(chairClient, $"/AnnualReports/Narrative/{report.Id}/{AnnualReportSectionKeys.Foreword}", [new("Text", ForewordSentence)]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var approve = await chairClient.GetStringAsync($"/AnnualReports/Approve/{report.Id}");
        Assert.DoesNotContain("name=\"ChairApproved\"", approve);
        var approved = await Forms.PostAsync(chairClient, $"/AnnualReports/Approve/{report.Id}", []);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal($"{HubRoles.BoardMember}@test.example", (await ReloadAsync(report.Id)).ApprovedBy);
        // Approval is not submission: that stays with the board officer.
        Assert.Equal(HttpStatusCode.Forbidden, (await chairClient.GetAsync($"/AnnualReports/Submit/{report.Id}")).StatusCode);
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static void Save(string name, byte[] bytes)
    {
        if (Environment.GetEnvironmentVariable("HUB_TEST_ARTIFACTS") is { Length: > 0 } folder) File.WriteAllBytes(Path.Combine(folder, name), bytes);
    }
}
