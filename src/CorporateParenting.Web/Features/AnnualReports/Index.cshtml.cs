using CorporateParenting.Data;
using CorporateParenting.Data.AnnualReports;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.AnnualReports;

/// <summary>The board's annual reports to Overview and Scrutiny, newest year first.</summary>
[Authorize(Policy = Capability.ViewAnnualReport)]
public sealed class IndexModel(HubDbContext db) : PageModel
{
    public IReadOnlyList<AnnualReport> Reports { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Reports = await db.AnnualReports.AsNoTracking().OrderByDescending(r => r.YearStart).ToListAsync(cancellationToken);
}
