using CorporateParenting.Data;
using CorporateParenting.Data.Strategy;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Strategy.Recommendations;

/// <summary>Recommendations from inspections, visits, reviews and surveys: open ones first, overdue reports flagged.</summary>
[Authorize(Policy = Capability.ViewStrategy)]
public sealed class IndexModel(HubDbContext db, StrategyAccess access, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Recommendation> Rows { get; private set; } = [];
    public bool Manages { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = clock.UkToday();
        Manages = await access.ManagesAsync(User);
        var confidential = await access.SeesConfidentialAsync(User);
        var all = await db.Recommendations.AsNoTracking().Where(r => confidential || !r.Confidential).ToListAsync(cancellationToken);
        Rows = all.OrderBy(r => r.Status == RecommendationStatus.Closed).ThenByDescending(r => r.ReportOverdueOn(Today)).ThenBy(r => r.NextReportDue).ThenBy(r => r.Id).ToList();
    }
}
