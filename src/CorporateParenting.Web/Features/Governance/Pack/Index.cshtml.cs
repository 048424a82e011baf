using System.Diagnostics;
using CorporateParenting.Data;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Documents;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Governance.Pack;

/// <summary>A meeting's board pack as PDF or Word; the restricted pack (with confidential items) only for those who run the board.</summary>
[Authorize(Policy = Capability.ViewBoard)]
public sealed class IndexModel(BoardPackBuilder builder, PackPdfRenderer pdf, HubDbContext db, IAuthorizationService authorization, ILogger<IndexModel> logger) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty(SupportsGet = true)] public bool Restricted { get; set; }
    public PackDocument Pack { get; private set; } = null!;
    public bool MayManage { get; private set; }
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused) return refused;
        var timer = Stopwatch.StartNew();
        try
        {
            var (bytes, _, pages) = await pdf.RenderAsync(Pack, cancellationToken);
            logger.LogInformation("Board pack for meeting {Id}: {Pages} pages of PDF in {Ms} ms", Id, pages, timer.ElapsedMilliseconds);
            return File(bytes, "application/pdf", FileName("pdf"));
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
        IReadOnlyDictionary<string, int>? pages = null;
        try { pages = (await pdf.RenderAsync(Pack, cancellationToken)).Pages; }
        catch (PackRenderingException error) { logger.LogWarning("Word pack without PDF page numbers: {Reason}", error.Message); }
        return File(PackWordRenderer.Render(Pack, pages), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", FileName("docx"));
    }

    private string FileName(string extension)
    {
        var date = Pack.Title[(Pack.Title.IndexOf(',') + 2)..];
        return $"board-pack-{date.Replace(' ', '-').ToLowerInvariant()}{(Restricted ? "-restricted" : "")}.{extension}";
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        MayManage = (await authorization.AuthorizeAsync(User, Capability.ManageBoard)).Succeeded;
        if (Restricted && !MayManage) return Forbid();
        if (!await db.Meetings.AnyAsync(m => m.Id == Id, cancellationToken)) return NotFound();
        Pack = (await builder.BuildAsync(Id, Restricted, cancellationToken))!;
        return null;
    }
}
