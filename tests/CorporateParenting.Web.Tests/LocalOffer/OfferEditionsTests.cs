using CorporateParenting.Data.LocalOffer;
using CorporateParenting.Web.Features.LocalOffer;

namespace CorporateParenting.Web.Tests.LocalOffer;

/// <summary>The Local Offer's edition rules on editions in memory (ADR 31): no database, no host.</summary>
public sealed class OfferEditionsTests
{
    private static readonly DateOnly Today = new(2026, 6, 30);

    private static OfferEntitlement Entitlement(string key, OfferArea area = OfferArea.Accommodation, int order = 1, int id = 0) => new()
    {
        Id = id, Key = key, Area = area, Order = order, Title = key, Description = "d", Provider = "p", HowToGet = "h", Contact = "c",
    };

    private static LocalOfferVersion Edition(int number, DateOnly? publishedOn, params OfferEntitlement[] entitlements) => new()
    {
        Id = number, Number = number, Introduction = $"Intro {number}", PublishedOn = publishedOn, Entitlements = [.. entitlements],
    };

    [Fact]
    public void The_offer_on_a_date_is_the_edition_with_the_latest_publication_date_on_or_before_it()
    {
        var first = Edition(1, new(2025, 1, 10));
        var second = Edition(2, new(2025, 9, 1));
        var draft = Edition(3, null);
        LocalOfferVersion[] editions = [draft, second, first];

        Assert.Null(OfferEditions.PublishedOn(editions, new(2025, 1, 9)));
        Assert.Same(first, OfferEditions.PublishedOn(editions, new(2025, 1, 10)));
        Assert.Same(first, OfferEditions.PublishedOn(editions, new(2025, 8, 31)));
        Assert.Same(second, OfferEditions.PublishedOn(editions, new(2025, 9, 1)));
        Assert.Same(second, OfferEditions.PublishedOn(editions, new(2099, 1, 1)));   // a draft is never "the offer"
        Assert.Same(second, OfferEditions.LatestPublished(editions));
        Assert.Same(draft, OfferEditions.Draft(editions));
    }

    [Fact]
    public void A_new_edition_copies_the_latest_published_one_with_the_same_keys_and_only_one_draft_is_allowed()
    {
        var first = Edition(1, new(2025, 1, 10), Entitlement("old-thing"));
        var second = Edition(2, new(2025, 9, 1), Entitlement("bus-pass", OfferArea.ParticipationInSociety), Entitlement("staying-put", OfferArea.Accommodation));
        second.Entitlements[0].ServiceId = 7;

        var draft = OfferEditions.StartDraft([first, second]);

        Assert.Equal(3, draft.Number);
        Assert.False(draft.IsPublished);
        Assert.Equal("Intro 2", draft.Introduction);
        Assert.Equal(["staying-put", "bus-pass"], draft.Entitlements.Select(e => e.Key));   // in area order
        Assert.Equal(7, draft.Entitlements.Single(e => e.Key == "bus-pass").ServiceId);
        Assert.DoesNotContain(draft.Entitlements, e => second.Entitlements.Contains(e));   // copies: the published rows stay as they are

        var refused = Assert.Throws<OfferRuleException>(() => OfferEditions.StartDraft([first, second, draft]));
        Assert.Equal("Edition 3 is already being drafted: finish or publish it first", refused.Message);

        var empty = OfferEditions.StartDraft([]);
        Assert.Equal(1, empty.Number);
        Assert.Empty(empty.Entitlements);
    }

    [Fact]
    public void Publishing_needs_a_date_not_in_the_future_nor_before_the_last_edition_a_change_note_and_an_entitlement()
    {
        var published = Edition(1, new(2026, 3, 1), Entitlement("a"));
        var draft = Edition(2, null, Entitlement("a"));
        LocalOfferVersion[] editions = [published, draft];

        Assert.Equal(["The date it is published must be today or in the past"],
            OfferEditions.PublishProblems(draft, editions, Today.AddDays(1), Today, "note").Select(p => p.Message));
        Assert.Equal(["The date it is published must be on or after the date edition 1 was published, 1 March 2026"],
            OfferEditions.PublishProblems(draft, editions, new(2026, 2, 28), Today, "note").Select(p => p.Message));
        Assert.Equal([("ChangeNote", "Enter what has changed since the last edition, for care leavers to read")],
            OfferEditions.PublishProblems(draft, editions, Today, Today, " "));
        Assert.Contains(("Entitlements", "Add at least one entitlement before publishing"),
            OfferEditions.PublishProblems(Edition(2, null), [published], Today, Today, "note"));
        Assert.Throws<OfferRuleException>(() => OfferEditions.Publish(draft, editions, Today.AddDays(1), Today, "officer", DateTime.UtcNow, "note"));
        Assert.False(draft.IsPublished);

        var at = new DateTime(2026, 6, 30, 9, 0, 0, DateTimeKind.Utc);
        OfferEditions.Publish(draft, editions, Today, Today, "officer@test.example", at, "  Added a thing  ");
        Assert.Equal((Today, "officer@test.example", at, "Added a thing"), (draft.PublishedOn!.Value, draft.PublishedBy, draft.PublishedAtUtc!.Value, draft.ChangeNote));
        Assert.Throws<OfferRuleException>(() => OfferEditions.Publish(draft, editions, Today, Today, "again", at, "note"));
        Assert.Throws<OfferRuleException>(() => OfferEditions.EnsureDraft(draft));

        // The first edition needs no change note: there is nothing before it.
        Assert.Empty(OfferEditions.PublishProblems(Edition(1, null, Entitlement("a")), [], Today, Today, null));
    }

    [Fact]
    public void An_entitlement_needs_a_well_formed_key_unique_in_its_edition_and_sensible_ages()
    {
        var kept = Entitlement("bus-pass", id: 1);
        Assert.Empty(OfferEditions.Problems(kept, [kept, Entitlement("leisure-pass", id: 2)]));
        Assert.Equal([("Key", "Another entitlement in this edition already has the key bus-pass")],
            OfferEditions.Problems(Entitlement("bus-pass"), [kept]));
        foreach (var bad in new[] { "Bus pass", "bus--pass", "-bus", "bus_pass", "" })
            Assert.Equal(["Key"], OfferEditions.Problems(Entitlement(bad), []).Select(p => p.Property));
        var backwards = Entitlement("x");
        (backwards.FromAge, backwards.ToAge) = (21, 18);
        Assert.Equal([("ToAge", "The oldest age must be the same as or more than the youngest age")], OfferEditions.Problems(backwards, []));
        backwards.FromAge = 31;
        Assert.Equal(["FromAge"], OfferEditions.Problems(backwards, []).Select(p => p.Property));

        Assert.Equal("setting-up-home-allowance-3-000", OfferEditions.KeyFrom("Setting-up home allowance (£3,000)"));
        Assert.Equal("food-and-drink", OfferEditions.KeyFrom("Food & drink"));
    }

    [Fact]
    public void Moving_an_entitlement_reorders_its_area_only_and_a_published_edition_cannot_be_reordered()
    {
        var a = Entitlement("a", order: 1, id: 1);
        var b = Entitlement("b", order: 2, id: 2);
        var c = Entitlement("c", order: 5, id: 3);
        var other = Entitlement("other", OfferArea.Employment, order: 1, id: 4);
        var draft = Edition(2, null, a, b, c, other);

        OfferEditions.Move(draft, c, -1);
        Assert.Equal(["other", "a", "c", "b"], OfferEditions.InOrder(draft.Entitlements).Select(e => e.Key));
        Assert.Equal([1, 2, 3], new[] { a, c, b }.Select(e => e.Order));
        OfferEditions.Move(draft, a, -1);   // already first: stays
        Assert.Equal(1, a.Order);
        Assert.Equal(1, other.Order);

        var published = Edition(1, new(2025, 1, 1), Entitlement("x", id: 9), Entitlement("y", order: 2, id: 10));
        Assert.Throws<OfferRuleException>(() => OfferEditions.Move(published, published.Entitlements[1], -1));
        Assert.Equal(["x", "y"], OfferEditions.InOrder(published.Entitlements).Select(e => e.Key));
    }
}
