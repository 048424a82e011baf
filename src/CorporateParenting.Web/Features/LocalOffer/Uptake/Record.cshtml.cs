using CorporateParenting.Data;
using CorporateParenting.Data.LocalOffer;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure.Export;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.LocalOffer.Uptake;

/// <summary>
/// The uptake rows the signed-in recorder may record, each with a link to correct it, and the CSV upload: whole or
/// not at all, every bad line named (ADR 17). A line for exactly the period of a row held corrects that row.
/// </summary>
[Authorize(Policy = Capability.RecordOfferUptake)]
public sealed class RecordModel(HubDbContext db, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public static readonly string[] Columns = ["entitlement_key", "period_start", "period_end", "young_people", "cost", "value", "note"];
    private const int MostErrors = 50;

    [BindProperty] public IFormFile? Upload { get; set; }
    public UptakeRules Rules { get; private set; } = null!;
    public IReadOnlyList<OfferUptake> Rows { get; private set; } = [];
    public IReadOnlyDictionary<string, CatalogueEntry> Catalogue { get; private set; } = new Dictionary<string, CatalogueEntry>();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Select a CSV file of uptake");
            return Page();
        }
        var lines = Parse(Upload);
        if (lines is null) return Page();
        var held = await db.OfferUptake.ToListAsync(cancellationToken);
        var (errors, rows) = Rules.CheckUpload(lines, held);
        foreach (var error in errors.Take(MostErrors)) ModelState.AddModelError(nameof(Upload), error);
        if (errors.Count > MostErrors) ModelState.AddModelError(nameof(Upload), $"And {errors.Count - MostErrors:N0} more errors: nothing was loaded");
        if (errors.Count > 0) return Page();
        if (rows.Count == 0)
        {
            ModelState.AddModelError(nameof(Upload), "The file has no rows of uptake under its header");
            return Page();
        }

        var by = User.Identity?.Name ?? "unknown";
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (entry, replaces) in rows)
        {
            var row = replaces ?? db.OfferUptake.Add(new OfferUptake { EntitlementKey = entry.EntitlementKey, RecordedBy = by }).Entity;
            UptakeEdit.Apply(row, entry, by, now);
        }
        await db.SaveChangesAsync(cancellationToken);   // one SaveChanges: one transaction, all or nothing
        var replaced = rows.Count(r => r.Replaces is not null);
        TempData["Saved"] = $"{rows.Count:N0} rows of uptake loaded from {Upload.FileName}" + (replaced > 0 ? $" ({replaced:N0} of them corrected rows already held)" : "");
        return RedirectToPage();
    }

    /// <summary>The file's lines as entries, or null with every unreadable line recorded (nothing is checked against the record until all lines read).</summary>
    private List<(int Line, UptakeEntry Entry)>? Parse(IFormFile file)
    {
        using var csv = CsvUpload.Open(file, Columns[..4]);
        if (csv is null)
        {
            ModelState.AddModelError(nameof(Upload), $"The file must have a header row with the columns {string.Join(", ", Columns[..4])} (cost, value and note are optional)");
            return null;
        }
        var lines = new List<(int, UptakeEntry)>();
        var errors = 0;
        void Error(string message) { if (++errors <= MostErrors) ModelState.AddModelError(nameof(Upload), message); }
        while (csv.Read())
        {
            var line = csv.Parser.Row;
            string? Field(string name) => csv.HeaderRecord!.Any(h => h.Trim().Equals(name, StringComparison.OrdinalIgnoreCase)) ? csv.GetField(name) : null;
            var key = Field("entitlement_key")?.Trim() ?? "";
            var start = UptakeRecorder.ParseDate(Field("period_start"));
            var end = UptakeRecorder.ParseDate(Field("period_end"));
            var ok = true;
            if (key.Length == 0) { Error($"Line {line}: the entitlement_key is missing"); ok = false; }
            if (start is null) { Error($"Line {line}: period_start must be a date like 2025-04-01, not '{Field("period_start")}'"); ok = false; }
            if (end is null) { Error($"Line {line}: period_end must be a date like 2026-03-31, not '{Field("period_end")}'"); ok = false; }
            if (!UptakeRecorder.TryParseCount(Field("young_people"), out var count)) { Error($"Line {line}: young_people must be a whole number, not '{Field("young_people")}'"); ok = false; }
            if (!UptakeRecorder.TryParseAmount(Field("cost"), out var cost)) { Error($"Line {line}: cost must be an amount in pounds like 1250.00, not '{Field("cost")}'"); ok = false; }
            if (!UptakeRecorder.TryParseAmount(Field("value"), out var value)) { Error($"Line {line}: value must be an amount in pounds like 18629.84, not '{Field("value")}'"); ok = false; }
            if (ok) lines.Add((line, new UptakeEntry(key, start!.Value, end!.Value, count, cost, value, Field("note")?.Trim() is { Length: > 0 } n ? n : null)));
        }
        if (errors > MostErrors) ModelState.AddModelError(nameof(Upload), $"And {errors - MostErrors:N0} more errors: nothing was loaded");
        return errors == 0 ? lines : null;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Rules = await UptakeRecorder.RulesForAsync(db, User, authorization, clock, cancellationToken);
        Catalogue = Rules.Catalogue;
        Rows = (await db.OfferUptake.AsNoTracking().ToListAsync(cancellationToken))
            .Where(r => Rules.MayRecord(r.EntitlementKey))
            .OrderByDescending(r => r.PeriodStart).ThenBy(r => Catalogue[r.EntitlementKey].Area).ThenBy(r => Catalogue[r.EntitlementKey].Order).ToList();
    }
}
