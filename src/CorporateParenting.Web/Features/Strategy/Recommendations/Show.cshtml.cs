using CorporateParenting.Data;
using CorporateParenting.Data.Strategy;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Strategy.Recommendations;

/// <summary>A recommendation with the council's response, its linked actions and every progress report (appended, never edited).</summary>
[Authorize(Policy = Capability.ViewStrategy)]
public sealed class ShowModel(HubDbContext db, StrategyAccess access, TimeProvider clock) : PageModel
{
    public sealed class ReportInput
    {
        [System.ComponentModel.DataAnnotations.Display(Name = "The date it went to the board")] public DateOnly? ReportedOn { get; set; }
        public string? Text { get; set; }
        public RecommendationStatus Status { get; set; }
        [System.ComponentModel.DataAnnotations.Display(Name = "The date the next report is due")] public DateOnly? NextReportDue { get; set; }
    }

    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public ReportInput Report { get; set; } = new();
    public Recommendation Recommendation { get; private set; } = null!;
    public IReadOnlyList<StrategyAction> Actions { get; private set; } = [];
    public bool Manages { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        Report = new ReportInput { ReportedOn = Today, Status = Recommendation.Status == RecommendationStatus.Open ? RecommendationStatus.InProgress : Recommendation.Status };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        if (!Manages) return Forbid();
        if (Recommendation.Status == RecommendationStatus.Closed) return StatusCode(StatusCodes.Status409Conflict);   // the board closed it: no further reports
        if (!ModelState.IsValid) return Page();

        var recommendation = await db.Recommendations.SingleAsync(r => r.Id == Id, cancellationToken);
        recommendation.Reports.Add(new RecommendationReport { ReportedOn = Report.ReportedOn!.Value, Author = User.Identity!.Name!, Text = Report.Text!.Trim(), Status = Report.Status });
        recommendation.Status = Report.Status;
        recommendation.NextReportDue = Report.Status == RecommendationStatus.Closed ? null : Report.NextReportDue;
        await db.SaveChangesAsync(cancellationToken);
        TempData["Success"] = "The progress report has been added";
        return RedirectToPage(new { Id });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Today = clock.UkToday();
        var confidential = await access.SeesConfidentialAsync(User);
        // A confidential recommendation is not found, rather than forbidden, so its existence is not given away.
        if (await db.Recommendations.AsNoTracking().Include(r => r.Reports).Include(r => r.Actions).AsSplitQuery()
                .SingleOrDefaultAsync(r => r.Id == Id && (confidential || !r.Confidential), cancellationToken) is not { } recommendation) return false;
        Recommendation = recommendation;
        var ids = recommendation.Actions.Select(a => a.ActionId).ToList();
        Actions = await db.StrategyActions.AsNoTracking().Where(a => ids.Contains(a.Id)).OrderBy(a => a.DueDate).ToListAsync(cancellationToken);
        Manages = await access.ManagesAsync(User);
        return true;
    }
}
