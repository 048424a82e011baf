using System.Net;
using CorporateParenting.Data;
using CorporateParenting.Data.LocalOffer;
using CorporateParenting.Testing;
using CorporateParenting.Web.Features.Demo.LocalOffer;
using CorporateParenting.Web.Features.LocalOffer;
using CorporateParenting.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.LocalOffer;

/// <summary>
/// The care leavers' Local Offer page with no account: the current edition, an earlier one with ?on=, and never a
/// draft. A draft with an entitlement of its own is made first, so "never shown" is tested against something real.
/// </summary>
public sealed class PublicOfferTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private const string DraftOnlyTitle = "Draft only: a free moped for every care leaver";

    private Task<T> Query<T>(Func<HubDbContext, Task<T>> query) => hub.WithScopeAsync(s => query(s.GetRequiredService<HubDbContext>()));

    private async Task EnsureDraftAsync() => await Query(async db =>
    {
        if (await db.OfferEntitlements.AnyAsync(e => e.Title == DraftOnlyTitle)) return 0;
        var draft = await new OfferEditions(db).StartDraftAsync(CancellationToken.None);
        db.OfferEntitlements.Add(new OfferEntitlement
        {
            VersionId = draft.Id, Key = "free-moped", Area = OfferArea.ParticipationInSociety, Order = 99, Title = DraftOnlyTitle,
            Description = "Not real.", Provider = "Nobody", HowToGet = "You cannot.", Contact = "No one",
        });
        (await db.OfferEntitlements.SingleAsync(e => e.VersionId == draft.Id && e.Key == "bus-pass")).Title = "Draft only: the bus pass renamed";
        return await db.SaveChangesAsync();
    });

    private async Task<string> AnonymousAsync(string path)
    {
        using var anonymous = hub.ClientAs(null);
        var response = await anonymous.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static void NothingFromTheDraft(string html)
    {
        Assert.DoesNotContain(DraftOnlyTitle, html);
        Assert.DoesNotContain("Draft only", html);
    }

    [Fact]
    public async Task Care_leavers_read_the_current_edition_without_signing_in_and_never_the_draft()
    {
        await EnsureDraftAsync();
        var editions = await Query(db => db.LocalOfferVersions.AsNoTracking().Include(v => v.Entitlements).Where(v => v.PublishedOn != null).OrderBy(v => v.Number).ToListAsync());
        var current = editions[^1];

        var html = await AnonymousAsync("/YoungPeople/LocalOffer");
        Assert.Contains("Our Local Offer for care leavers", html);
        Assert.Contains($"Last updated {DateDisplay.Long(current.PublishedOn!.Value)}", html);
        Assert.Contains(current.ChangeNote!, html);
        Assert.All(current.Entitlements, e => Assert.Contains(e.Title, html));
        Assert.All(Enum.GetValues<OfferArea>(), a => Assert.Contains($"href=\"#{OfferWords.Anchor(a)}\"", html));
        Assert.Contains("No council tax until you are 25", html);
        Assert.Contains("You can have this if you are aged 18 to 25, a care leaver, and you live in our area.", html);
        Assert.Contains("0800 1111", html);   // the young people's layout: who to talk to
        Assert.DoesNotContain("An earlier offer", html);
        Assert.DoesNotContain("Sign out", html);
        NothingFromTheDraft(html);
    }

    [Fact]
    public async Task An_earlier_edition_is_shown_for_a_date_with_a_notice_and_dates_before_the_first_or_unreadable_are_explained()
    {
        await EnsureDraftAsync();
        var editions = await Query(db => db.LocalOfferVersions.AsNoTracking().Include(v => v.Entitlements).Where(v => v.PublishedOn != null).OrderBy(v => v.Number).ToListAsync());
        var first = editions[0];
        var between = first.PublishedOn!.Value.AddDays(1);

        var html = await AnonymousAsync($"/YoungPeople/LocalOffer?on={DateDisplay.Iso(between)}");
        Assert.Contains("An earlier offer", html);
        Assert.Contains($"This is the offer as it was on {DateDisplay.Long(between)}", html);
        Assert.Contains($"Last updated {DateDisplay.Long(first.PublishedOn.Value)}", html);
        Assert.Contains("No council tax until you are 21", html);
        Assert.DoesNotContain("No council tax until you are 25", html);
        Assert.DoesNotContain("Free Wi-Fi and phone data", html);   // added by the second edition
        NothingFromTheDraft(html);

        var onTheDay = await AnonymousAsync($"/YoungPeople/LocalOffer?on={DateDisplay.Iso(editions[^1].PublishedOn!.Value)}");
        Assert.Contains("Free Wi-Fi and phone data", onTheDay);
        Assert.DoesNotContain("An earlier offer", onTheDay);

        var before = await AnonymousAsync($"/YoungPeople/LocalOffer?on={DateDisplay.Iso(first.PublishedOn.Value.AddDays(-1))}");
        Assert.Contains("We had not published our Local Offer yet on", before);
        Assert.DoesNotContain("No council tax", before);

        var future = await AnonymousAsync("/YoungPeople/LocalOffer?on=2999-01-01");
        NothingFromTheDraft(future);
        Assert.Contains("No council tax until you are 25", future);

        var garbled = await AnonymousAsync("/YoungPeople/LocalOffer?on=1st%20of%20June");
        Assert.Contains("We could not read the date in the web address", garbled);
        Assert.Contains("No council tax until you are 25", garbled);
        NothingFromTheDraft(garbled);
    }
}
