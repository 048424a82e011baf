using System.Net;
using CorporateParenting.Data;
using CorporateParenting.Data.LocalOffer;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Features.Demo.LocalOffer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.LocalOffer;

/// <summary>
/// The offer's staff pages on the demo council: the published edition under its areas, every edition, the draft from
/// start to publication through the forms (errors keep what was typed), and the pledges. One host for the class; the
/// draft's story is one test because each step depends on the one before.
/// </summary>
public sealed class OfferStaffPagesTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private Task<T> Query<T>(Func<HubDbContext, Task<T>> query) => hub.WithScopeAsync(s => query(s.GetRequiredService<HubDbContext>()));

    private static string Decoded(string html) => WebUtility.HtmlDecode(html);

    [Fact]
    public async Task The_demo_offer_has_two_editions_one_entitlement_added_one_reworded_and_its_pages_show_them()
    {
        var editions = await Query(db => db.LocalOfferVersions.AsNoTracking().Include(v => v.Entitlements).Where(v => v.Number <= 2).OrderBy(v => v.Number).ToListAsync());
        Assert.Equal(2, editions.Count);
        var (first, second) = (editions[0], editions[1]);
        Assert.InRange(second.Entitlements.Count, 28, 34);
        Assert.All(Enum.GetValues<OfferArea>(), area => Assert.Contains(second.Entitlements, e => e.Area == area));
        Assert.Equal([DemoLocalOfferSeeder.AddedInTheSecondEdition], second.Entitlements.Select(e => e.Key).Except(first.Entitlements.Select(e => e.Key)));
        Assert.Empty(first.Entitlements.Select(e => e.Key).Except(second.Entitlements.Select(e => e.Key)));
        var reworded = second.Entitlements.Where(e => first.Entitlements.SingleOrDefault(f => f.Key == e.Key) is { } f && f.Title != e.Title).Select(e => e.Key).ToList();
        Assert.Equal([DemoLocalOfferSeeder.RewordedInTheSecondEdition], reworded);
        Assert.True(first.PublishedOn < second.PublishedOn);
        Assert.NotNull(second.ChangeNote);
        var leavingCare = await Query(db => db.Services.Where(s => s.Name == "Leaving care").Select(s => s.Id).SingleAsync());
        Assert.Contains(second.Entitlements, e => e.Key == "setting-up-home-allowance" && e.ServiceId == leavingCare);

        using var member = hub.ClientAs(HubRoles.BoardMember);
        var current = Decoded(await member.GetStringAsync("/LocalOffer/Entitlements/2"));   // by number: another test here publishes edition 3
        Assert.Contains("Edition 2, published on", current);
        Assert.Contains(second.Entitlements.Single(e => e.Key == DemoLocalOfferSeeder.RewordedInTheSecondEdition).Title, current);
        Assert.DoesNotContain("Start a new edition", current);   // a member reads; only the board officer edits
        var earlier = Decoded(await member.GetStringAsync("/LocalOffer/Entitlements/1"));
        Assert.Contains(first.Entitlements.Single(e => e.Key == DemoLocalOfferSeeder.RewordedInTheSecondEdition).Title, earlier);
        Assert.Contains("A later edition has replaced it", earlier);
        var list = Decoded(await member.GetStringAsync("/LocalOffer/Entitlements/Editions"));
        Assert.Contains(second.ChangeNote!, list);
        var details = Decoded(await member.GetStringAsync($"/LocalOffer/Entitlements/Show/{second.Entitlements.Single(e => e.Key == "setting-up-home-allowance").Id}"));
        Assert.Contains("Leaving care", details);
        Assert.Contains("setting-up-home-allowance", details);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/LocalOffer/Entitlements/EditEntitlement")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync("/LocalOffer/Entitlements/99")).StatusCode);
    }

    [Fact]
    public async Task The_officer_drafts_a_new_edition_through_the_forms_and_publishes_it_while_the_published_ones_stay_as_they_were()
    {
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        var before = await Query(db => db.OfferEntitlements.AsNoTracking().Where(e => db.LocalOfferVersions.Any(v => v.Id == e.VersionId && v.PublishedOn != null)).OrderBy(e => e.Id).Select(e => e.Title + e.Order).ToListAsync());

        // Start: a copy of the published offer.
        var started = await Forms.PostAsync(officer, "/LocalOffer/Entitlements/Draft", [], "Start");
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var draft = await Query(db => db.LocalOfferVersions.AsNoTracking().Include(v => v.Entitlements).SingleAsync(v => v.PublishedOn == null));
        var published = await Query(db => db.LocalOfferVersions.AsNoTracking().Include(v => v.Entitlements).Where(v => v.PublishedOn != null).OrderByDescending(v => v.PublishedOn).FirstAsync());
        Assert.Equal(published.Entitlements.Select(e => e.Key).Order(), draft.Entitlements.Select(e => e.Key).Order());
        var again = Decoded(await (await Forms.PostAsync(officer, "/LocalOffer/Entitlements/Draft", [], "Start")).Content.ReadAsStringAsync());
        Assert.Contains($"Edition {draft.Number} is already being drafted", again);

        // Add, with errors that keep what was typed.
        var bad = await Forms.PostAsync(officer, "/LocalOffer/Entitlements/EditEntitlement", Fields(title: "Free haircuts for interviews", key: "bus-pass", fromAge: "21", toAge: "18", contact: ""));
        var badHtml = Decoded(await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("There is a problem", badHtml);
        Assert.Contains("Enter who to contact", badHtml);
        Assert.Contains("value=\"Free haircuts for interviews\"", badHtml);
        Assert.Contains("Another entitlement in this edition already has the key bus-pass", await PostedMessage(officer, Fields(title: "Free haircuts for interviews", key: "bus-pass")));
        Assert.Contains("The oldest age must be the same as or more than the youngest age", await PostedMessage(officer, Fields(title: "Free haircuts for interviews", fromAge: "21", toAge: "18")));
        Assert.Contains("Choose the area the entitlement belongs to", await PostedMessage(officer, Fields(title: "Free haircuts for interviews", area: "")));
        Assert.Equal(draft.Entitlements.Count, await Query(db => db.OfferEntitlements.CountAsync(e => e.VersionId == draft.Id)));   // nothing half-written

        var added = await Forms.PostAsync(officer, "/LocalOffer/Entitlements/EditEntitlement", Fields(title: "Free haircuts for interviews"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var haircut = await Query(db => db.OfferEntitlements.AsNoTracking().SingleAsync(e => e.VersionId == draft.Id && e.Key == "free-haircuts-for-interviews"));
        Assert.Equal((OfferArea.Employment, 18, 25), (haircut.Area, haircut.FromAge, haircut.ToAge));

        // Change, move to the top of its area, remove another.
        var changed = await Forms.PostAsync(officer, $"/LocalOffer/Entitlements/EditEntitlement/{haircut.Id}", Fields(title: "Free haircut before an interview", key: "ignored-on-change"));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        for (var i = 0; i < 10; i++) await Forms.PostAsync(officer, $"/LocalOffer/Entitlements/Draft?entitlementId={haircut.Id}&by=-1", [], "Move");
        var removedKey = "driving-lessons";
        var removedId = await Query(db => db.OfferEntitlements.Where(e => e.VersionId == draft.Id && e.Key == removedKey).Select(e => e.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(officer, $"/LocalOffer/Entitlements/Draft?entitlementId={removedId}", [], "Remove")).StatusCode);
        var employment = await Query(db => db.OfferEntitlements.AsNoTracking().Where(e => e.VersionId == draft.Id && e.Area == OfferArea.Employment).OrderBy(e => e.Order).ToListAsync());
        Assert.Equal(("free-haircuts-for-interviews", "Free haircut before an interview", 1), (employment[0].Key, employment[0].Title, employment[0].Order));
        Assert.Equal(Enumerable.Range(1, employment.Count), employment.Select(e => e.Order));

        // Publish: a date in the future and a missing change note are refused, with what was typed kept.
        var future = await Forms.PostAsync(officer, "/LocalOffer/Entitlements/Publish", [new("Input.Introduction", "Hello care leavers"), new("Input.PublishedOn", "2999-01-01"), new("Input.ChangeNote", "")]);
        var futureHtml = Decoded(await future.Content.ReadAsStringAsync());
        Assert.Contains("The date it is published must be today or in the past", futureHtml);
        Assert.Contains("Enter what has changed since the last edition, for care leavers to read", futureHtml);
        Assert.Contains("Hello care leavers", futureHtml);
        Assert.Contains("Added: Free haircut before an interview", futureHtml);
        Assert.Contains("Removed: Driving lessons", futureHtml);
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");
        var publish = await Forms.PostAsync(officer, "/LocalOffer/Entitlements/Publish", [new("Input.Introduction", "Hello care leavers"), new("Input.PublishedOn", today), new("Input.ChangeNote", "Free haircuts before interviews.")]);
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        var now = await Query(db => db.LocalOfferVersions.AsNoTracking().SingleAsync(v => v.Id == draft.Id));
        Assert.Equal(("BoardOfficer@test.example", "Free haircuts before interviews.", "Hello care leavers"), (now.PublishedBy, now.ChangeNote, now.Introduction));

        // Published now: nothing to edit, and the earlier editions did not move.
        var noDraft = await officer.GetAsync($"/LocalOffer/Entitlements/EditEntitlement/{haircut.Id}");
        Assert.Equal(HttpStatusCode.Redirect, noDraft.StatusCode);
        var after = await Query(db => db.OfferEntitlements.AsNoTracking().Where(e => e.VersionId != draft.Id && db.LocalOfferVersions.Any(v => v.Id == e.VersionId && v.PublishedOn != null)).OrderBy(e => e.Id).Select(e => e.Title + e.Order).ToListAsync());
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Pledges_are_listed_added_with_specific_errors_and_withdrawn()
    {
        using var member = hub.ClientAs(HubRoles.BoardMember);
        var list = Decoded(await member.GetStringAsync("/LocalOffer/Pledges"));
        Assert.Contains("Northbridge Leisure Trust", list);
        Assert.Contains("Supports: Free leisure pass", list);
        Assert.Contains("Withdrawn pledges", list);
        Assert.DoesNotContain("Add a pledge", list);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/LocalOffer/Pledges/Edit")).StatusCode);

        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        var bad = Decoded(await (await Forms.PostAsync(officer, "/LocalOffer/Pledges/Edit",
            [new("Input.Organisation", "Northbridge Rotary Club"), new("Input.MadeBy", ""), new("Input.MadeOn", "2999-01-01"), new("Input.Text", "Driving lessons for two care leavers a year"), new("Input.EntitlementKey", "no-such-key")])).Content.ReadAsStringAsync());
        Assert.Contains("Enter who made the pledge, with their role", bad);
        Assert.Contains("value=\"Northbridge Rotary Club\"", bad);
        Assert.Contains("Driving lessons for two care leavers a year", bad);
        Assert.False(await Query(db => db.OfferPledges.AnyAsync(p => p.Organisation == "Northbridge Rotary Club")));
        var futureDate = Decoded(await (await Forms.PostAsync(officer, "/LocalOffer/Pledges/Edit",
            [new("Input.Organisation", "Northbridge Rotary Club"), new("Input.MadeBy", "President"), new("Input.MadeOn", "2999-01-01"), new("Input.Text", "Driving lessons"), new("Input.EntitlementKey", "no-such-key")])).Content.ReadAsStringAsync());
        Assert.Contains("The date the pledge was made must be today or in the past", futureDate);
        Assert.Contains("Choose one of the offer's entitlements, or none", futureDate);

        var saved = await Forms.PostAsync(officer, "/LocalOffer/Pledges/Edit",
            [new("Input.Organisation", "Northbridge Rotary Club"), new("Input.MadeBy", "President"), new("Input.MadeOn", "2025-05-01"), new("Input.Text", "Driving lessons for two care leavers a year"), new("Input.EntitlementKey", "driving-lessons")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var pledge = await Query(db => db.OfferPledges.AsNoTracking().SingleAsync(p => p.Organisation == "Northbridge Rotary Club"));
        Assert.Equal(("President", new DateOnly(2025, 5, 1), "driving-lessons", (DateOnly?)null), (pledge.MadeBy, pledge.MadeOn, pledge.EntitlementKey, pledge.WithdrawnOn));

        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(officer, $"/LocalOffer/Pledges/Edit/{pledge.Id}", [], "Withdraw")).StatusCode);
        Assert.NotNull(await Query(db => db.OfferPledges.Where(p => p.Id == pledge.Id).Select(p => p.WithdrawnOn).SingleAsync()));
    }

    private async Task<string> PostedMessage(HttpClient client, List<KeyValuePair<string, string>> fields) =>
        Decoded(await (await Forms.PostAsync(client, "/LocalOffer/Entitlements/EditEntitlement", fields)).Content.ReadAsStringAsync());

    private static List<KeyValuePair<string, string>> Fields(string title, string key = "", string fromAge = "18", string toAge = "25", string contact = "Jobs team", string area = "Employment") =>
    [
        new("Input.Area", area), new("Input.Title", title), new("Input.Key", key), new("Input.Description", "We pay for a haircut before your interview."),
        new("Input.Provider", "Northbridge Barbers"), new("Input.ServiceId", ""), new("Input.FromAge", fromAge), new("Input.ToAge", toAge),
        new("Input.Status", "AnyCareLeaver"), new("Input.Residence", "Anywhere"), new("Input.EligibilityNote", ""), new("Input.Worth", "Free"),
        new("Input.HowToGet", "Ask your personal adviser."), new("Input.Contact", contact),
    ];
}
