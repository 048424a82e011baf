using System.Globalization;
using CorporateParenting.Data;
using CorporateParenting.Data.Performance;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure.Export;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Performance.Benchmarks;

/// <summary>
/// Comparator figures: England (shipped, and newer years loaded here) and statistical neighbours. A CSV
/// loads whole or not at all; a figure already held for the same measure, year and area is replaced.
/// </summary>
[Authorize(Policy = Capability.ManageBenchmarks)]
public sealed class IndexModel(HubDbContext db) : PageModel
{
    public sealed record Held(string Area, int Year, int Figures);

    [BindProperty] public IFormFile? Upload { get; set; }
    public IReadOnlyList<Held> Loaded { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var rows = Upload is null ? null : Parse(Upload);
        if (Upload is null) ModelState.AddModelError(nameof(Upload), "Select a CSV file of benchmark figures");
        if (!ModelState.IsValid || rows is null)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
        var existing = await db.BenchmarkValues.ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            var held = existing.FirstOrDefault(b => b.IndicatorKey == row.IndicatorKey && b.Year == row.Year && b.Area == row.Area);
            if (held is null) db.BenchmarkValues.Add(row);
            else (held.Value, held.Source) = (row.Value, row.Source);
        }
        await db.SaveChangesAsync(cancellationToken);   // one SaveChanges: one transaction
        TempData["Loaded"] = $"{rows.Count:#,0} figures loaded from {Upload!.FileName}.";
        return RedirectToPage();
    }

    /// <summary>Reads measure, year_ending_31_march, value and optional area and source; records every bad line.</summary>
    private List<BenchmarkValue>? Parse(IFormFile file)
    {
        using var csv = CsvUpload.Open(file, ["measure", "year_ending_31_march", "value"]);
        var rows = new List<BenchmarkValue>();
        if (csv is null)
        {
            ModelState.AddModelError(nameof(Upload), "The file must have the columns measure, year_ending_31_march and value (area and source are optional)");
            return null;
        }
        while (csv.Read())
        {
            var line = csv.Parser.Row;
            var measure = csv.GetField("measure")?.Trim() ?? "";
            var area = csv.GetField("area")?.Trim() is { Length: > 0 } a ? a : BenchmarkValue.England;
            if (measure.Length is 0 or > 100) ModelState.AddModelError(nameof(Upload), $"Line {line}: the measure is missing or too long");
            else if (!int.TryParse(csv.GetField("year_ending_31_march"), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2100)
                ModelState.AddModelError(nameof(Upload), $"Line {line}: year_ending_31_march must be a year such as 2025, not '{csv.GetField("year_ending_31_march")}'");
            else if (!double.TryParse(csv.GetField("value"), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                ModelState.AddModelError(nameof(Upload), $"Line {line}: value must be a number, not '{csv.GetField("value")}'");
            else if (area != BenchmarkValue.England && area != BenchmarkValue.StatisticalNeighbours && !(area.StartsWith(BenchmarkValue.NeighbourPrefix, StringComparison.Ordinal) && area.Length is > 11 and <= 64))
                ModelState.AddModelError(nameof(Upload), $"Line {line}: area must be '{BenchmarkValue.England}', '{BenchmarkValue.StatisticalNeighbours}' (their median or pooled rate) or '{BenchmarkValue.NeighbourPrefix}' and the council's name (up to 64 characters), not '{area}'");
            else rows.Add(new BenchmarkValue { IndicatorKey = measure, Year = year, Area = area, Value = value, Source = csv.GetField("source")?.Trim() is { Length: > 0 } s ? s[..Math.Min(s.Length, 500)] : file.FileName });
            if (ModelState.ErrorCount >= 20) break;
        }
        return ModelState.IsValid ? rows : null;
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Loaded = (await db.BenchmarkValues.GroupBy(b => new { b.Area, b.Year }).Select(g => new { g.Key.Area, g.Key.Year, Count = g.Count() }).ToListAsync(cancellationToken))
            .Select(g => new Held(g.Area, g.Year, g.Count)).OrderBy(h => h.Area).ThenByDescending(h => h.Year).ToList();
}
