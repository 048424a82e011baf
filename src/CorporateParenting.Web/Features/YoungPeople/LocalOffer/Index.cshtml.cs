using System.Globalization;
using CorporateParenting.Data;
using CorporateParenting.Data.LocalOffer;
using CorporateParenting.Web.Features.LocalOffer;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.YoungPeople.LocalOffer;

/// <summary>
/// The Local Offer for care leavers, no account needed: the edition published now (or, with ?on=yyyy-MM-dd, the one
/// published on that date) under the six areas, in plain English. A draft is never shown, whoever asks.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(HubDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "on")] public string? On { get; set; }
    public LocalOfferVersion? Edition { get; private set; }
    /// <summary>The date asked for with ?on=, when it could be read.</summary>
    public DateOnly? AskedFor { get; private set; }
    public bool DateNotRead { get; private set; }
    /// <summary>True when a date was asked for and the offer published then is not the one published now.</summary>
    public bool IsEarlier { get; private set; }
    public IReadOnlyList<(OfferArea Area, IReadOnlyList<OfferEntitlement> Entitlements)> Areas { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = clock.UkToday();
        var editions = await new OfferEditions(db).EditionsAsync(cancellationToken);
        var now = OfferEditions.PublishedOn(editions, today);
        if (!string.IsNullOrWhiteSpace(On))
        {
            if (DateOnly.TryParseExact(On.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asked)) AskedFor = asked;
            else DateNotRead = true;
        }
        Edition = AskedFor is { } date ? OfferEditions.PublishedOn(editions, date) : now;
        IsEarlier = AskedFor is not null && Edition is not null && Edition.Number != now?.Number;
        if (Edition is null) return;
        Areas = Enum.GetValues<OfferArea>()
            .Select(a => (a, (IReadOnlyList<OfferEntitlement>)Edition.Entitlements.Where(e => e.Area == a).ToList()))
            .Where(x => x.Item2.Count > 0).ToList();
    }
}
