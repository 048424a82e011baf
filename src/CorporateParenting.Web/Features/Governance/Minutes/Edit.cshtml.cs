using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Governance.Minutes;

/// <summary>
/// A meeting's minutes: what was said on each item and the numbered decisions. The board officer
/// drafts them from the day of the meeting; they are approved at the next meeting and then frozen.
/// </summary>
[Authorize(Policy = Capability.ViewBoard)]
public sealed class EditModel(HubDbContext db, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public Dictionary<int, string?> ItemMinutes { get; set; } = [];
    [BindProperty] public int ResolutionItemId { get; set; }
    [BindProperty] public string? ResolutionText { get; set; }

    public MinutesView View { get; private set; } = null!;
    public bool MayManage { get; private set; }
    public bool MayEdit => MayManage && View.Meeting.MinutesApprovedAtUtc is null && View.Meeting.Date <= clock.UkToday();
    /// <summary>The meeting at which these minutes can be approved, once it has taken place.</summary>
    public Meeting? ApprovingMeeting { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        ItemMinutes = View.Items.ToDictionary(i => i.Id, i => i.Minutes);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        if (!MayManage) return Forbid();
        if (!MayEdit) ModelState.AddModelError("", CannotEditReason());   // lengths: MinutesChecks
        if (!ModelState.IsValid) return Page();

        var items = await db.AgendaItems.Where(i => i.MeetingId == Id).ToListAsync(cancellationToken);
        foreach (var item in items.Where(i => ItemMinutes.ContainsKey(i.Id)))
            item.Minutes = string.IsNullOrWhiteSpace(ItemMinutes[item.Id]) ? null : ItemMinutes[item.Id]!.Trim();
        if (await SaveOrRefuseAsync(cancellationToken) is { } refused) return refused;
        TempData["Saved"] = "Draft minutes saved.";
        return RedirectToPage(new { Id });
    }

    /// <summary>A numbered decision against one item; numbers run through the meeting's year.</summary>
    public async Task<IActionResult> OnPostResolutionAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        if (!MayManage) return Forbid();
        // Only the decision's fields are posted: what the binder made of the rest (the minutes' fields) is dropped; the
        // wording was checked by MinutesChecks' "Resolution" rules, which items exist needs the meeting.
        foreach (var key in ModelState.Keys.Where(k => k != nameof(ResolutionText)).ToList()) ModelState.Remove(key);
        ItemMinutes = View.Items.ToDictionary(i => i.Id, i => i.Minutes);
        if (!MayEdit) ModelState.AddModelError("", CannotEditReason());
        if (View.Items.All(i => i.Id != ResolutionItemId)) ModelState.AddModelError(nameof(ResolutionItemId), "Choose the item the decision was made on");
        if (!ModelState.IsValid) return Page();

        var year = View.Meeting.Date.Year;
        var number = await db.Resolutions.Where(r => r.Year == year).Select(r => (int?)r.Number).MaxAsync(cancellationToken) ?? 0;
        db.Resolutions.Add(new Resolution { MeetingId = Id, AgendaItemId = ResolutionItemId, Year = year, Number = number + 1, Text = ResolutionText!.Trim() });
        if (await SaveOrRefuseAsync(cancellationToken) is { } refused) return refused;
        TempData["Saved"] = $"Decision {year}/{number + 1:00} recorded.";
        return RedirectToPage(new { Id });
    }

    /// <summary>Approval happens at the next meeting: who approved, when and where is recorded, and the minutes freeze.</summary>
    public async Task<IActionResult> OnPostApproveAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        if (!MayManage) return Forbid();
        ModelState.Clear();
        ItemMinutes = View.Items.ToDictionary(i => i.Id, i => i.Minutes);
        var meeting = await db.Meetings.SingleAsync(m => m.Id == Id, cancellationToken);
        var hasMinutes = View.Items.Any(i => i.Minutes is not null) || View.Resolutions.Count > 0;
        try
        {
            meeting.ApproveMinutes(User.Identity!.Name!, clock.GetUtcNow().UtcDateTime, ApprovingMeeting, clock.UkToday(), hasMinutes);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (MeetingRuleException refused)
        {
            ModelState.AddModelError("", refused.Message);
            return Page();
        }
        TempData["Saved"] = "Minutes approved.";
        return RedirectToPage(new { Id });
    }

    /// <summary>Marks the meeting held and saves; a refusal by the meeting's rules (or the save-time guard) is shown, nothing saved.</summary>
    private async Task<IActionResult?> SaveOrRefuseAsync(CancellationToken cancellationToken)
    {
        try
        {
            await MarkHeldAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (MeetingRuleException refused)
        {
            ModelState.AddModelError("", refused.Message);
            return Page();
        }
    }

    private string CannotEditReason() => View.Meeting.MinutesApprovedAtUtc is not null
        ? "These minutes were approved and can no longer be changed"
        : $"Minutes can be written from the day of the meeting, {DateDisplay.Long(View.Meeting.Date)}";

    /// <summary>Writing minutes marks the meeting held; the meeting refuses it before its day or once approved.</summary>
    private async Task MarkHeldAsync(CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.SingleAsync(m => m.Id == Id, cancellationToken);
        meeting.MarkHeld(clock.UkToday());
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        MayManage = (await authorization.AuthorizeAsync(User, Capability.ManageBoard)).Succeeded;
        if (await MinutesView.LoadAsync(db, Id, includeConfidential: MayManage, cancellationToken) is not { } view) return false;
        View = view;
        ApprovingMeeting = await db.Meetings.AsNoTracking().Where(m => m.Date > view.Meeting.Date).OrderBy(m => m.Date).FirstOrDefaultAsync(cancellationToken);
        return true;
    }
}
