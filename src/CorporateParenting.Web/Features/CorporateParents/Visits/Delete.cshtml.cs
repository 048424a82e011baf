using CorporateParenting.Data;
using CorporateParenting.Data.CorporateParents;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.CorporateParents.Visits;

/// <summary>
/// Deletes a visit recorded in error, after asking: the board officer, or a member who went on it (anyone else gets
/// 404). Its follow-up actions stay in the board's action log: they are the board's record now (ADR 28).
/// </summary>
[Authorize(Policy = Capability.RecordVisits)]
public sealed class DeleteModel(HubDbContext db, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    public string Home { get; private set; } = "";
    public MemberVisit Visit { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        // The attendees and the links to the actions go with the visit (cascade); the board's actions themselves stay.
        db.MemberVisits.Remove(Visit);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = Visit.Actions.Count == 0
            ? $"The visit to {Home} on {DateDisplay.Long(Visit.Date)} is deleted"
            : $"The visit to {Home} on {DateDisplay.Long(Visit.Date)} is deleted; its {Visit.Actions.Count} follow-up action{(Visit.Actions.Count == 1 ? " stays" : "s stay")} in the board's action log";
        return Redirect("/CorporateParents/Visits");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var visit = await db.MemberVisits.Include(v => v.Members).Include(v => v.Actions).SingleOrDefaultAsync(v => v.Id == Id, cancellationToken);
        if (visit is null || !await VisitForm.MayChangeAsync(db, authorization, User, visit, cancellationToken)) return false;
        Visit = visit;
        Home = await db.CareSettings.AsNoTracking().Where(h => h.Id == visit.CareSettingId).Select(h => h.Name).SingleAsync(cancellationToken);
        return true;
    }
}
