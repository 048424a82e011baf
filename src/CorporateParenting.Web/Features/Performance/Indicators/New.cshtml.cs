using System.Text.RegularExpressions;
using CorporateParenting.Data;
using CorporateParenting.Data.Performance;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Performance.Indicators;

/// <summary>A local indicator, kept by hand: a share of children (counted out of a cohort) per collection year.</summary>
[Authorize(Policy = Capability.ManageIndicators)]
public sealed partial class NewModel(HubDbContext db) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Definition { get; set; }
    [BindProperty] public double? Target { get; set; }
    [BindProperty] public double? Tolerance { get; set; }
    [BindProperty] public string? Owner { get; set; }
    [BindProperty] public string? PriorityArea { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var key = "local_" + NotWord().Replace(Name?.Trim().ToLowerInvariant() ?? "", "_").Trim('_');
        if (ModelState.IsValid && await db.Indicators.AnyAsync(i => i.Key == key, cancellationToken))
            ModelState.AddModelError(nameof(Name), "There is already an indicator with this name");
        if (!ModelState.IsValid) return Page();

        var order = await db.Indicators.Select(i => (int?)i.SortOrder).MaxAsync(cancellationToken) ?? 0;
        db.Indicators.Add(new Indicator
        {
            Key = key[..Math.Min(key.Length, 100)], Name = Name!.Trim(), Definition = Definition!.Trim(), Source = IndicatorSource.Local, Unit = "%",
            Polarity = IndicatorPolarity.HigherIsBetter, RagRule = Target is null ? RagRule.None : RagRule.AgainstTarget,
            Target = Target, Tolerance = Tolerance, Owner = Owner?.Trim(), PriorityArea = PriorityArea?.Trim(), SortOrder = order + 1,
        });
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/Performance/Indicators/Values/{key}");
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotWord();
}
