using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
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
    }

    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public CoverSheet Sheet { get; set; } = new();
    [BindProperty] public IFormFile? Paper { get; set; }
    public ReportRequest Requested { get; private set; } = null!;
    public Meeting Meeting { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused) return refused;
        Sheet = new CoverSheet { Summary = Requested.Summary, AskOfBoard = Requested.AskOfBoard, PledgeContribution = Requested.PledgeContribution, ChildrenInvolvement = Requested.ChildrenInvolvement };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused) return refused;
        // A browser cannot keep a chosen file after a failed post: say so, so the typed cover sheet is not the only thing checked.
        if (!ModelState.IsValid && Paper is { Length: > 0 } && ModelState[nameof(Paper)] is not { Errors.Count: > 0 })
            ModelState.AddModelError(nameof(Paper), "Select the paper again: files are not kept when the form has errors");
        if (!ModelState.IsValid) return Page();

        using var buffer = new MemoryStream();
        await Paper!.CopyToAsync(buffer, cancellationToken);
        var request = await db.ReportRequests.SingleAsync(r => r.Id == Id, cancellationToken);
        request.Summary = Sheet.Summary!.Trim();
        request.AskOfBoard = Sheet.AskOfBoard!.Trim();
        request.PledgeContribution = Sheet.PledgeContribution!.Trim();
        request.ChildrenInvolvement = Sheet.ChildrenInvolvement!.Trim();
        request.FileName = UploadedFile.NameOf(Paper.FileName, 260);
        request.ContentType = UploadedFile.TypeOf(request.FileName);
        request.Content = buffer.ToArray();
        request.ReceivedAtUtc = clock.GetUtcNow().UtcDateTime;
        request.SubmittedBy = User.Identity!.Name;
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = $"\"{request.Title}\" received. Thank you.";
        return RedirectToPage("Show", new { Id });
    }

    /// <summary>Only the paper's owner (by e-mail) or the board officer may send it (<see cref="PaperHandler"/>).</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (await db.ReportRequests.AsNoTracking().Select(PaperRequests.WithoutContent).SingleOrDefaultAsync(r => r.Id == Id, cancellationToken) is not { } request) return NotFound();
        Requested = request;
        Meeting = await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == request.MeetingId, cancellationToken);
        return (await authorization.AuthorizeAsync(User, request, RecordOperations.SubmitPaper)).Succeeded ? null : Forbid();
    }
}
