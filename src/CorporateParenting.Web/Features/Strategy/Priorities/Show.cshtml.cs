using CorporateParenting.Data;
using CorporateParenting.Data.Strategy;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Authorization.Records;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Strategy.Priorities;

/// <summary>A priority: what it means, which principles it serves, its working group, aims and action plan.</summary>
[Authorize(Policy = Capability.ViewStrategy)]
public sealed class ShowModel(HubDbContext db, StrategyAccess access, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public string? NewAim { get; set; }
    public PriorityArea Priority { get; private set; } = null!;
    public bool MayEdit { get; private set; }
    public bool Manages { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAimAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        if (!MayEdit) return Forbid();
        if (!ModelState.IsValid) return Page();
        db.PriorityAims.Add(new PriorityAim { PriorityId = Id, Order = Priority.Aims.Count + 1, Text = NewAim!.Trim() });
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { Id });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Today = clock.UkToday();
        if (await db.PriorityAreas.AsNoTracking().Include(p => p.Members).Include(p => p.Aims).ThenInclude(a => a.Actions)
                .AsSplitQuery().SingleOrDefaultAsync(p => p.Id == Id, cancellationToken) is not { } priority) return false;
        Priority = priority;
        Manages = await access.ManagesAsync(User);
        MayEdit = (await authorization.AuthorizeAsync(User, priority, RecordOperations.RunPriority)).Succeeded;
        return true;
    }
}
