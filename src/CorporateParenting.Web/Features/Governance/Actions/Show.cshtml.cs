using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Authorization.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Governance.Actions;

/// <summary>An action with its whole history. Updates are appended, never edited; a moved due date is recorded with the update that moved it.</summary>
[Authorize(Policy = Capability.ViewBoard)]
public sealed class ShowModel(HubDbContext db, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public sealed class UpdateInput
    {
        public string? Text { get; set; }
        public ActionStatus Status { get; set; }
        public DateOnly? DueDate { get; set; }
    }

    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public UpdateInput Update { get; set; } = new();
    public BoardAction Action { get; private set; } = null!;
    public DateOnly AgreedAt { get; private set; }
    public bool MayUpdate { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        Update = new UpdateInput { Status = Action.Status, DueDate = Action.DueDate };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        if (!MayUpdate) return Forbid();
        if (!ModelState.IsValid) return Page();

        var action = await db.BoardActions.SingleAsync(a => a.Id == Id, cancellationToken);
        var moved = Update.DueDate!.Value != action.DueDate;
        action.Updates.Add(new ActionUpdate
        {
            WrittenAtUtc = clock.GetUtcNow().UtcDateTime, Author = User.Identity!.Name!, Text = Update.Text!.Trim(), Status = Update.Status,
            MovedFrom = moved ? action.DueDate : null, MovedTo = moved ? Update.DueDate : null,
        });
        (action.Status, action.DueDate) = (Update.Status, Update.DueDate.Value);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { Id });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await db.BoardActions.AsNoTracking().Include(a => a.Updates).SingleOrDefaultAsync(a => a.Id == Id, cancellationToken) is not { } action) return false;
        if (!(await authorization.AuthorizeAsync(User, action, RecordOperations.ReadBoardAction)).Succeeded) return false;   // 404, as for a confidential item
        Action = action;
        AgreedAt = await db.Meetings.Where(m => m.Id == action.MeetingId).Select(m => m.Date).SingleAsync(cancellationToken);
        MayUpdate = (await authorization.AuthorizeAsync(User, action, RecordOperations.UpdateBoardAction)).Succeeded;
        return true;
    }
}
