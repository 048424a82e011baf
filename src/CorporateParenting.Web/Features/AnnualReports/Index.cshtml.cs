using CorporateParenting.Data;
using CorporateParenting.Data.AnnualReports;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.AnnualReports;

/// <summary>The board's annual reports to Overview and Scrutiny, newest year first.</summary>
[Authorize(Policy = Capability.ViewAnnualReport)]
public sealed class IndexModel(HubDbContext db, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<AnnualReport> Reports { get; private set; } = [];
    public bool MayStart { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Reports = await db.AnnualReports.AsNoTracking().OrderByDescending(r => r.YearStart).ThenBy(r => r.YearKind).ToListAsync(cancellationToken);
        MayStart = (await authorization.AuthorizeAsync(User, Capability.ManageAnnualReport)).Succeeded;
    }

    public static string TagClass(AnnualReportStatus status) => status switch
    {
        AnnualReportStatus.Submitted => "govuk-tag--green",
        AnnualReportStatus.Approved => "govuk-tag--blue",
        _ => "govuk-tag--grey",
    };
}
