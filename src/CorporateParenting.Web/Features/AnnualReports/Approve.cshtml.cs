using CorporateParenting.Data;
using CorporateParenting.Data.AnnualReports;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.AnnualReports;

/// <summary>
/// Approval: the chair approves; the board officer may record the chair's approval, confirming it by the chair's name (ADR 30).
/// Approval renders the PDF and Word files and keeps them.
/// </summary>
[Authorize(Policy = Capability.ViewAnnualReport)]
public sealed class ApproveModel(HubDbContext db, AnnualReportDrafter drafter, AnnualReportWorkflow workflow, AnnualReportAccess access) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public bool ChairApproved { get; set; }
    public DraftedReport Drafted { get; private set; } = null!;
    public AnnualReportAccess.Rights Rights { get; private set; } = new(false, false);
    public string? ChairName { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused) return refused;
        string approvedBy;
        if (Rights.IsChair) approvedBy = User.Identity!.Name!;
        else if (ChairName is null)
        {
            ModelState.AddModelError(nameof(ChairApproved), "The board has no current chair on its membership: record the chair first");
            return Page();
        }
        else if (!ChairApproved)
        {
            ModelState.AddModelError(nameof(ChairApproved), $"Confirm that {ChairName} has approved the report");
            return Page();
        }
        else approvedBy = $"{ChairName}, recorded by {User.Identity!.Name}";
        try
        {
            var files = await workflow.ApproveAsync(Id, approvedBy, cancellationToken);
            TempData["Saved"] = $"The report is approved: its PDF ({files.PageCount} pages) and Word files are kept as approved";
            return Redirect($"/AnnualReports/Report/{Id}");
        }
        catch (Exception error) when (error is AnnualReportRuleException or PackRenderingException)
        {
            ModelState.AddModelError(nameof(ChairApproved), error.Message);
            return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (await db.AnnualReports.AsNoTracking().Include(r => r.Narratives).SingleOrDefaultAsync(r => r.Id == Id, cancellationToken) is not { } report) return NotFound();
        Rights = await access.OfAsync(User, cancellationToken);
        if (!Rights.MayWriteNarrative) return Forbid();
        Drafted = await drafter.DraftAsync(report, cancellationToken);
        ChairName = await workflow.ChairNameAsync(cancellationToken);
        return null;
    }
}
