using CorporateParenting.Data;
using CorporateParenting.Data.Audit;
using CorporateParenting.Ssda903.Model;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.Performance.Children;

/// <summary>One child's record from the 903: episodes and placements over time, reviews, health, leaving care. Audited.</summary>
[Authorize(Policy = Capability.ViewChildData)]
public sealed class ProfileModel(HubDbContext db, CouncilReturns council, ChildDataReadAudit audit, ViewerScope viewer) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Id { get; set; } = "";
    public Child Child { get; private set; } = null!;
    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var data = await council.CurrentAsync(db, cancellationToken);
        var scope = await viewer.CurrentAsync(cancellationToken);
        if (data.Children.Find(Id) is not { } child || !scope.IncludesInAnyYear(child, data.Years))
        {
            // The same 404 whether the child is unknown or another service's; a scoped viewer's attempt is recorded.
            if (!scope.IsEveryone) await viewer.RefuseAsync("Child profile", [Id], cancellationToken);
            return NotFound();
        }
        Child = child;
        Years = data.Years;
        await audit.RecordAsync("Child profile", [child.Id], cancellationToken);
        return Page();
    }
}
