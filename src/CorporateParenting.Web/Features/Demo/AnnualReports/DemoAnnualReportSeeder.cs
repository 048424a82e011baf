using CorporateParenting.Data;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Demo.AnnualReports;

/// <summary>
/// The demo board's annual report for the last complete year, drafted by the Hub from the demo record with
/// narrative added. Seeded last: it reads everything else. Runs once.
/// </summary>
public sealed class DemoAnnualReportSeeder(HubDbContext db, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.AnnualReports.AnyAsync(cancellationToken)) return;
        _ = clock;   // filled in by the annual report work
    }
}
