using CorporateParenting.Data;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.LocalOffer.Uptake;

/// <summary>
/// Uptake and value of the Local Offer: a chosen financial year per area and entitlement, and each entitlement's
/// trend across the years held. Viewers without ViewChildData see it through <see cref="ProtectedUptake"/>.
/// </summary>
[Authorize(Policy = Capability.ViewLocalOffer)]
public sealed class IndexModel(HubDbContext db, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    public UptakeView View { get; private set; } = null!;
    public int? Shown { get; private set; }
    public bool Restricted { get; private set; }
    public bool CanRecord { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Year is not null && Shown != Year) return NotFound();
        return Page();
    }

    /// <summary>Every entitlement and financial year as this viewer sees it ("c" where hidden).</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var rows = View.Uptake.Years.SelectMany(year => View.Entitlements.Select(e => (e, year, figure: View.Uptake.Entitlement(e.Key, year))))
            .Where(r => r.figure.Recorded)
            .Select(r => new
            {
                FinancialYear = FinancialYear.Label(r.year),
                Area = OfferCatalogue.AreaName(r.e.Area),
                EntitlementKey = r.e.Key,
                Entitlement = r.e.Title,
                YoungPeople = r.figure.Hidden ? "c" : r.figure.YoungPeople!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Cost = r.figure.Hidden ? "c" : r.figure.Cost?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) ?? "",
                Value = r.figure.Hidden ? "c" : r.figure.Value?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) ?? "",
            });
        return CsvDownload.Create(rows, "local-offer-uptake.csv");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Restricted = !(await authorization.AuthorizeAsync(User, Capability.ViewChildData)).Succeeded;
        CanRecord = (await authorization.AuthorizeAsync(User, Capability.RecordOfferUptake)).Succeeded;
        View = await UptakeView.LoadAsync(db, Restricted, cancellationToken);
        var years = View.Uptake.Years;
        var lastComplete = FinancialYear.LastComplete(Infrastructure.DateDisplay.UkToday(clock));
        Shown = Year is { } asked ? (years.Contains(asked) ? asked : null)
            : years.Contains(lastComplete) ? lastComplete : years.Count > 0 ? years[^1] : null;
    }
}
