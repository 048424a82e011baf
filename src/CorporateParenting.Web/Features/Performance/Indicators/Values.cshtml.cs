using CorporateParenting.Data;
using CorporateParenting.Data.Performance;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Performance.Indicators;

/// <summary>A local indicator's figures by collection year: counted and out of, entered by hand.</summary>
[Authorize(Policy = Capability.ManageIndicators)]
public sealed class ValuesModel(HubDbContext db, TimeProvider clock) : PageModel
{
    public sealed class YearInput
    {
        public int Year { get; set; }
        public int? Numerator { get; set; }
        public int? Denominator { get; set; }
    }

    [BindProperty(SupportsGet = true)] public string Key { get; set; } = "";
    [BindProperty] public List<YearInput> Years { get; set; } = [];
    public Indicator Indicator { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await FindAsync(cancellationToken) is not { } indicator) return NotFound();
        var values = await db.IndicatorValues.AsNoTracking().Where(v => v.IndicatorId == indicator.Id && v.Dimension == "").ToDictionaryAsync(v => v.Year, cancellationToken);
        var latest = clock.GetUtcNow().Month >= 4 ? clock.GetUtcNow().Year + 1 : clock.GetUtcNow().Year;
        Years = Enumerable.Range(latest - 5, 6).Reverse()
            .Select(y => new YearInput { Year = y, Numerator = values.GetValueOrDefault(y)?.Numerator, Denominator = values.GetValueOrDefault(y)?.Denominator }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await FindAsync(cancellationToken) is not { } indicator) return NotFound();
        for (var i = 0; i < Years.Count; i++)
        {
            var y = Years[i];
            if ((y.Numerator is null) != (y.Denominator is null))
                ModelState.AddModelError($"Years[{i}].Numerator", $"Enter both figures for {y.Year}, or neither");
            else if (y.Numerator is < 0 || y.Denominator is <= 0)
                ModelState.AddModelError($"Years[{i}].Numerator", $"The figures for {y.Year} must be whole numbers, and out of at least 1");
            else if (y.Numerator > y.Denominator)
                ModelState.AddModelError($"Years[{i}].Numerator", $"For {y.Year}, the number counted cannot be more than the number it is out of");
        }
        if (!ModelState.IsValid) return Page();

        var existing = await db.IndicatorValues.Where(v => v.IndicatorId == indicator.Id && v.Dimension == "").ToDictionaryAsync(v => v.Year, cancellationToken);
        foreach (var y in Years)
        {
            var value = existing.GetValueOrDefault(y.Year);
            if (y.Numerator is null) { if (value is not null) db.IndicatorValues.Remove(value); continue; }
            if (value is null) db.IndicatorValues.Add(value = new IndicatorValue { IndicatorId = indicator.Id, Year = y.Year });
            (value.Numerator, value.Denominator) = (y.Numerator, y.Denominator);
            value.Value = Math.Round(100.0 * y.Numerator.Value / y.Denominator!.Value, 4);
            value.EnteredBy = User.Identity!.Name;
        }
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/Performance/Scorecard/Indicator/{Key}");
    }

    private async Task<Indicator?> FindAsync(CancellationToken cancellationToken) =>
        Indicator = (await db.Indicators.AsNoTracking().SingleOrDefaultAsync(i => i.Key == Key && i.Source == IndicatorSource.Local, cancellationToken))!;
}
