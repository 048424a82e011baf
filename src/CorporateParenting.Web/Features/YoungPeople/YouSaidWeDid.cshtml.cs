using CorporateParenting.Data;
using CorporateParenting.Data.Voice;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.YoungPeople;

/// <summary>
/// "You said, we did" for children and young people: no account needed, only the entries the participation officer
/// chose to publish, and only in the child-friendly words written for them.
/// </summary>
[AllowAnonymous]
public sealed class YouSaidWeDidModel(HubDbContext db) : PageModel
{
    public sealed record Item(string YouSaid, string WeDid, YouSaidStatus Status, DateOnly When);

    public IReadOnlyList<Item> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Only the published words leave the database: nothing written for the board reaches this page.
        Items = (await db.YouSaidEntries.AsNoTracking()
                .Where(e => e.Published && e.ChildFriendlyYouSaid != null && e.ChildFriendlyWeDid != null)
                .Select(e => new { e.ChildFriendlyYouSaid, e.ChildFriendlyWeDid, e.Status, e.RaisedOn, e.FedBackOn }).ToListAsync(cancellationToken))
            .Select(e => new Item(e.ChildFriendlyYouSaid!, e.ChildFriendlyWeDid!, e.Status, e.FedBackOn ?? e.RaisedOn))
            .OrderByDescending(i => i.When).ToList();
    }

    public static string Words(YouSaidStatus status) => status switch
    {
        YouSaidStatus.Done => "Done",
        YouSaidStatus.InProgress => "We are working on it",
        _ => "We have started to look at this",
    };
}
