using CorporateParenting.Data;
using CorporateParenting.Data.AnnualReports;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.AnnualReports;

/// <summary>Records the committee meeting the approved report went to: from then it and its files are frozen.</summary>
[Authorize(Policy = Capability.ManageAnnualReport)]
public sealed class SubmitModel(HubDbContext db, AnnualReportWorkflow workflow) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty, System.ComponentModel.DataAnnotations.Display(Name = "The date of the meeting")] public DateOnly? CommitteeDate { get; set; }
    public AnnualReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        if (CommitteeDate is null && ModelState[nameof(CommitteeDate)] is not { Errors.Count: > 0 }) ModelState.AddModelError(nameof(CommitteeDate), "Enter the date of the committee meeting");
        if (!ModelState.IsValid) return Page();
        try
        {
            await workflow.SubmitAsync(Id, CommitteeDate!.Value, User.Identity!.Name!, cancellationToken);
            TempData["Saved"] = "The report's submission to the committee is recorded: it and its files are now frozen";
            return Redirect($"/AnnualReports/Report/{Id}");
        }
        catch (AnnualReportRuleException refused)
        {
            ModelState.AddModelError(nameof(CommitteeDate), refused.Message);
            return Page();
        }
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await db.AnnualReports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == Id, cancellationToken) is not { } report) return false;
        Report = report;
        return true;
    }
}
