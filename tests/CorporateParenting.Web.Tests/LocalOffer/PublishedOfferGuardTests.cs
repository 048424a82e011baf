using CorporateParenting.Data;
using CorporateParenting.Data.LocalOffer;
using CorporateParenting.Web.Tests.Data;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Tests.LocalOffer;

/// <summary>
/// A published edition straight against the database, on both providers: the save-time guard refuses any change to
/// it or its entitlements, whoever writes it, and lets the draft be edited and the save that publishes it go through.
/// </summary>
public sealed class PublishedOfferGuardTests
{
    private static OfferEntitlement Entitlement(string key, int order = 1) => new()
    {
        Key = key, Area = OfferArea.Accommodation, Order = order, Title = $"Title of {key}", Description = "d", Provider = "p", HowToGet = "h", Contact = "c",
    };

    private static readonly string[] Changes =
        ["introduction", "unpublish", "publication date", "delete edition", "entitlement title", "entitlement order", "add entitlement", "delete entitlement", "move entitlement to the draft"];

    [Theory]
    [MemberData(nameof(DataTestContext.Providers), MemberType = typeof(DataTestContext))]
    public async Task A_published_edition_cannot_be_changed_at_save_time_but_the_draft_can_and_publishing_it_goes_through(DatabaseProvider provider)
    {
        using var data = new DataTestContext(provider);
        int publishedId, draftId, entitlementId;
        await using (var db = data.Create())
        {
            var published = new LocalOfferVersion { Number = 1, Introduction = "First", PublishedOn = new(2025, 1, 1), PublishedBy = "officer", PublishedAtUtc = DateTime.UtcNow, Entitlements = [Entitlement("bus-pass"), Entitlement("leisure-pass", 2)] };
            var draft = new LocalOfferVersion { Number = 2, Introduction = "Second", Entitlements = [Entitlement("bus-pass")] };
            db.LocalOfferVersions.AddRange(published, draft);   // a published edition may be written whole, once
            await db.SaveChangesAsync();
            (publishedId, draftId, entitlementId) = (published.Id, draft.Id, published.Entitlements[0].Id);
        }

        foreach (var change in Changes)
        {
            await using var db = data.Create();
            var edition = await db.LocalOfferVersions.Include(v => v.Entitlements).SingleAsync(v => v.Id == publishedId);
            var entitlement = edition.Entitlements.Single(e => e.Id == entitlementId);
            switch (change)
            {
                case "introduction": edition.Introduction = "Rewritten"; break;
                case "unpublish": edition.PublishedOn = null; break;
                case "publication date": edition.PublishedOn = new(2024, 1, 1); break;
                case "delete edition": db.LocalOfferVersions.Remove(edition); break;
                case "entitlement title": entitlement.Title = "Changed"; break;
                case "entitlement order": entitlement.Order = 9; break;
                case "add entitlement": db.OfferEntitlements.Add(new OfferEntitlement { VersionId = publishedId, Key = "slipped-in", Title = "t", Description = "d", Provider = "p", HowToGet = "h", Contact = "c" }); break;
                case "delete entitlement": db.OfferEntitlements.Remove(entitlement); break;
                case "move entitlement to the draft": entitlement.VersionId = draftId; entitlement.Key = "moved"; break;
            }
            var refused = await Assert.ThrowsAsync<OfferRuleException>(() => db.SaveChangesAsync());
            Assert.StartsWith("Edition 1 of the Local Offer is published", refused.Message);
        }

        await using (var db = data.Create())
        {
            var edition = await db.LocalOfferVersions.AsNoTracking().Include(v => v.Entitlements).SingleAsync(v => v.Id == publishedId);
            Assert.Equal(("First", new DateOnly(2025, 1, 1)), (edition.Introduction, edition.PublishedOn!.Value));
            Assert.Equal(["Title of bus-pass", "Title of leisure-pass"], edition.Entitlements.OrderBy(e => e.Order).Select(e => e.Title));
            Assert.Equal([1, 2], edition.Entitlements.OrderBy(e => e.Order).Select(e => e.Order));

            // The draft is edited freely, and the save that publishes it (with its last edits) is allowed.
            var draft = await db.LocalOfferVersions.Include(v => v.Entitlements).SingleAsync(v => v.Id == draftId);
            draft.Entitlements[0].Title = "Free buses";
            draft.Entitlements.Add(Entitlement("wifi", 2));
            await db.SaveChangesAsync();
            draft.Introduction = "Second, final";
            draft.PublishedOn = new(2025, 6, 1);
            draft.Entitlements[1].Title = "Free Wi-Fi";
            await db.SaveChangesAsync();
        }

        await using (var db = data.Create())
        {
            var second = await db.LocalOfferVersions.Include(v => v.Entitlements).SingleAsync(v => v.Id == draftId);
            Assert.Equal(["Free buses", "Free Wi-Fi"], second.Entitlements.OrderBy(e => e.Order).Select(e => e.Title));
            second.Entitlements[0].Title = "Too late";
            await Assert.ThrowsAsync<OfferRuleException>(() => db.SaveChangesAsync());
        }
        await using (var db = data.Create())
        {
            // The synchronous save path is guarded too.
            (await db.OfferEntitlements.SingleAsync(e => e.Id == entitlementId)).Title = "Sync";
            Assert.Throws<OfferRuleException>(() => db.SaveChanges());
        }
    }
}
