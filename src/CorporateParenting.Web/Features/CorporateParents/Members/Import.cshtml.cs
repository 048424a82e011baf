using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.CorporateParents.Members;

/// <summary>Imports the council's list of members from CSV: all lines or none, each bad line named (<see cref="MemberImport"/>).</summary>
[Authorize(Policy = Capability.ManageCorporateParents)]
public sealed class ImportModel(MemberImport import) : PageModel
{
    private const long MaxBytes = 1024 * 1024;

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(IFormFile? upload, CancellationToken cancellationToken)
    {
        if (upload is null || upload.Length == 0)
            ModelState.AddModelError("upload", "Select a CSV file of the council's members");
        else if (upload.Length > MaxBytes)
            ModelState.AddModelError("upload", "The file must be smaller than 1 MB");
        if (!ModelState.IsValid) return Page();

        await using var stream = upload!.OpenReadStream();
        var result = await import.ImportAsync(stream, cancellationToken);
        if (!result.Saved)
        {
            Problems = result.Problems;
            ModelState.AddModelError("upload", $"The file was not imported: {result.Problems.Count} {(result.Problems.Count == 1 ? "line needs" : "lines need")} correcting (nothing was saved)");
            return Page();
        }
        TempData["Saved"] = $"Imported the council's members: {result.Added} added, {result.Updated} updated";
        return Redirect("/CorporateParents/Members");
    }
}
