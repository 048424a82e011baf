using System.Globalization;
using CorporateParenting.Data;
using CorporateParenting.Data.Performance;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using CorporateParenting.Web.Features.Performance.Imports;
using CorporateParenting.Web.Infrastructure.Export;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Performance.Postcodes;

/// <summary>
/// The council's postcode lookup (postcode or district, ward, centroid, local authority): wards,
/// in or out of area and distances from home. A new file replaces the lookup and recomputes every
/// figure, in one transaction.
/// </summary>
[Authorize(Policy = Capability.ManageBenchmarks)]
[RequestSizeLimit(UploadLimits.PostcodeLookup)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.PostcodeLookup)]
public sealed class IndexModel(HubDbContext db, Ssda903Importer importer) : PageModel
{
    public static readonly string[] Columns = ["postcode", "ward", "latitude", "longitude", "local_authority"];

    [BindProperty] public IFormFile? Upload { get; set; }
    public int Held { get; private set; }
    public IReadOnlyList<(string Ward, int Postcodes)> Wards { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var rows = Upload is null ? null : Parse(Upload);
        if (Upload is null) ModelState.AddModelError(nameof(Upload), "Select a CSV file of postcodes and wards");
        if (!ModelState.IsValid || rows is null)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.PostcodeAreas.ExecuteDeleteAsync(cancellationToken);
            db.PostcodeAreas.AddRange(rows);
            await db.SaveChangesAsync(cancellationToken);
            if (await db.Ssda903Imports.AnyAsync(i => i.IsCurrent, cancellationToken)) await importer.RecomputeAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        TempData["Loaded"] = $"{rows.Count:#,0} postcodes loaded from {Upload!.FileName}. Ward, area and distance figures have been recomputed.";
        return RedirectToPage();
    }

    private List<PostcodeArea>? Parse(IFormFile file)
    {
        using var csv = CsvUpload.Open(file, Columns);
        if (csv is null)
        {
            ModelState.AddModelError(nameof(Upload), $"The file must have the columns {string.Join(", ", Columns)}");
            return null;
        }
        var rows = new Dictionary<string, PostcodeArea>();
        while (csv.Read() && ModelState.ErrorCount < 20)
        {
            var line = csv.Parser.Row;
            var postcode = CouncilMeasureOptions.Normalise(csv.GetField("postcode") ?? "");
            var ward = csv.GetField("ward")?.Trim() ?? "";
            var authority = csv.GetField("local_authority")?.Trim() ?? "";
            if (postcode.Length is 0 or > 10) ModelState.AddModelError(nameof(Upload), $"Line {line}: the postcode is missing or longer than 10 characters");
            else if (ward.Length is 0 or > 100) ModelState.AddModelError(nameof(Upload), $"Line {line}: the ward is missing or longer than 100 characters");
            else if (authority.Length is 0 or > 16) ModelState.AddModelError(nameof(Upload), $"Line {line}: the local authority code is missing or longer than 16 characters");
            else if (!double.TryParse(csv.GetField("latitude"), NumberStyles.Float, CultureInfo.InvariantCulture, out var latitude) || latitude is < 49 or > 61)
                ModelState.AddModelError(nameof(Upload), $"Line {line}: latitude must be a number between 49 and 61 (the UK), not '{csv.GetField("latitude")}'");
            else if (!double.TryParse(csv.GetField("longitude"), NumberStyles.Float, CultureInfo.InvariantCulture, out var longitude) || longitude is < -9 or > 2)
                ModelState.AddModelError(nameof(Upload), $"Line {line}: longitude must be a number between -9 and 2 (the UK), not '{csv.GetField("longitude")}'");
            else if (!rows.TryAdd(postcode, new PostcodeArea { Postcode = postcode, Ward = ward, Latitude = latitude, Longitude = longitude, LocalAuthority = authority }))
                ModelState.AddModelError(nameof(Upload), $"Line {line}: {postcode} appears twice");
        }
        return ModelState.IsValid ? rows.Values.ToList() : null;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Held = await db.PostcodeAreas.CountAsync(cancellationToken);
        Wards = (await db.PostcodeAreas.GroupBy(p => p.Ward).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .Select(g => (g.Key, g.Count)).OrderBy(g => g.Key).ToList();
    }
}
