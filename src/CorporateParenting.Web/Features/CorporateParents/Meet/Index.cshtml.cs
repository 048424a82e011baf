using CorporateParenting.Data;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.CorporateParents.Meet;

/// <summary>"Meet your corporate parents": the councillors' approved pen pictures, for children and young people first.</summary>
[Authorize(Policy = Capability.MeetCorporateParents)]
public sealed class IndexModel(HubDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<PublishedPenPictures.Card> Cards { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Cards = await PublishedPenPictures.ListAsync(db, clock.UkToday(), take: null, cancellationToken);

    public async Task<IActionResult> OnGetPhotoAsync(int id, CancellationToken cancellationToken) =>
        await PublishedPenPictures.PhotoAsync(db, id, cancellationToken) is { } photo ? File(photo.Photo, photo.ContentType) : NotFound();
}
