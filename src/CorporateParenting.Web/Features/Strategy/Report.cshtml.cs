using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.Strategy;

/// <summary>A priority's working-group report, to take to its themed meeting (and, later, into the board pack).</summary>
[Authorize(Policy = Capability.ViewStrategy)]
public sealed class ReportModel(WorkingGroupReportBuilder builder) : PageModel
{
    public WorkingGroupReport Report { get; private set; } = null!;
    public int Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await builder.BuildAsync(id, cancellationToken) is not { } report) return NotFound();
        (Report, Id) = (report, id);
        return Page();
    }
}
