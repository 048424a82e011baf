using CorporateParenting.Data;
using CorporateParenting.Data.CorporateParents;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.CorporateParents.PenPictures;

/// <summary>One member's pen picture for the board's officers and members: the published version, what waits, and the history.</summary>
[Authorize(Policy = Capability.ViewCorporateParents)]
public sealed class MemberModel(HubDbContext db) : PageModel
{
    public CouncilMember Member { get; private set; } = null!;
    public IReadOnlyList<PenPicture> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.CouncilMembers.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken) is not { } member) return NotFound();
        Member = member;
        Versions = await db.PenPictures.AsNoTracking().Where(p => p.CouncilMemberId == id).OrderByDescending(p => p.Version).ToListAsync(cancellationToken);
        return Page();
    }
}
