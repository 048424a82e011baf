using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Data.Voice;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Authorization.Records;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Governance.Papers;

/// <summary>
/// The owner sends their paper with its cover sheet. Every cover-sheet field is required: the board
/// wants to know what it is asked to do, how the work keeps the Pledge, and what children said.
/// </summary>
[Authorize(Policy = Capability.SubmitPapers)]
[RequestSizeLimit(UploadLimits.Paper + UploadLimits.Megabyte)]
public sealed class SubmitModel(HubDbContext db, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public const long MaxBytes = UploadLimits.Paper;

    public sealed class CoverSheet
    {
        public string? Summary { get; set; }
        public string? AskOfBoard { get; set; }
        public string? PledgeContribution { get; set; }
        public string? ChildrenInvolvement { get; set; }
        /// <summary>One row per promise of the current Pledge: chosen or not, and how the paper honours it.</summary>
        public List<PromiseHonoured> Promises { get; set; } = [];
    }

    public sealed class PromiseHonoured
    {
        public int PromiseId { get; set; }
        public bool Chosen { get; set; }
        public string? How { get; set; }
    }

    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public CoverSheet Sheet { get; set; } = new();
    [BindProperty] public IFormFile? Paper { get; set; }
    public ReportRequest Requested { get; private set; } = null!;
    public Meeting Meeting { get; private set; } = null!;
    /// <summary>The current Pledge's promises the cover sheet may say the paper honours.</summary>
    public IReadOnlyList<PledgePromise> PledgePromises { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused) return refused;
        Sheet = new CoverSheet { Summary = Requested.Summary, AskOfBoard = Requested.AskOfBoard, PledgeContribution = Requested.PledgeContribution, ChildrenInvolvement = Requested.ChildrenInvolvement };
        var honoured = (await PaperPledge.ForPapersAsync(db, [Id], cancellationToken))[Id].ToDictionary(h => h.PromiseId);
        Sheet.Promises = [.. PledgePromises.Select(p => new PromiseHonoured { PromiseId = p.Id, Chosen = honoured.ContainsKey(p.Id), How = honoured.GetValueOrDefault(p.Id)?.How })];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused) return refused;
        // A browser cannot keep a chosen file after a failed post: say so, so the typed cover sheet is not the only thing checked.
        if (!ModelState.IsValid && Paper is { Length: > 0 } && ModelState[nameof(Paper)] is not { Errors.Count: > 0 })
            ModelState.AddModelError(nameof(Paper), "Select the paper again: files are not kept when the form has errors");
        CheckPromises();
        if (!ModelState.IsValid) return Page();

        using var buffer = new MemoryStream();
        await Paper!.CopyToAsync(buffer, cancellationToken);
        var request = await db.ReportRequests.SingleAsync(r => r.Id == Id, cancellationToken);
        request.Summary = Sheet.Summary!.Trim();
        request.AskOfBoard = Sheet.AskOfBoard!.Trim();
        request.PledgeContribution = Sheet.PledgeContribution.TrimmedOrNull();
        request.ChildrenInvolvement = Sheet.ChildrenInvolvement!.Trim();
        request.FileName = UploadedFile.NameOf(Paper.FileName, 260);
        request.ContentType = UploadedFile.TypeOf(request.FileName);
        request.Content = buffer.ToArray();
        request.ReceivedAtUtc = clock.GetUtcNow().UtcDateTime;
        request.SubmittedBy = User.Identity!.Name;
        // Sending again replaces the cover sheet, so the promises it honours are replaced too.
        db.PledgePromisePapers.RemoveRange(await db.PledgePromisePapers.Where(l => l.ReportRequestId == Id).ToListAsync(cancellationToken));
        db.PledgePromisePapers.AddRange(Sheet.Promises.Where(p => p.Chosen).DistinctBy(p => p.PromiseId)
            .Select(p => new PledgePromisePaper { PromiseId = p.PromiseId, ReportRequestId = Id, How = p.How!.Trim() }));
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = $"\"{request.Title}\" received. Thank you.";
        return RedirectToPage("Show", new { Id });
    }

    /// <summary>A chosen promise needs its "how"; the free text is needed only when no promise is chosen.</summary>
    private void CheckPromises()
    {
        var current = PledgePromises.Select(p => p.Id).ToHashSet();
        if (Sheet.Promises.Any(p => p.Chosen && !current.Contains(p.PromiseId)))
            ModelState.AddModelError("Sheet.Promises", "Choose promises from the current Pledge");
        for (var i = 0; i < Sheet.Promises.Count; i++)
            if (Sheet.Promises[i].Chosen && string.IsNullOrWhiteSpace(Sheet.Promises[i].How))
                ModelState.AddModelError($"Sheet.Promises[{i}].How", "Enter how the report honours this promise");
        if (!Sheet.Promises.Any(p => p.Chosen) && string.IsNullOrWhiteSpace(Sheet.PledgeContribution) && ModelState["Sheet.PledgeContribution"] is not { Errors.Count: > 0 })
            ModelState.AddModelError("Sheet.PledgeContribution", PledgePromises.Count > 0
                ? "Choose the promises the report honours, or enter how it honours the Pledge"
                : "Enter how the report honours the Pledge to children in care");
    }

    /// <summary>Only the paper's owner (by e-mail) or the board officer may send it (<see cref="PaperHandler"/>).</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (await db.ReportRequests.AsNoTracking().Select(PaperRequests.WithoutContent).SingleOrDefaultAsync(r => r.Id == Id, cancellationToken) is not { } request) return NotFound();
        Requested = request;
        Meeting = await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == request.MeetingId, cancellationToken);
        PledgePromises = (await new Voice.Pledge.PledgeBook(db).VersionAsync(null, cancellationToken))?.Promises ?? [];
        // A post keeps its rows as sent (a failed save shows them again); a form without them offers every promise.
        if (Sheet.Promises.Count == 0) Sheet.Promises = [.. PledgePromises.Select(p => new PromiseHonoured { PromiseId = p.Id })];
        return (await authorization.AuthorizeAsync(User, request, RecordOperations.SubmitPaper)).Succeeded ? null : Forbid();
    }
}
