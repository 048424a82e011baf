using System.Text.Json;
using CorporateParenting.Data;
using CorporateParenting.Data.Performance;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Features.Performance.Scorecard;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.Performance.Published;

/// <summary>Freezes the scorecard for a meeting: values, ratings, commentary and suppression, as they stand now.</summary>
[Authorize(Policy = Capability.ManageIndicators)]
public sealed class PublishModel(HubDbContext db, ScorecardBuilder builder, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public DateOnly? MeetingDate { get; set; }
    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Years = await builder.YearsAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Years = await builder.YearsAsync(cancellationToken);
        // The name and date: PublishChecks. Which years have figures needs the stored returns.
        if (Year is null || !Years.Contains(Year.Value)) ModelState.AddModelError(nameof(Year), "Choose a year that has figures");
        if (!ModelState.IsValid) return Page();

        var full = await builder.BuildAsync(Year, suppress: false, cancellationToken);
        var suppressed = await builder.BuildAsync(Year, suppress: true, cancellationToken);
        var published = new PublishedScorecard
        {
            Title = Title!.Trim(), MeetingDate = MeetingDate!.Value, Year = full.Year, PublishedAtUtc = clock.GetUtcNow().UtcDateTime,
            PublishedBy = User.Identity!.Name!, Full = JsonSerializer.Serialize(full), Suppressed = JsonSerializer.Serialize(suppressed),
        };
        db.PublishedScorecards.Add(published);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("Show", new { id = published.Id });
    }
}
