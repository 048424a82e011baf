using System.Diagnostics;
using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Documents;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Governance.Pack;

/// <summary>
/// A meeting's board pack as PDF or Word; the restricted pack (with confidential items) only for those
/// who run the board. Once issued, the stored files are served, byte for byte; before, a draft is built
/// from the records as they stand; a held meeting whose pack was never issued has none (ADR 0016).
/// </summary>
[Authorize(Policy = Capability.ViewBoard)]
public sealed class IndexModel(BoardPackBuilder builder, PackPdfRenderer pdf, PaperConverter converter, PackIssuer issuer, HubDbContext db, IAuthorizationService authorization, TimeProvider clock, ILogger<IndexModel> logger) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty(SupportsGet = true)] public bool Restricted { get; set; }
    /// <summary>Which issued pack to download: 0 the pack, 1, 2... the supplementary packs.</summary>
    [BindProperty(SupportsGet = true)] public int? Number { get; set; }
    public Meeting Meeting { get; private set; } = null!;
    /// <summary>The draft, built only while nothing is issued and the meeting is still to come.</summary>
    public PackDocument? Draft { get; private set; }
    public IReadOnlyList<PackIssuer.IssuedSummary> Issued { get; private set; } = [];
    public int LatePapers { get; private set; }
    public bool IsHeld { get; private set; }
    public bool MayManage { get; private set; }
    public string? Problem { get; private set; }
    /// <summary>Word papers in the draft that cannot be merged into the PDF because LibreOffice is not installed.</summary>
    public IReadOnlyList<string> WordPapersNotMerged { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused) return refused;
        if (Issued.Count > 0 || IsHeld) return await StoredAsync(pack => File(pack.Pdf, "application/pdf", pack.PdfFileName), cancellationToken);
        var timer = Stopwatch.StartNew();
        try
        {
            var (bytes, _, pages) = await pdf.RenderAsync(Draft!, cancellationToken);
            logger.LogInformation("Draft board pack for meeting {Id}: {Pages} pages of PDF in {Ms} ms", Id, pages, timer.ElapsedMilliseconds);
            return File(bytes, "application/pdf", PackIssuer.FileName(Meeting.Date, 0, Restricted) + "-draft.pdf");
        }
        catch (PackRenderingException error)
        {
            Problem = error.Message;
            return Page();
        }
    }

    /// <summary>Word takes the PDF's page numbers for its contents when Chromium is there; without it, Word numbers them on opening.</summary>
    public async Task<IActionResult> OnGetWordAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused) return refused;
        if (Issued.Count > 0 || IsHeld)
            return await StoredAsync(pack => File(pack.Word, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", pack.WordFileName), cancellationToken);
        RenderedPack? rendered = null;
        try { rendered = await pdf.RenderPackAsync(Draft!, cancellationToken); }
        catch (PackRenderingException error) { logger.LogWarning("Word pack without PDF page numbers: {Reason}", error.Message); }
        return File(PackWordRenderer.Render(Draft!, rendered?.Pages, papers: rendered?.Papers), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", PackIssuer.FileName(Meeting.Date, 0, Restricted) + "-draft.docx");
    }

    /// <summary>The board officer issues the pack, then a supplementary pack for each batch of late papers.</summary>
    public async Task<IActionResult> OnPostIssueAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused) return refused;
        if (!MayManage) return Forbid();
        try
        {
            var packs = await issuer.IssueAsync(Id, User.Identity!.Name!, cancellationToken);
            TempData["Saved"] = $"{packs[0].Name} issued.";
            return RedirectToPage(new { Id });
        }
        catch (Exception error) when (error is MeetingRuleException or PackRenderingException)
        {
            ModelState.AddModelError("", error.Message);
            return await LoadAsync(cancellationToken) ?? Page();
        }
    }

    /// <summary>The stored file of an issued pack, exactly as issued; none for a held meeting that never had one.</summary>
    private async Task<IActionResult> StoredAsync(Func<IssuedPack, IActionResult> file, CancellationToken cancellationToken)
    {
        var number = Number ?? 0;
        var pack = await db.IssuedPacks.AsNoTracking().SingleOrDefaultAsync(p => p.MeetingId == Id && p.Number == number && p.Restricted == Restricted, cancellationToken);
        return pack is null ? NotFound() : file(pack);
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        MayManage = (await authorization.AuthorizeAsync(User, Capability.ManageBoard)).Succeeded;
        if (Restricted && !MayManage) return Forbid();
        if (await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == Id, cancellationToken) is not { } meeting) return NotFound();
        Meeting = meeting;
        IsHeld = PackIssuer.IsHeld(meeting, clock.UkToday());
        var issued = await issuer.IssuedAsync(Id, cancellationToken);
        Issued = issued.Where(p => p.Restricted == Restricted).ToList();
        LatePapers = IsHeld ? 0 : (await issuer.LatePapersAsync(Id, issued, cancellationToken)).Count;
        if (Issued.Count == 0 && !IsHeld)
        {
            Draft = await builder.BuildAsync(Id, Restricted, cancellationToken);
            if (converter.Soffice is null)
                WordPapersNotMerged = Draft!.Sections.Where(s => s.Paper is { } p && PaperConverter.IsWord(p.FileName)).Select(s => s.Paper!.FileName).ToList();
        }
        return null;
    }
}
