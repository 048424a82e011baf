using CorporateParenting.Data;
using CorporateParenting.Data.Audit;
using CorporateParenting.Data.Performance;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Features.Performance.Children;
using CorporateParenting.Web.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Performance.DataQuality;

/// <summary>What the DfE rules found in a year's import, grouped by rule, and how failures have moved across imports.</summary>
[Authorize(Policy = Capability.ImportData)]
public sealed class IndexModel(HubDbContext db, ChildDataReadAudit audit, CouncilReturns council, ViewerScope viewer) : PageModel
{
    public sealed record RuleCount(string Rule, string Message, string Table, int Failures);

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    public Ssda903Import? Import { get; private set; }
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<RuleCount> Rules { get; private set; } = [];
    public IReadOnlyList<Ssda903Import> Trend { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadImportAsync(cancellationToken);
        if (Import is null) return;
        Rules = (await db.Ssda903RuleFailures.AsNoTracking().Where(f => f.ImportId == Import.Id)
                .GroupBy(f => new { f.Rule, f.Message, f.Table }).Select(g => new { g.Key.Rule, g.Key.Message, g.Key.Table, Count = g.Count() }).ToListAsync(cancellationToken))
            .Select(g => new RuleCount(g.Rule, g.Message, g.Table, g.Count)).OrderByDescending(r => r.Failures).ThenBy(r => r.Rule, StringComparer.Ordinal).ToList();
        Trend = await db.Ssda903Imports.AsNoTracking().OrderBy(i => i.ImportedAtUtc).ToListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) =>
        await ExportAsync((rows, name) => CsvDownload.Create(rows, name + ".csv"), cancellationToken);

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken cancellationToken) =>
        await ExportAsync((rows, name) => ExcelDownload.Create(rows, name + ".xlsx", "Rule failures"), cancellationToken);

    /// <summary>Every failure with its row and CHILD: child-level data, so the export is audited.</summary>
    private async Task<IActionResult> ExportAsync(Func<IEnumerable<object>, string, IActionResult> file, CancellationToken cancellationToken)
    {
        await LoadImportAsync(cancellationToken);
        if (Import is null) return NotFound();
        var failures = await db.Ssda903RuleFailures.AsNoTracking().Where(f => f.ImportId == Import.Id).OrderBy(f => f.Table).ThenBy(f => f.Row).ThenBy(f => f.Rule).ToListAsync(cancellationToken);
        var scope = await viewer.CurrentAsync(cancellationToken);
        if (!scope.IsEveryone)
        {
            // Failures of no child (a whole table's) name nobody; a child's failures only for the viewer's services.
            var children = (await council.CurrentAsync(db, cancellationToken)).Children;
            failures = failures.Where(f => f.Child is null || scope.Includes(children, f.Child, Import.Year)).ToList();
        }
        await audit.RecordAsync($"903 rule failures export {Import.Year}", failures.Select(f => f.Child).OfType<string>().Distinct().ToList(), cancellationToken);
        return file(failures.Select(f => new { rule = f.Rule, table = f.Table, row = f.Row, child = f.Child ?? "", fields = f.Fields, message = f.Message }), $"rule-failures-{Import.Year}");
    }

    private async Task LoadImportAsync(CancellationToken cancellationToken)
    {
        Years = await db.Ssda903Imports.Where(i => i.IsCurrent).OrderByDescending(i => i.Year).Select(i => i.Year).ToListAsync(cancellationToken);
        var year = Year is { } y && Years.Contains(y) ? y : Years.FirstOrDefault();
        Import = await db.Ssda903Imports.AsNoTracking().SingleOrDefaultAsync(i => i.Year == year && i.IsCurrent, cancellationToken);
    }
}
