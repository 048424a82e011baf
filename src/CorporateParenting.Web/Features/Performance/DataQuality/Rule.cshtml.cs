using CorporateParenting.Data;
using CorporateParenting.Data.Audit;
using CorporateParenting.Data.Performance;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Features.Performance.Children;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Performance.DataQuality;

/// <summary>The rows that break one rule: table, row number in the file, CHILD and fields, to fix in the case system. Audited.</summary>
[Authorize(Policy = Capability.ImportData)]
public sealed class RuleModel(HubDbContext db, ChildDataReadAudit audit, CouncilReturns council, ViewerScope viewer) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Year { get; set; }
    [BindProperty(SupportsGet = true)] public string Code { get; set; } = "";
    public IReadOnlyList<Ssda903RuleFailure> Failures { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var import = await db.Ssda903Imports.AsNoTracking().SingleOrDefaultAsync(i => i.Year == Year && i.IsCurrent, cancellationToken);
        if (import is null) return NotFound();
        Failures = await db.Ssda903RuleFailures.AsNoTracking().Where(f => f.ImportId == import.Id && f.Rule == Code).OrderBy(f => f.Table).ThenBy(f => f.Row).ToListAsync(cancellationToken);
        if (Failures.Count == 0) return NotFound();
        var scope = await viewer.CurrentAsync(cancellationToken);
        if (!scope.IsEveryone)
        {
            var children = (await council.CurrentAsync(db, cancellationToken)).Children;
            var outside = Failures.Where(f => f.Child is not null && !scope.Includes(children, f.Child, Year)).ToList();
            Failures = Failures.Except(outside).ToList();
            if (Failures.Count == 0)
            {
                await viewer.RefuseAsync($"903 rule {Code} failures {Year}", outside.Select(f => f.Child!).Distinct().ToList(), cancellationToken);
                return NotFound();
            }
        }
        await audit.RecordAsync($"903 rule {Code} failures {Year}", Failures.Select(f => f.Child).OfType<string>().Distinct().ToList(), cancellationToken);
        return Page();
    }
}
