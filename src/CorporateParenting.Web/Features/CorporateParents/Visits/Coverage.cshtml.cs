using CorporateParenting.Data;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Documents;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.CorporateParents.Visits;

/// <summary>Every active home, when members last visited and which are overdue against the council's rule.</summary>
[Authorize(Policy = Capability.ViewCorporateParents)]
public sealed class CoverageModel(HubDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<VisitCoverage.Row> Rows { get; private set; } = [];
    public int EveryMonths { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        (EveryMonths, Rows) = await VisitCoverage.LoadAsync(db, clock.UkToday(), cancellationToken);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) =>
        CsvDownload.Create(Export((await VisitCoverage.LoadAsync(db, clock.UkToday(), cancellationToken)).Rows), "visit-coverage.csv");

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken cancellationToken) =>
        ExcelDownload.Create(Export((await VisitCoverage.LoadAsync(db, clock.UkToday(), cancellationToken)).Rows), "visit-coverage.xlsx", "Visit coverage");

    private static IEnumerable<object> Export(IEnumerable<VisitCoverage.Row> rows) => rows.Select(r => new
    {
        Home = r.Home.Name, Kind = HomesModel.KindName(r.Home.Kind), OfstedUrn = r.Home.OfstedUrn ?? "", Area = r.Home.Area ?? "",
        LastVisit = r.LastVisit is { } d ? DateDisplay.Iso(d) : "Never", DueBy = DateDisplay.Iso(r.DueBy), Overdue = r.Overdue ? "Yes" : "No",
    });
}
