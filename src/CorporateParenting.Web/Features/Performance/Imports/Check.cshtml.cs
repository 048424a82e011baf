using CorporateParenting.Data.Audit;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.Performance.Imports;

/// <summary>
/// What the uploaded files were recognised as, what stops them, what the DfE rules found and what
/// confirming would change, before anything is saved. Worked out once per upload and kept until confirm or cancel.
/// </summary>
[Authorize(Policy = Capability.ImportData)]
public sealed class CheckModel(ImportStaging staging, Ssda903Importer importer, ChildDataReadAudit audit) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty] public bool ConfirmReplace { get; set; }
    public ImportCheck Check { get; private set; } = null!;
    public ImportConsequences? Consequences { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (staging.Find(Id) is not { } staged) return Expired();
        await LoadAsync(staged, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (staging.Find(Id) is not { } staged) return Expired();
        await LoadAsync(staged, cancellationToken);
        if (!Check.CanImport || Consequences is null) return Page();
        if (!await importer.StillCurrentAsync(Consequences, cancellationToken))
        {
            staged.ForgetConsequences();
            await LoadAsync(staged, cancellationToken);
            ModelState.AddModelError(nameof(ConfirmReplace), "Another import was confirmed after these files were checked: look at what would change again, then confirm");
            return Page();
        }
        if (Check.Replaces is not null && !ConfirmReplace)
        {
            ModelState.AddModelError(nameof(ConfirmReplace), $"Confirm that this import replaces the {Check.Year} return imported on {Infrastructure.DateDisplay.Long(Check.Replaces.ImportedAtUtc)}");
            return Page();
        }
        var import = await importer.ImportAsync(staged.Files, Check, User.Identity!.Name!, cancellationToken);
        staging.Remove(Id);
        TempData["Imported"] = $"The {import.Year} return is imported: {import.Children:#,0} children, {import.RuleFailures:#,0} rule failures. The scorecard now uses it.";
        return RedirectToPage("Index");
    }

    /// <summary>Cancel, or start again after a refusal: the upload is deleted at once.</summary>
    public IActionResult OnPostCancel()
    {
        staging.Remove(Id);
        return RedirectToPage("Index");
    }

    private async Task LoadAsync(StagedImport staged, CancellationToken cancellationToken)
    {
        Check = await staged.CheckAsync(Year ?? staged.Year, (files, year) => importer.CheckAsync(files, year, cancellationToken));
        if (!Check.CanImport) return;
        Consequences = await staged.ConsequencesAsync(check => importer.ConsequencesAsync(check, cancellationToken));
        // The CHILD ids of possible identity clashes are child-level data: each showing is audited.
        if (Consequences.Clashes.Count > 0)
            await audit.RecordAsync($"903 import check {Check.Year}: possible identity clashes", Consequences.Clashes.Select(c => c.Child).ToList(), cancellationToken);
    }

    private IActionResult Expired()
    {
        TempData["Expired"] = $"Those files are no longer waiting: uploads are kept for {ImportStaging.Lifetime.TotalHours:0} hours and cleared when confirmed or cancelled. Upload them again.";
        return RedirectToPage("Index");
    }
}
