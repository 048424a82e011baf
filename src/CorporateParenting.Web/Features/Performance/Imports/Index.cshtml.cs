using CorporateParenting.Data;
using CorporateParenting.Data.Performance;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using CorporateParenting.Web.Infrastructure.Paging;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Performance.Imports;

/// <summary>Upload a year's 903 (the CSV tables or the DfE XML) and see every import so far.</summary>
[Authorize(Policy = Capability.ImportData)]
[RequestSizeLimit(UploadLimits.Ssda903Import)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.Ssda903Import)]
public sealed class IndexModel(HubDbContext db, ImportStaging staging) : PageModel
{
    [BindProperty] public List<IFormFile> Files { get; set; } = [];
    [BindProperty] public int? Year { get; set; }
    /// <summary>The ONS postcode directory (optional): PL_LA and PL_LOCATION for the place rules.</summary>
    [BindProperty] public IFormFile? Postcodes { get; set; }
    /// <summary>Ofsted's provider list (optional): the URN rules.</summary>
    [BindProperty] public IFormFile? Providers { get; set; }
    /// <summary>The import history grows by a few imports a year and is paged like every long list (ADR 35).</summary>
    public IReadOnlyList<Ssda903Import> History { get; private set; } = [];
    public Paging Paging { get; private set; } = Paging.For(1, 0);
    public PageLinks Pages => PageLinks.ForRequest(Request, Paging, "imports");

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Files.Count == 0)
            ModelState.AddModelError(nameof(Files), "Select the 903 files to import: the CSV tables or the DfE XML file");
        else if (Files.FirstOrDefault(f => !f.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && !f.FileName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)) is { } wrong)
            ModelState.AddModelError(nameof(Files), $"{wrong.FileName} is not a CSV or XML file");
        if (ImportPlaces.Problem(Postcodes, Ssda903.Places.PostcodeDirectory.Read) is { } postcodeProblem)
            ModelState.AddModelError(nameof(Postcodes), postcodeProblem);
        if (ImportPlaces.Problem(Providers, Ssda903.Places.ProviderDirectory.Read) is { } providerProblem)
            ModelState.AddModelError(nameof(Providers), providerProblem);
        if (Year is < 2010 or > 2100)
            ModelState.AddModelError(nameof(Year), "Enter a collection year between 2010 and 2100, or leave it blank");
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
        var reference = new[] { (File: Postcodes, Name: ImportPlaces.PostcodesName), (File: Providers, Name: ImportPlaces.ProvidersName) }
            .Where(r => r.File is not null).Select(r => (r.Name, r.File!.OpenReadStream()));
        var id = await staging.SaveAsync(Files.Select(f => (f.FileName, f.OpenReadStream())).Concat(reference), Year, cancellationToken);
        return RedirectToPage("Check", new { id, year = Year });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Paging = Paging.For(Paging.Requested(Request), await db.Ssda903Imports.CountAsync(cancellationToken));
        History = await Paging.Of(db.Ssda903Imports.AsNoTracking().Include(i => i.Files)
            .OrderByDescending(i => i.Year).ThenByDescending(i => i.ImportedAtUtc).ThenByDescending(i => i.Id)).ToListAsync(cancellationToken);
    }
}
