using CorporateParenting.Data;
using CorporateParenting.Data.AnnualReports;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.AnnualReports;

/// <summary>
/// One year's report: drafted live from the record while a draft, each section with its figures, their sources and its
/// narrative. Its PDF and Word files are rendered on request while a draft, and are the kept bytes once approved.
/// </summary>
[Authorize(Policy = Capability.ViewAnnualReport)]
public sealed class ReportModel(HubDbContext db, AnnualReportDrafter drafter, AnnualReportWorkflow workflow, AnnualReportAccess access, PackPdfRenderer pdf, ILogger<ReportModel> logger) : PageModel
{
    private const string WordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    public DraftedReport Drafted { get; private set; } = null!;
    public AnnualReport Report => Drafted.Report;
    public AnnualReportAccess.Rights Rights { get; private set; } = new(false, false);
    public int? KeptPageCount { get; private set; }
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken cancellationToken)
    {
        if (await KeptAsync(cancellationToken) is { } kept) return File(kept.Pdf, "application/pdf", kept.PdfFileName);
        if (!await LoadAsync(cancellationToken)) return NotFound();
        try
        {
            var (bytes, _, _) = await pdf.RenderAsync(AnnualReportDrafter.Document(Drafted), cancellationToken);
            return File(bytes, "application/pdf", AnnualReportWorkflow.FileName(Report) + "-draft.pdf");
        }
        catch (PackRenderingException error)
        {
            Problem = error.Message;
            return Page();
        }
    }

    /// <summary>A draft's Word file takes the PDF's page numbers for its contents when Chromium is there; without it, Word numbers them on opening.</summary>
    public async Task<IActionResult> OnGetWordAsync(CancellationToken cancellationToken)
    {
        if (await KeptAsync(cancellationToken) is { } kept) return File(kept.Word, WordType, kept.WordFileName);
        if (!await LoadAsync(cancellationToken)) return NotFound();
        var document = AnnualReportDrafter.Document(Drafted);
        IReadOnlyDictionary<string, int>? pages = null;
        try { pages = (await pdf.RenderAsync(document, cancellationToken)).Pages; }
        catch (PackRenderingException error) { logger.LogWarning("Annual report in Word without PDF page numbers: {Reason}", error.Message); }
        return File(PackWordRenderer.Render(document, pages), WordType, AnnualReportWorkflow.FileName(Report) + "-draft.docx");
    }

    public async Task<IActionResult> OnPostReturnAsync(CancellationToken cancellationToken)
    {
        if (!(await access.OfAsync(User, cancellationToken)).IsOfficer) return Forbid();
        try
        {
            await workflow.ReturnToDraftAsync(Id, cancellationToken);
            TempData["Saved"] = "The report is a draft again: its kept files have been deleted";
            return Redirect($"/AnnualReports/Report/{Id}");
        }
        catch (AnnualReportRuleException refused)
        {
            if (!await LoadAsync(cancellationToken)) return NotFound();
            Problem = refused.Message;
            return Page();
        }
    }

    /// <summary>An approved or submitted report's files as kept at approval: never a rebuild.</summary>
    private Task<AnnualReportFiles?> KeptAsync(CancellationToken cancellationToken) =>
        db.AnnualReportFiles.AsNoTracking().SingleOrDefaultAsync(f => f.ReportId == Id, cancellationToken);

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await db.AnnualReports.AsNoTracking().Include(r => r.Narratives).SingleOrDefaultAsync(r => r.Id == Id, cancellationToken) is not { } report) return false;
        var kept = await db.AnnualReportFiles.AsNoTracking().Where(f => f.ReportId == Id)
            .Select(f => new { f.PageCount, f.ApprovedContent }).SingleOrDefaultAsync(cancellationToken);
        // Once approved, the page shows what the chair approved, as the kept files do; a draft is drafted from today's record
        // (as is a report approved before the Hub kept the approved content).
        Drafted = kept is { ApprovedContent.Length: > 0 } ? ApprovedReportSnapshot.Read(report, kept.ApprovedContent) : await drafter.DraftAsync(report, cancellationToken);
        Rights = await access.OfAsync(User, cancellationToken);
        KeptPageCount = kept?.PageCount;
        return true;
    }
}
