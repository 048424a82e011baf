using CorporateParenting.Data;
using CorporateParenting.Data.LocalOffer;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.LocalOffer.Pledges;

/// <summary>Departments' and partners' pledges to the offer (seed 004, 5.8): who made them and when, and what they support.</summary>
[Authorize(Policy = Capability.ViewLocalOffer)]
public sealed class IndexModel(HubDbContext db, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<OfferPledge> Current { get; private set; } = [];
    public IReadOnlyList<OfferPledge> Withdrawn { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Titles { get; private set; } = new Dictionary<string, string>();
    public bool MayManage { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var pledges = await db.OfferPledges.AsNoTracking().ToListAsync(cancellationToken);
        Current = pledges.Where(p => p.WithdrawnOn is null).OrderByDescending(p => p.MadeOn).ThenBy(p => p.Organisation).ToList();
        Withdrawn = pledges.Where(p => p.WithdrawnOn is not null).OrderByDescending(p => p.WithdrawnOn).ToList();
        Titles = (await PledgeEntitlements.ChoicesAsync(db, cancellationToken)).ToDictionary(c => c.Key, c => c.Title);
        MayManage = (await authorization.AuthorizeAsync(User, Capability.ManageLocalOffer)).Succeeded;
    }
}
