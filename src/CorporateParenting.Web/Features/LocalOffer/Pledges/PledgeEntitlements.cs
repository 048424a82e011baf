using CorporateParenting.Data;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.LocalOffer.Pledges;

/// <summary>The entitlements a pledge may name: every key in any edition, with its latest title.</summary>
public static class PledgeEntitlements
{
    public static async Task<IReadOnlyList<(string Key, string Title)>> ChoicesAsync(HubDbContext db, CancellationToken cancellationToken) =>
        (await (from e in db.OfferEntitlements join v in db.LocalOfferVersions on e.VersionId equals v.Id select new { e.Key, e.Title, v.Number })
            .AsNoTracking().ToListAsync(cancellationToken))
        .GroupBy(x => x.Key).Select(g => (g.Key, g.OrderByDescending(x => x.Number).First().Title)).OrderBy(x => x.Title, StringComparer.CurrentCulture).ToList();
}
