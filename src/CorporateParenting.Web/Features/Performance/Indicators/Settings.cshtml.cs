using CorporateParenting.Data;
using CorporateParenting.Data.Performance;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Performance.Indicators;

/// <summary>An indicator's target, tolerance, rating rule, owner and priority area. A changed target or tolerance needs a reason and is kept.</summary>
[Authorize(Policy = Capability.ManageIndicators)]
public sealed class SettingsModel(HubDbContext db, TimeProvider clock) : PageModel
{
    public sealed class SettingsInput
    {
        public double? Target { get; set; }
        public double? Tolerance { get; set; }
        public RagRule RagRule { get; set; }
        public IndicatorPolarity Polarity { get; set; }
        public string? Owner { get; set; }
        public string? PriorityArea { get; set; }
        public string? Reason { get; set; }
    }

    [BindProperty(SupportsGet = true)] public string Key { get; set; } = "";
    [BindProperty] public SettingsInput Input { get; set; } = new();
    public Indicator Indicator { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await db.Indicators.AsNoTracking().SingleOrDefaultAsync(i => i.Key == Key, cancellationToken) is not { } indicator) return NotFound();
        Indicator = indicator;
        Input = new SettingsInput { Target = indicator.Target, Tolerance = indicator.Tolerance, RagRule = indicator.RagRule, Polarity = indicator.Polarity, Owner = indicator.Owner, PriorityArea = indicator.PriorityArea };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await db.Indicators.SingleOrDefaultAsync(i => i.Key == Key, cancellationToken) is not { } indicator) return NotFound();
        Indicator = indicator;
        var targetMoved = indicator.Target != Input.Target || indicator.Tolerance != Input.Tolerance;
        if (targetMoved && string.IsNullOrWhiteSpace(Input.Reason))
            ModelState.AddModelError("Input.Reason", "Say why the target or tolerance is changing: the change is shown beside the rating");
        if (!ModelState.IsValid) return Page();

        if (targetMoved)
            indicator.TargetChanges.Add(new IndicatorTargetChange
            {
                ChangedAtUtc = clock.GetUtcNow().UtcDateTime, ChangedBy = User.Identity!.Name!, OldTarget = indicator.Target, NewTarget = Input.Target,
                OldTolerance = indicator.Tolerance, NewTolerance = Input.Tolerance, Reason = Input.Reason!.Trim(),
            });
        (indicator.Target, indicator.Tolerance, indicator.RagRule, indicator.Polarity) = (Input.Target, Input.Tolerance, Input.RagRule, Input.Polarity);
        (indicator.Owner, indicator.PriorityArea) = (Blank(Input.Owner), Blank(Input.PriorityArea));
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/Performance/Scorecard/Indicator/{Key}");
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
