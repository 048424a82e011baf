using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using CorporateParenting.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Governance.Meetings;

/// <summary>A meeting and its agenda; confidential items only for those who run the board.</summary>
[Authorize(Policy = Capability.ViewBoard)]
public sealed class ShowModel(HubDbContext db, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public sealed class ItemInput
    {
        public string? Title { get; set; }
        public string? Presenter { get; set; }
        public ItemPurpose Purpose { get; set; } = ItemPurpose.Discussion;
        public bool Confidential { get; set; }
    }

    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    public sealed class ActionInput
    {
        public string? Description { get; set; }
        public string? Owner { get; set; }
        public DateOnly? DueDate { get; set; }
        public bool Confidential { get; set; }
    }

    [BindProperty] public ItemInput Item { get; set; } = new();
    [BindProperty] public ActionInput NewAction { get; set; } = new();
    public IReadOnlyList<BoardAction> Actions { get; private set; } = [];
    public Meeting Meeting { get; private set; } = null!;
    public IReadOnlyList<AgendaItem> Items { get; private set; } = [];
    public bool MayManage { get; private set; }
    public IReadOnlyList<ReportRequest> Papers { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        if (!MayManage) return Forbid();
        if (!ModelState.IsValid) return Page();   // AgendaItemChecks; the meeting's rules are checked on saving
        var meeting = await db.Meetings.Include(m => m.Items).SingleAsync(m => m.Id == Id, cancellationToken);
        return await SaveOrShowAsync("Item.Title", () => meeting.AddAgendaItem(Item.Title!.Trim(), Item.Presenter.TrimmedOrNull(), Item.Purpose, Item.Confidential), cancellationToken);
    }

    /// <summary>An action agreed at this meeting, with its owner and due date.</summary>
    public async Task<IActionResult> OnPostActionAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        if (!MayManage) return Forbid();
        // Only the action's fields are posted: what the binder made of the rest is dropped; AgendaItemChecks' "Action" rules checked these.
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith("NewAction.", StringComparison.Ordinal)).ToList()) ModelState.Remove(key);
        if (!ModelState.IsValid) return Page();
        var meeting = await db.Meetings.SingleAsync(m => m.Id == Id, cancellationToken);
        return await SaveOrShowAsync("NewAction.Description",
            () => db.BoardActions.Add(meeting.RecordAction(NewAction.Description!.Trim(), NewAction.Owner!.Trim(), NewAction.DueDate!.Value, NewAction.Confidential)), cancellationToken);
    }

    /// <summary>Publishing the agenda tells members it is final; papers can still arrive until the deadline.</summary>
    public async Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        if (!MayManage) return Forbid();
        var meeting = await db.Meetings.SingleAsync(m => m.Id == Id, cancellationToken);
        return await SaveOrShowAsync("", meeting.PublishAgenda, cancellationToken);
    }

    /// <summary>The meeting's rules refuse what its state forbids; the refusal is shown as the form's error and nothing is saved.</summary>
    private async Task<IActionResult> SaveOrShowAsync(string field, Action change, CancellationToken cancellationToken)
    {
        try
        {
            change();
            await db.SaveChangesAsync(cancellationToken);
            return RedirectToPage(new { Id });
        }
        catch (MeetingRuleException refused)
        {
            ModelState.AddModelError(field, refused.Message);
            return Page();
        }
    }

    /// <summary>Approved minutes are the record: no form offers to change the agenda, actions or details.</summary>
    public bool MayChange => MayManage && !Meeting.IsApproved;

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await db.Meetings.AsNoTracking().Include(m => m.Items).SingleOrDefaultAsync(m => m.Id == Id, cancellationToken) is not { } meeting) return false;
        Meeting = meeting;
        MayManage = (await authorization.AuthorizeAsync(User, Capability.ManageBoard)).Succeeded;
        Items = meeting.Items.Where(i => MayManage || !i.Confidential).OrderBy(i => i.Order).ToList();
        Papers = await db.ReportRequests.AsNoTracking().Where(r => r.MeetingId == Id && (MayManage || !r.Confidential))
            .Select(Governance.Papers.PaperRequests.WithoutContent).OrderBy(r => r.Title).ToListAsync(cancellationToken);
        Today = clock.UkToday();
        Actions = await db.BoardActions.AsNoTracking().Where(a => a.MeetingId == Id && (MayManage || !a.Confidential)).OrderBy(a => a.DueDate).ToListAsync(cancellationToken);
        return true;
    }
}
