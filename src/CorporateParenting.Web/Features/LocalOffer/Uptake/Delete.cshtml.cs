using CorporateParenting.Data;
using CorporateParenting.Data.LocalOffer;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.LocalOffer.Uptake;

/// <summary>
/// Removes a row of uptake entered by mistake, after a confirmation that says what goes. Only a recorder who may
/// record its entitlement (the board officer, or a service manager for their own services) sees or deletes it.
/// </summary>
[Authorize(Policy = Capability.RecordOfferUptake)]
public sealed class DeleteModel(HubDbContext db, IAuthorizationService authorization, TimeProvider clock, ILogger<DeleteModel> logger) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    public OfferUptake Row { get; private set; } = null!;
    public string EntitlementTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        db.OfferUptake.Remove(Row);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Uptake row {Id} ({Entitlement}, {Start} to {End}) deleted by {User}", Row.Id, Row.EntitlementKey, Row.PeriodStart, Row.PeriodEnd, User.Identity?.Name);
        TempData["Saved"] = $"Uptake of {EntitlementTitle} for {Describe(Row)} is deleted";
        return Redirect("/LocalOffer/Uptake/Record");
    }

    public static string Describe(OfferUptake row) => $"{DateDisplay.Long(row.PeriodStart)} to {DateDisplay.Long(row.PeriodEnd)}";

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var rules = await UptakeRecorder.RulesForAsync(db, User, authorization, clock, cancellationToken);
        if (await db.OfferUptake.SingleOrDefaultAsync(u => u.Id == Id, cancellationToken) is not { } row || !rules.MayRecord(row.EntitlementKey)) return false;
        Row = row;
        EntitlementTitle = rules.Catalogue.TryGetValue(row.EntitlementKey, out var entry) ? entry.Title : row.EntitlementKey;
        return true;
    }
}
