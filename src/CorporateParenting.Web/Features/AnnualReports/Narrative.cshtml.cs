using CorporateParenting.Data;
using CorporateParenting.Data.AnnualReports;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.AnnualReports;

/// <summary>The narrative under one section of a draft: the board officer and the chair write it; a refused save keeps the text.</summary>
[Authorize(Policy = Capability.ViewAnnualReport)]
public sealed class NarrativeModel(HubDbContext db, AnnualReportDrafter drafter, AnnualReportWorkflow workflow, AnnualReportAccess access) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty(SupportsGet = true)] public string Key { get; set; } = "";
    [BindProperty] public string? Text { get; set; }
    public AnnualReport Report { get; private set; } = null!;
    public IAnnualReportSection Section { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused) return refused;
        Text = Report.Narratives.SingleOrDefault(n => n.SectionKey == Key)?.Text;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused) return refused;
        try
        {
            await workflow.SaveNarrativeAsync(Id, Key, Text, User.Identity!.Name!, cancellationToken);
            TempData["Saved"] = $"The narrative for {Section.Title} has been saved";
            return Redirect($"/AnnualReports/Report/{Id}#section-{Key}");
        }
        catch (AnnualReportRuleException error)
        {
            ModelState.AddModelError(nameof(Text), error.Message);
            return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (await db.AnnualReports.AsNoTracking().Include(r => r.Narratives).SingleOrDefaultAsync(r => r.Id == Id, cancellationToken) is not { } report) return NotFound();
        if (drafter.Sections.SingleOrDefault(s => s.Key == Key) is not { } section) return NotFound();
        if (!(await access.OfAsync(User, cancellationToken)).MayWriteNarrative) return Forbid();
        (Report, Section) = (report, section);
        return null;
    }
}
