using System.Text.RegularExpressions;
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
/// The list of homes and services members visit, kept by the board officer. A home that closes is made
/// inactive, not deleted, so its past visits keep their place.
/// </summary>
[Authorize(Policy = Capability.ManageCorporateParents)]
public sealed partial class HomesModel(HubDbContext db) : PageModel
{
    public sealed class HomeInput
    {
        public int? Id { get; set; }
        public string? Name { get; set; }
        public CareSettingKind Kind { get; set; }
        public string? OfstedUrn { get; set; }
        public string? Area { get; set; }
        public bool Active { get; set; } = true;
    }

    [BindProperty] public HomeInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public int? Edit { get; set; }
    public IReadOnlyList<CareSetting> Homes { get; private set; } = [];

    public static string KindName(CareSettingKind kind) => kind switch
    {
        CareSettingKind.ChildrensHome => "Children's home",
        CareSettingKind.SupportedAccommodation => "Supported accommodation",
        CareSettingKind.ShortBreaks => "Short breaks",
        CareSettingKind.FosteringService => "Fostering service",
        _ => "Other service",
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Edit is { } id)
        {
            if (Homes.SingleOrDefault(h => h.Id == id) is not { } home) return NotFound();
            Input = new HomeInput { Id = home.Id, Name = home.Name, Kind = home.Kind, OfstedUrn = home.OfstedUrn, Area = home.Area, Active = home.Active };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var name = Input.Name?.Trim();
        if (string.IsNullOrEmpty(name)) ModelState.AddModelError("Input.Name", "Enter the name of the home or service");
        else if (name.Length > 200) ModelState.AddModelError("Input.Name", "The name must be 200 characters or fewer");
        else if (Homes.Any(h => h.Id != Input.Id && string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase)))
            ModelState.AddModelError("Input.Name", $"There is already a home or service called {name}");
        var urn = Input.OfstedUrn?.Trim().ToUpperInvariant();
        if (!string.IsNullOrEmpty(urn) && !OfstedUrn().IsMatch(urn))
            ModelState.AddModelError("Input.OfstedUrn", "Enter the Ofsted number as it appears on the inspection report, like SC123456 or 1234567");
        if (Input.Area?.Trim().Length > 200) ModelState.AddModelError("Input.Area", "The area must be 200 characters or fewer");
        if (!Enum.IsDefined(Input.Kind)) ModelState.AddModelError("Input.Kind", "Select the kind of home or service");
        CareSetting? home = null;
        if (Input.Id is { } id && (home = await db.CareSettings.SingleOrDefaultAsync(h => h.Id == id, cancellationToken)) is null) return NotFound();
        if (!ModelState.IsValid) return Page();

        if (home is null) db.CareSettings.Add(home = new CareSetting { Name = name! });
        home.Name = name!;
        home.Kind = Input.Kind;
        home.OfstedUrn = string.IsNullOrEmpty(urn) ? null : urn;
        home.Area = Input.Area.TrimmedOrNull();
        home.Active = Input.Active;
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = $"{home.Name} is saved";
        return Redirect("/CorporateParents/Visits/Homes");
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Homes = await db.CareSettings.AsNoTracking().OrderByDescending(h => h.Active).ThenBy(h => h.Name).ToListAsync(cancellationToken);

    /// <summary>Ofsted's social care numbers: SC and six digits, or (newer registrations) seven digits.</summary>
    [GeneratedRegex(@"^([A-Z]{2}\d{6}|\d{6,7})$")]
    private static partial Regex OfstedUrn();
}
