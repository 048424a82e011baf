using CorporateParenting.Data;
using CorporateParenting.Data.CorporateParents;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.CorporateParents.Meet;

/// <summary>
/// What children and young people may see of members' pen pictures: only the version each member approved (never a
/// draft, one awaiting approval, a withdrawn or superseded one), and a photo only where the member consented.
/// </summary>
public static class PublishedPenPictures
{
    public sealed record Card(int Id, string Name, string Ward, string WhoIAm, string WhyICare, string WhatIDo, bool HasPhoto);

    public static async Task<IReadOnlyList<Card>> ListAsync(HubDbContext db, DateOnly today, int? take, CancellationToken cancellationToken)
    {
        var query = from p in db.PenPictures.AsNoTracking()
                    join m in db.CouncilMembers.AsNoTracking() on p.CouncilMemberId equals m.Id
                    where p.Status == PenPictureStatus.Approved && (m.LeftOn == null || m.LeftOn >= today)
                    orderby m.Name
                    select new Card(p.Id, m.Name, m.Ward, p.WhoIAm, p.WhyICare, p.WhatIDo, p.PhotoConsent && p.Photo != null);
        return await (take is { } n ? query.Take(n) : query).ToListAsync(cancellationToken);
    }

    /// <summary>The photo of a published version, by the same rule as the cards: null for anything else.</summary>
    public static async Task<(byte[] Photo, string ContentType)?> PhotoAsync(HubDbContext db, int id, CancellationToken cancellationToken)
    {
        var version = await db.PenPictures.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id && p.Status == PenPictureStatus.Approved, cancellationToken);
        return version is not null && PenPictures.PenPictureRules.MayShowPhoto(version) ? (version.Photo!, version.PhotoContentType ?? "image/jpeg") : null;
    }
}
