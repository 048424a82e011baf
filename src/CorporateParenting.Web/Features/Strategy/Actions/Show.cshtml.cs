using CorporateParenting.Data;
using CorporateParenting.Data.Strategy;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Authorization.Records;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Strategy.Actions;

/// <summary>
/// An action with its whole history. Updates (narrative, status, RAG, evidence) are appended, never
/// edited; a moved due date is recorded on the update that moved it and shown beside the action.
/// </summary>
[Authorize(Policy = Capability.ViewStrategy)]
public sealed class ShowModel(HubDbContext db, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    /// <summary>Evidence files are kept in the database, so a cap keeps it from filling up.</summary>
    public const long MaxEvidenceBytes = UploadLimits.Evidence;
    public static readonly string[] EvidenceExtensions = [".pdf", ".docx", ".xlsx", ".pptx", ".png", ".jpg", ".jpeg", ".txt", ".csv"];

    public sealed class UpdateInput
    {
        public string? Narrative { get; set; }
        public StrategyActionStatus Status { get; set; }
        public Rag Rag { get; set; }
        public DateOnly? DueDate { get; set; }
        public string? EvidenceLink { get; set; }
    }

    public sealed record Context(string Priority, int PriorityId, string Aim);

    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public UpdateInput Update { get; set; } = new();
    [BindProperty] public IFormFile? EvidenceFile { get; set; }
    public StrategyAction Action { get; private set; } = null!;
    public Context Where { get; private set; } = null!;
    public IReadOnlyList<(string Key, string Name)> Indicators { get; private set; } = [];
    public bool MayUpdate { get; private set; }
    public bool Overdue { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        Update = new UpdateInput { Status = Action.Status, Rag = Action.Rag, DueDate = Action.DueDate };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        if (!MayUpdate) return Forbid();
        // A browser cannot keep a chosen file across a failed save, so say so beside the field.
        if (!ModelState.IsValid && EvidenceFile is not null && ModelState[nameof(EvidenceFile)] is not { Errors.Count: > 0 })
            ModelState.AddModelError(nameof(EvidenceFile), "Choose the evidence file again: it cannot be kept when the update is not saved");
        if (!ModelState.IsValid) return Page();

        var action = await db.StrategyActions.SingleAsync(a => a.Id == Id, cancellationToken);
        var moved = Update.DueDate!.Value != action.DueDate;
        var update = new StrategyActionUpdate
        {
            WrittenAtUtc = clock.GetUtcNow().UtcDateTime, Author = User.Identity!.Name!, Narrative = Update.Narrative!.Trim(),
            Status = Update.Status, Rag = Update.Rag, MovedFrom = moved ? action.DueDate : null, MovedTo = moved ? Update.DueDate : null,
            EvidenceLink = Update.EvidenceLink.TrimmedOrNull(),
        };
        if (EvidenceFile is { } upload)
        {
            using var buffer = new MemoryStream();
            await upload.CopyToAsync(buffer, cancellationToken);
            var name = UploadedFile.NameOf(upload.FileName, 200);
            var stored = new EvidenceFile { FileName = name, ContentType = UploadedFile.TypeOf(name), Content = buffer.ToArray() };
            db.EvidenceFiles.Add(stored);
            (update.EvidenceFileId, update.EvidenceFileName) = (stored.Id, stored.FileName);
        }
        action.Updates.Add(update);
        (action.Status, action.Rag, action.DueDate) = (Update.Status, Update.Rag, Update.DueDate.Value);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Success"] = "Your update has been added";
        return RedirectToPage(new { Id });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await db.StrategyActions.AsNoTracking().Include(a => a.Updates).Include(a => a.Indicators).AsSplitQuery()
                .SingleOrDefaultAsync(a => a.Id == Id, cancellationToken) is not { } action) return false;
        Action = action;
        Where = await db.PriorityAims.Where(a => a.Id == action.AimId).Join(db.PriorityAreas, a => a.PriorityId, p => p.Id, (a, p) => new Context(p.Name, p.Id, a.Text))
            .SingleAsync(cancellationToken);
        var keys = action.Indicators.Select(i => i.IndicatorKey).ToList();
        var names = await db.Indicators.AsNoTracking().Where(i => keys.Contains(i.Key)).ToDictionaryAsync(i => i.Key, i => i.Name, cancellationToken);
        Indicators = keys.Order().Select(k => (k, names.GetValueOrDefault(k) ?? k)).ToList();
        var priority = await db.PriorityAreas.AsNoTracking().SingleAsync(p => p.Id == Where.PriorityId, cancellationToken);
        MayUpdate = (await authorization.AuthorizeAsync(User, new ActionInPriority(action, priority), RecordOperations.UpdateStrategyAction)).Succeeded;
        Overdue = action.IsOverdueOn(clock.UkToday());
        return true;
    }
}
