using CorporateParenting.Data;
using CorporateParenting.Data.CorporateParents;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.CorporateParents.PenPictures;

/// <summary>The officers' list: every serving member and the state of their pen picture (published, waiting, none).</summary>
[Authorize(Policy = Capability.ViewCorporateParents)]
public sealed class IndexModel(HubDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Row(int MemberId, string Name, string Ward, string State, int Versions);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var members = await db.CouncilMembers.AsNoTracking().Where(m => m.LeftOn == null || m.LeftOn >= today).OrderBy(m => m.Name).ToListAsync(cancellationToken);
        // Only the states are needed here: the words and photos stay in the database.
        var versions = (await db.PenPictures.AsNoTracking().Select(p => new { p.CouncilMemberId, p.Version, p.Status }).ToListAsync(cancellationToken))
            .ToLookup(p => p.CouncilMemberId, p => new PenPicture { Version = p.Version, Status = p.Status, WhoIAm = "", WhyICare = "", WhatIDo = "", DraftedBy = "" });
        Rows = members.Select(m => new Row(m.Id, m.Name, m.Ward, PenPictureRules.StateOf(versions[m.Id].ToList()), versions[m.Id].Count())).ToList();
    }
}
