using CorporateParenting.Data;
using CorporateParenting.Data.Voice;
using CorporateParenting.Web.Features.Voice.Pledge;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.YoungPeople;

/// <summary>
/// The Pledge for children and young people, no account needed: the current promises in plain words under their
/// outcomes, what we have done (finished strategy actions: the board's own actions are about its meetings) and what they told us in published surveys, in words, never a
/// figure that disclosure control hides. Earlier versions and papers are for the board's page only.
/// </summary>
[AllowAnonymous]
public sealed partial class PledgeModel(HubDbContext db, Voice.Results.SurveyResults results) : PageModel
{
    public sealed record Promise(PledgePromise Said, IReadOnlyList<string> Done, IReadOnlyList<string> YouToldUs);

    public PledgeVersion? Current { get; private set; }
    public IReadOnlyList<Promise> Promises { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var book = new PledgeBook(db);
        Current = await book.VersionAsync(null, cancellationToken);
        if (Current is null) return;
        var links = await book.LinksAsync(Current, cancellationToken);
        var told = await YouToldUsAsync(links, cancellationToken);
        Promises = links.Select(l => new Promise(l.Promise, l.Actions.Where(a => a.Done && a.Token.StartsWith("strategy-", StringComparison.Ordinal)).Select(a => a.Description).ToList(), told.GetValueOrDefault(l.Promise.Id) ?? [])).ToList();
    }
}
