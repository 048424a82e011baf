using CorporateParenting.Data;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Strategy.Actions;

/// <summary>An evidence file, downloaded (never shown inline, so an uploaded page cannot run in the Hub).</summary>
[Authorize(Policy = Capability.ViewStrategy)]
public sealed class EvidenceModel(HubDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await db.EvidenceFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, cancellationToken) is { } file
            ? File(file.Content, "application/octet-stream", file.FileName)
            : NotFound();
}
