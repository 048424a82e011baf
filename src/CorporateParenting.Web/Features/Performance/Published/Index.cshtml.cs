using CorporateParenting.Data;
using CorporateParenting.Data.Performance;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Performance.Published;

/// <summary>Scorecards published for meetings, newest first.</summary>
[Authorize(Policy = Capability.ViewScorecard)]
public sealed class IndexModel(HubDbContext db) : PageModel
{
    public IReadOnlyList<PublishedScorecard> Published { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Published = await db.PublishedScorecards.AsNoTracking().OrderByDescending(p => p.MeetingDate).ThenByDescending(p => p.PublishedAtUtc)
            .Select(p => new PublishedScorecard { Id = p.Id, Title = p.Title, MeetingDate = p.MeetingDate, Year = p.Year, PublishedAtUtc = p.PublishedAtUtc, PublishedBy = p.PublishedBy, Full = "", Suppressed = "" })
            .ToListAsync(cancellationToken);
}
