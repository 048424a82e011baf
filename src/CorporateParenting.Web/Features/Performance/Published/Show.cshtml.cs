using System.Text.Json;
using CorporateParenting.Data;
using CorporateParenting.Data.Performance;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.Performance.Published;

/// <summary>A published scorecard, read back exactly as frozen; restricted viewers get the suppressed copy.</summary>
[Authorize(Policy = Capability.ViewScorecard)]
public sealed class ShowModel(HubDbContext db, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    public PublishedScorecard Published { get; private set; } = null!;
    public Scorecard.Scorecard Card { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await db.PublishedScorecards.FindAsync([Id], cancellationToken) is not { } published) return NotFound();
        Published = published;
        var full = (await authorization.AuthorizeAsync(User, Capability.ViewChildData)).Succeeded;
        Card = JsonSerializer.Deserialize<Scorecard.Scorecard>(full ? published.Full : published.Suppressed)!;
        return Page();
    }
}
