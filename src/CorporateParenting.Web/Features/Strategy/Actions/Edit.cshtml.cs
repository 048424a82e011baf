using CorporateParenting.Data;
using CorporateParenting.Data.Strategy;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using CorporateParenting.Web.Authorization.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Strategy.Actions;

/// <summary>
/// Add an action to an aim, or change one's description, owner and linked indicators. The due date is
/// set here only for a new action: later moves go through an update so they are recorded.
/// </summary>
[Authorize(Policy = Capability.UpdateStrategy)]
public sealed class EditModel(HubDbContext db, IAuthorizationService authorization) : PageModel
{
    public sealed class ActionInput
    {
        public string? Description { get; set; }
        public string? Owner { get; set; }
        public string? OwnerEmail { get; set; }
        public DateOnly? DueDate { get; set; }
        public List<string> Indicators { get; set; } = [];
    }

    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty(SupportsGet = true)] public int? AimId { get; set; }
    [BindProperty] public ActionInput Input { get; set; } = new();
    public PriorityAim Aim { get; private set; } = null!;
    public IReadOnlyList<(string Key, string Name)> IndicatorChoices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (action, result) = await LoadAsync(cancellationToken);
        if (result is not null) return result;
        if (action is not null)
            Input = new ActionInput { Description = action.Description, Owner = action.Owner, OwnerEmail = action.OwnerEmail, DueDate = action.DueDate, Indicators = action.Indicators.Select(i => i.IndicatorKey).ToList() };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (action, result) = await LoadAsync(cancellationToken);
        if (result is not null) return result;
        var known = IndicatorChoices.Select(c => c.Key).ToHashSet();
        if (Input.Indicators.Any(k => !known.Contains(k))) ModelState.AddModelError("Input.Indicators", "Choose indicators from the list");
        if (!ModelState.IsValid) return Page();

        if (action is null)
        {
            action = new StrategyAction { AimId = Aim.Id, Description = "", Owner = "", OriginalDueDate = Input.DueDate!.Value, DueDate = Input.DueDate.Value, Status = StrategyActionStatus.NotStarted };
            db.StrategyActions.Add(action);
        }
        (action.Description, action.Owner) = (Input.Description!.Trim(), Input.Owner!.Trim());
        action.OwnerEmail = Input.OwnerEmail.EmailOrNull();
        action.Indicators.RemoveAll(i => !Input.Indicators.Contains(i.IndicatorKey));
        foreach (var key in Input.Indicators.Distinct().Where(k => action.Indicators.All(i => i.IndicatorKey != k)))
            action.Indicators.Add(new StrategyActionIndicator { IndicatorKey = key });
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/Strategy/Actions/Show/{action.Id}");
    }

    /// <summary>The action (null when adding), its aim, the indicator library; or the 404/403 to return.</summary>
    private async Task<(StrategyAction? Action, IActionResult? Result)> LoadAsync(CancellationToken cancellationToken)
    {
        StrategyAction? action = null;
        if (Id is not null)
        {
            action = await db.StrategyActions.Include(a => a.Indicators).SingleOrDefaultAsync(a => a.Id == Id, cancellationToken);
            if (action is null) return (null, NotFound());
            AimId = action.AimId;
        }
        if (await db.PriorityAims.AsNoTracking().SingleOrDefaultAsync(a => a.Id == AimId, cancellationToken) is not { } aim) return (null, NotFound());
        Aim = aim;
        var priority = await db.PriorityAreas.AsNoTracking().SingleAsync(p => p.Id == aim.PriorityId, cancellationToken);
        var allowed = action is null
            ? await authorization.AuthorizeAsync(User, priority, RecordOperations.RunPriority)
            : await authorization.AuthorizeAsync(User, new ActionInPriority(action, priority), RecordOperations.UpdateStrategyAction);
        if (!allowed.Succeeded) return (null, Forbid());
        IndicatorChoices = (await db.Indicators.AsNoTracking().OrderBy(i => i.SortOrder).ThenBy(i => i.Name).Select(i => new { i.Key, i.Name }).ToListAsync(cancellationToken))
            .Select(i => (i.Key, i.Name)).ToList();
        return (action, null);
    }
}
