using CorporateParenting.Data;
using CorporateParenting.Data.Voice;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Voice.Pledge;

/// <summary>
/// What tests a promise (survey questions, by their stable key) and what delivers it (strategy and board actions).
/// Only the current version's promises change: an earlier version stays as it was adopted.
/// </summary>
[Authorize(Policy = Capability.ManageVoice)]
public sealed class LinksModel(HubDbContext db) : PageModel
{
    public sealed class LinksInput
    {
        public List<string> Questions { get; set; } = [];
        /// <summary>"strategy-12" or "board-7": each names exactly one action.</summary>
        public List<string> Actions { get; set; } = [];
    }

    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public LinksInput Input { get; set; } = new();
    public PledgePromise Promise { get; private set; } = null!;
    public IReadOnlyList<PledgeBook.QuestionChoice> QuestionChoices { get; private set; } = [];
    public IReadOnlyList<PledgeBook.LinkedAction> ActionChoices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused) return refused;
        Input = new LinksInput { Questions = [.. Promise.Questions.Select(q => q.QuestionKey)], Actions = [.. Promise.Actions.Select(PledgeBook.Token)] };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused) return refused;
        var keys = QuestionChoices.Select(q => q.Key).ToHashSet(StringComparer.Ordinal);
        // Keys already linked stay valid even if no question set uses them any more.
        keys.UnionWith(Promise.Questions.Select(q => q.QuestionKey));
        if (Input.Questions.Any(k => !keys.Contains(k))) ModelState.AddModelError("Input.Questions", "Choose survey questions from the list");
        var known = ActionChoices.Select(a => a.Token).ToHashSet(StringComparer.Ordinal);
        var actions = Input.Actions.Distinct(StringComparer.Ordinal).Select(t => (Token: t, Link: PledgeBook.Parse(t))).ToList();
        if (actions.Any(a => a.Link is null || !known.Contains(a.Token)))
            ModelState.AddModelError("Input.Actions", "Choose actions from the list: each link is to one strategy action or one board action");
        if (!ModelState.IsValid) return Page();

        var promise = await db.PledgePromises.Include(p => p.Questions).Include(p => p.Actions).SingleAsync(p => p.Id == Id, cancellationToken);
        var chosenKeys = Input.Questions.ToHashSet(StringComparer.Ordinal);
        promise.Questions.RemoveAll(q => !chosenKeys.Contains(q.QuestionKey));
        foreach (var key in chosenKeys.Where(k => promise.Questions.All(q => q.QuestionKey != k)).Order(StringComparer.Ordinal))
            promise.Questions.Add(new PledgePromiseQuestion { QuestionKey = key });
        var chosenActions = actions.Select(a => a.Token).ToHashSet(StringComparer.Ordinal);
        promise.Actions.RemoveAll(a => !chosenActions.Contains(PledgeBook.Token(a)));
        foreach (var (token, link) in actions.Where(a => promise.Actions.All(x => PledgeBook.Token(x) != a.Token)))
            promise.Actions.Add(link!);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = $"Links saved for \"{promise.Text}\".";
        return Redirect($"/Voice/Pledge#promise-{promise.Id}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var book = new PledgeBook(db);
        var current = await book.CurrentVersionNumberAsync(cancellationToken);
        var found = await db.PledgePromises.AsNoTracking().Include(p => p.Questions).Include(p => p.Actions)
            .Join(db.PledgeVersions, p => p.PledgeVersionId, v => v.Id, (p, v) => new { Promise = p, v.Version })
            .SingleOrDefaultAsync(x => x.Promise.Id == Id, cancellationToken);
        if (found is null) return NotFound();
        Promise = found.Promise;
        if (found.Version != current)
            return RedirectToPage("Index", new { version = found.Version });   // an earlier version is kept as adopted: nothing to change
        QuestionChoices = await book.QuestionChoicesAsync(cancellationToken);
        ActionChoices = await book.ActionChoicesAsync(cancellationToken);
        return null;
    }
}
