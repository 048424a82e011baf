using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.Performance.Imports;

/// <summary>What the uploaded files were recognised as and what the DfE rules found, before anything is saved.</summary>
[Authorize(Policy = Capability.ImportData)]
public sealed class CheckModel(ImportStaging staging, Ssda903Importer importer) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty] public bool ConfirmReplace { get; set; }
    public ImportCheck Check { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (staging.Files(Id) is not { } files) return NotFound();
        Check = await importer.CheckAsync(files, Year, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (staging.Files(Id) is not { } files) return NotFound();
        Check = await importer.CheckAsync(files, Year, cancellationToken);
        if (!Check.CanImport) return Page();
        if (Check.Replaces is not null && !ConfirmReplace)
        {
            ModelState.AddModelError(nameof(ConfirmReplace), $"Confirm that this import replaces the {Check.Year} return imported on {Infrastructure.DateDisplay.Long(Check.Replaces.ImportedAtUtc)}");
            return Page();
        }
        var import = await importer.ImportAsync(files, Check, User.Identity!.Name!, cancellationToken);
        staging.Remove(Id);
        TempData["Imported"] = $"The {import.Year} return is imported: {import.Children:#,0} children, {import.RuleFailures:#,0} rule failures. The scorecard now uses it.";
        return RedirectToPage("Index");
    }
}
