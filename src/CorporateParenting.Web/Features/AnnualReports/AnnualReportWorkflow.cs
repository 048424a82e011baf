using CorporateParenting.Data;
using CorporateParenting.Data.AnnualReports;
using CorporateParenting.Data.Governance;
using CorporateParenting.Web.Documents;
using CorporateParenting.Web.Features.Governance.Pack;
using CorporateParenting.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.AnnualReports;

/// <summary>What a new report is started with (the Start page's answers).</summary>
public sealed record NewAnnualReport(ReportYearKind Kind, int StartYear, string Title, string ReportTo, string Author, DateOnly ReportDate);

/// <summary>
/// The annual report's workflow in one place (ADR 30): started for a year that has ended; narrative written
/// while it is a draft; approved by the chair (or recorded by the board officer on the chair's word), which
/// renders and keeps the PDF and Word files; returned to draft before submission; submitted to the committee on
/// a date no earlier than approval, after which nothing changes (<see cref="ApprovedRecordGuard"/> holds that at
/// save time too). Every refusal is an <see cref="AnnualReportRuleException"/> and writes nothing.
/// </summary>
public sealed class AnnualReportWorkflow(HubDbContext db, AnnualReportDrafter drafter, PackPdfRenderer pdf, TimeProvider clock)
{
    public const string DefaultReportTo = "Overview and Scrutiny Committee";
    public const int NarrativeMaxLength = 20_000;

    /// <summary>Financial: 1 April to 31 March. Municipal: 1 May to 30 April (the annual council meeting falls in May).</summary>
    public static ReportYear YearOf(ReportYearKind kind, int startYear) => kind == ReportYearKind.Financial
        ? new ReportYear(kind, new DateOnly(startYear, 4, 1), new DateOnly(startYear + 1, 3, 31))
        : new ReportYear(kind, new DateOnly(startYear, 5, 1), new DateOnly(startYear + 1, 4, 30));

    /// <summary>The last year of this kind that has ended by today: the one a report is normally written for.</summary>
    public static int LastCompleteStartYear(ReportYearKind kind, DateOnly today) =>
        YearOf(kind, today.Year - 1).End < today ? today.Year - 1 : today.Year - 2;

    public async Task<AnnualReport> StartAsync(NewAnnualReport request, CancellationToken cancellationToken)
    {
        var year = YearOf(request.Kind, request.StartYear);
        var today = clock.UkToday();
        if (year.End >= today)
            throw new AnnualReportRuleException($"The {Describe(request.Kind)} year {year.Label} has not ended yet (it ends on {DateDisplay.Long(year.End)}): a report can be started once it has");
        if (await db.AnnualReports.AnyAsync(r => r.YearKind == request.Kind && r.YearStart == year.Start, cancellationToken))
            throw new AnnualReportRuleException($"There is already a report for the {Describe(request.Kind)} year {year.Label}");
        var report = new AnnualReport
        {
            YearKind = request.Kind, YearStart = year.Start, YearEnd = year.End,
            Title = request.Title.Trim(), ReportTo = request.ReportTo.Trim(), Author = request.Author.Trim(), ReportDate = request.ReportDate,
        };
        db.AnnualReports.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        return report;
    }

    /// <summary>Writes, replaces or (with blank text) removes a section's narrative; only while the report is a draft.</summary>
    public async Task SaveNarrativeAsync(int reportId, string sectionKey, string? text, string by, CancellationToken cancellationToken)
    {
        var report = await db.AnnualReports.Include(r => r.Narratives).SingleAsync(r => r.Id == reportId, cancellationToken);
        EnsureDraft(report, "its narrative can no longer change");
        if (drafter.Sections.All(s => s.Key != sectionKey)) throw new AnnualReportRuleException($"The report has no section \u201c{sectionKey}\u201d");
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length > NarrativeMaxLength) throw new AnnualReportRuleException($"The narrative must be {NarrativeMaxLength:N0} characters or fewer");
        var existing = report.Narratives.SingleOrDefault(n => n.SectionKey == sectionKey);
        if (trimmed.Length == 0)
        {
            if (existing is not null) db.AnnualReportNarratives.Remove(existing);
        }
        else if (existing is null) report.Narratives.Add(new AnnualReportNarrative { SectionKey = sectionKey, Text = trimmed, UpdatedBy = by, UpdatedAtUtc = Now });
        else (existing.Text, existing.UpdatedBy, existing.UpdatedAtUtc) = (trimmed, by, Now);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Approves a draft and keeps its files. Refused while a narrative-only section is empty (it would print as a bare
    /// heading). <paramref name="approvedBy"/> is who approved, as the report records it. Nothing is stored unless both files are made.
    /// </summary>
    public async Task<AnnualReportFiles> ApproveAsync(int reportId, string approvedBy, CancellationToken cancellationToken)
    {
        var report = await db.AnnualReports.Include(r => r.Narratives).SingleAsync(r => r.Id == reportId, cancellationToken);
        EnsureDraft(report, "it cannot be approved again");
        var check = await drafter.DraftAsync(report, cancellationToken);
        if (check.MissingNarrative.Select(s => s.Title).ToList() is { Count: > 0 } missing)
            throw new AnnualReportRuleException($"Add the narrative for {Join(missing)} before approving: {(missing.Count == 1 ? "that section has" : "those sections have")} nothing from the record to show without it");
        (report.ApprovedBy, report.ApprovedAtUtc) = (approvedBy, Now);
        // Drafted again as approved, so the kept files carry no draft marks.
        var approved = check with { Report = report };
        var document = AnnualReportDrafter.Document(approved);
        var (pdfBytes, pages, pageCount) = await pdf.RenderAsync(document, cancellationToken);
        var word = PackWordRenderer.Render(document, pages);
        var name = FileName(report);
        var files = new AnnualReportFiles
        {
            ReportId = report.Id, PageCount = pageCount,
            PdfFileName = name + ".pdf", Pdf = pdfBytes, PdfSha256 = PackIssuer.Sha256(pdfBytes),
            WordFileName = name + ".docx", Word = word, WordSha256 = PackIssuer.Sha256(word),
            ApprovedContent = ApprovedReportSnapshot.Write(approved),
        };
        db.AnnualReportFiles.Add(files);
        await db.SaveChangesAsync(cancellationToken);
        return files;
    }

    /// <summary>Before submission only: clears the approval and deletes the kept files, so the report drafts live again.</summary>
    public async Task ReturnToDraftAsync(int reportId, CancellationToken cancellationToken)
    {
        var report = await db.AnnualReports.SingleAsync(r => r.Id == reportId, cancellationToken);
        if (report.Status == AnnualReportStatus.Submitted) throw new AnnualReportRuleException("The report has been submitted to the committee: it can no longer return to draft");
        if (report.Status == AnnualReportStatus.Draft) throw new AnnualReportRuleException("The report is already a draft");
        db.AnnualReportFiles.RemoveRange(await db.AnnualReportFiles.Where(f => f.ReportId == reportId).ToListAsync(cancellationToken));
        (report.ApprovedBy, report.ApprovedAtUtc) = (null, null);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Records the committee meeting it went to; from then on the report and its files are frozen.</summary>
    public async Task SubmitAsync(int reportId, DateOnly committeeDate, string by, CancellationToken cancellationToken)
    {
        var report = await db.AnnualReports.SingleAsync(r => r.Id == reportId, cancellationToken);
        if (report.Status == AnnualReportStatus.Submitted) throw new AnnualReportRuleException($"The report was submitted to the committee on {DateDisplay.Long(report.SubmittedOn!.Value)}");
        if (report.Status == AnnualReportStatus.Draft) throw new AnnualReportRuleException("The report must be approved by the chair before it is submitted");
        var approvedOn = DateDisplay.UkDay(report.ApprovedAtUtc!.Value);
        if (committeeDate < approvedOn)
            throw new AnnualReportRuleException($"The committee date must be on or after the day the report was approved ({DateDisplay.Long(approvedOn)})");
        (report.SubmittedOn, report.SubmittedBy, report.SubmittedAtUtc) = (committeeDate, by, Now);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The board's current chair, by name (the officer's confirmation names them), or null when the board has none.</summary>
    public async Task<string?> ChairNameAsync(CancellationToken cancellationToken)
    {
        var today = clock.UkToday();
        return await db.BoardMembers.AsNoTracking()
            .Where(m => m.Role == BoardRole.Chair && m.TermStart <= today && (m.TermEnd == null || m.TermEnd >= today))
            .Select(m => m.Name).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Whether the signed-in member is the board's current chair: a council member with their e-mail sitting as Chair.</summary>
    public async Task<bool> IsChairAsync(string? email, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(email)) return false;
        var today = clock.UkToday();
        var lower = email.Trim().ToLowerInvariant();
        var boardMemberIds = await db.CouncilMembers.AsNoTracking()
            .Where(c => c.Email != null && c.Email.ToLower() == lower && c.BoardMemberId != null).Select(c => c.BoardMemberId!.Value).ToListAsync(cancellationToken);
        return boardMemberIds.Count > 0 && await db.BoardMembers.AsNoTracking()
            .AnyAsync(m => boardMemberIds.Contains(m.Id) && m.Role == BoardRole.Chair && m.TermStart <= today && (m.TermEnd == null || m.TermEnd >= today), cancellationToken);
    }

    public static string FileName(AnnualReport report) =>
        $"corporate-parenting-board-annual-report-{report.YearKind.ToString().ToLowerInvariant()}-{report.YearLabel}";

    public static string Describe(ReportYearKind kind) => kind == ReportYearKind.Financial ? "financial" : "municipal";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static void EnsureDraft(AnnualReport report, string consequence)
    {
        if (report.Status == AnnualReportStatus.Submitted) throw new AnnualReportRuleException($"The report has been submitted to the committee: {consequence}");
        if (report.Status == AnnualReportStatus.Approved) throw new AnnualReportRuleException($"The report is approved: {consequence} unless it is returned to draft");
    }

    private static string Join(IReadOnlyList<string> items) =>
        items.Count == 1 ? $"\u201c{items[0]}\u201d" : string.Join(", ", items.Take(items.Count - 1).Select(i => $"\u201c{i}\u201d")) + $" and \u201c{items[^1]}\u201d";
}
