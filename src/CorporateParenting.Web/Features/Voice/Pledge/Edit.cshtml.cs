using CorporateParenting.Data;
using CorporateParenting.Data.Voice;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Voice.Pledge;

/// <summary>
/// Changing the Pledge makes a new version: the current promises are filled in to change, remove or add to, and the
/// version they replace stays exactly as it was adopted. A carried-on promise keeps its survey questions and actions.
/// </summary>
[Authorize(Policy = Capability.ManageVoice)]
public sealed class EditModel(HubDbContext db, TimeProvider clock) : PageModel
{
    /// <summary>Blank rows for new promises: enough to add a few without JavaScript.</summary>
    public const int BlankRows = 3;

    public sealed class PromiseRow
    {
        /// <summary>The current version's promise this row carries on; null for a new one.</summary>
        public int? FromId { get; set; }
        public string? Outcome { get; set; }
        public int? Order { get; set; }
        public string? Text { get; set; }
        public string? ChildFriendlyText { get; set; }
        public bool Remove { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Outcome) && string.IsNullOrWhiteSpace(Text) && string.IsNullOrWhiteSpace(ChildFriendlyText);
        public bool IsKept => !Remove && !IsBlank;
    }

    public sealed class VersionInput
    {
        public string? Title { get; set; }
        [System.ComponentModel.DataAnnotations.Display(Name = "The date the board adopted the Pledge")] public DateOnly? AdoptedOn { get; set; }
        public string? ChildFriendlyIntroduction { get; set; }
        public List<PromiseRow> Promises { get; set; } = [];
    }

    [BindProperty] public VersionInput Input { get; set; } = new();
    public PledgeVersion? Current { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Current = await new PledgeBook(db).VersionAsync(null, cancellationToken);
        Input = new VersionInput
        {
            Title = Current?.Title ?? "Our Pledge to children in care and care leavers", AdoptedOn = clock.UkToday(), ChildFriendlyIntroduction = Current?.ChildFriendlyIntroduction,
            Promises = [.. (Current?.Promises ?? []).Select(p => new PromiseRow { FromId = p.Id, Outcome = p.Outcome, Order = p.Order, Text = p.Text, ChildFriendlyText = p.ChildFriendlyText })],
        };
        AddBlankRows();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Current = await new PledgeBook(db).VersionAsync(null, cancellationToken);
        if (Current is { AdoptedOn: { } adopted } && Input.AdoptedOn < adopted)
            ModelState.AddModelError("Input.AdoptedOn", $"A new version must be adopted on or after the current one, {DateDisplay.Long(adopted)}");
        var kept = Input.Promises.Where(p => p.IsKept).ToList();
        if (kept.Count == 0) ModelState.AddModelError("Input.Promises", "Enter at least one promise");
        else if (Current is not null && Unchanged(Current, kept))
            ModelState.AddModelError("Input.Title", "Nothing has changed: change, add or remove a promise (or the title or introduction) to make a new version");
        if (!ModelState.IsValid)
        {
            AddBlankRows();
            return Page();
        }

        var previous = (Current?.Promises ?? []).ToDictionary(p => p.Id);
        var version = new PledgeVersion
        {
            Version = (Current?.Version ?? 0) + 1, Title = Input.Title!.Trim(), AdoptedOn = Input.AdoptedOn, ChildFriendlyIntroduction = Input.ChildFriendlyIntroduction.TrimmedOrNull(),
            Promises = [.. kept.Select(row =>
            {
                var from = row.FromId is { } id ? previous.GetValueOrDefault(id) : null;
                return new PledgePromise
                {
                    Outcome = row.Outcome!.Trim(), Order = row.Order!.Value, Text = row.Text!.Trim(), ChildFriendlyText = row.ChildFriendlyText.TrimmedOrNull(), CarriedFromId = from?.Id,
                    Questions = [.. (from?.Questions ?? []).Select(q => new PledgePromiseQuestion { QuestionKey = q.QuestionKey })],
                    Actions = [.. (from?.Actions ?? []).Select(a => new PledgePromiseAction { StrategyActionId = a.StrategyActionId, BoardActionId = a.BoardActionId })],
                };
            })],
        };
        db.PledgeVersions.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = $"Version {version.Version} of the Pledge made; version {version.Version - 1} is kept as it was adopted.";
        if (version.Version == 1) TempData["Saved"] = "Version 1 of the Pledge made.";
        return RedirectToPage("Index");
    }

    private bool Unchanged(PledgeVersion current, IReadOnlyList<PromiseRow> kept) =>
        Input.Title?.Trim() == current.Title && Input.ChildFriendlyIntroduction.TrimmedOrNull() == current.ChildFriendlyIntroduction
        && kept.Count == current.Promises.Count
        && kept.All(row => current.Promises.Any(p => p.Id == row.FromId && p.Outcome == row.Outcome?.Trim() && p.Order == row.Order
            && p.Text == row.Text?.Trim() && p.ChildFriendlyText == row.ChildFriendlyText.TrimmedOrNull()));

    private void AddBlankRows()
    {
        for (var i = Input.Promises.Count(p => p.FromId is null && p.IsBlank); i < BlankRows; i++) Input.Promises.Add(new PromiseRow());
    }
}
