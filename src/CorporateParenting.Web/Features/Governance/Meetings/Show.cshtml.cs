using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Governance.Meetings;

/// <summary>A meeting and its agenda; confidential items only for those who run the board.</summary>
[Authorize(Policy = Capability.ViewBoard)]
public sealed class ShowModel(HubDbContext db, IAuthorizationService authorization) : PageModel
{
    public sealed class ItemInput
    {
        public string? Title { get; set; }
        public string? Presenter { get; set; }
        public ItemPurpose Purpose { get; set; } = ItemPurpose.Discussion;
        public bool Confidential { get; set; }
    }

    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public ItemInput Item { get; set; } = new();
    public Meeting Meeting { get; private set; } = null!;
    public IReadOnlyList<AgendaItem> Items { get; private set; } = [];
    public bool MayManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        if (!MayManage) return Forbid();
        if (string.IsNullOrWhiteSpace(Item.Title)) ModelState.AddModelError("Item.Title", "Enter the item's title");
        else if (Item.Title.Length > 300) ModelState.AddModelError("Item.Title", "The title must be 300 characters or fewer");
        if (Item.Presenter?.Length > 200) ModelState.AddModelError("Item.Presenter", "The presenter must be 200 characters or fewer");
        if (!ModelState.IsValid) return Page();
        db.AgendaItems.Add(new AgendaItem
        {
            MeetingId = Id, Order = Items.Select(i => i.Order).DefaultIfEmpty().Max() + 1, Title = Item.Title!.Trim(),
            Presenter = string.IsNullOrWhiteSpace(Item.Presenter) ? null : Item.Presenter.Trim(), Purpose = Item.Purpose, Confidential = Item.Confidential,
        });
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { Id });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await db.Meetings.AsNoTracking().Include(m => m.Items).SingleOrDefaultAsync(m => m.Id == Id, cancellationToken) is not { } meeting) return false;
        Meeting = meeting;
        MayManage = (await authorization.AuthorizeAsync(User, Capability.ManageBoard)).Succeeded;
        Items = meeting.Items.Where(i => MayManage || !i.Confidential).OrderBy(i => i.Order).ToList();
        return true;
    }
}
