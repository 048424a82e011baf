using System.Text.RegularExpressions;
using CorporateParenting.Data;
using CorporateParenting.Data.LocalOffer;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.LocalOffer;

/// <summary>
/// The Local Offer's edition rules in one place (ADR 31): only a draft is edited; a new edition starts as a copy of the
/// latest published one (same keys) and there is at most one draft; publishing sets its date (never in the future, never
/// before the latest published edition's), who and when, and freezes it; the offer "as published on a date" is the edition
/// with the latest publication date on or before it. The static rules work on editions in memory (and are unit-tested);
/// the instance methods read and save through the database. ApprovedRecordGuard refuses changes to a published edition at save time too.
/// </summary>
public sealed partial class OfferEditions(HubDbContext db)
{
    public const string DefaultIntroduction =
        "This is our Local Offer for care leavers: what the council and its partners give you, and how to get it. If you are not sure what you can have, ask your personal adviser.";

    // ---- The rules, on editions in memory ----

    /// <summary>The latest published edition: the one with the latest publication date (the higher number on the same day).</summary>
    public static LocalOfferVersion? LatestPublished(IEnumerable<LocalOfferVersion> editions) =>
        editions.Where(e => e.IsPublished).OrderByDescending(e => e.PublishedOn).ThenByDescending(e => e.Number).FirstOrDefault();

    /// <summary>The offer as published on <paramref name="date"/>: the edition with the latest publication date on or before it; null before the first.</summary>
    public static LocalOfferVersion? PublishedOn(IEnumerable<LocalOfferVersion> editions, DateOnly date) =>
        LatestPublished(editions.Where(e => e.PublishedOn <= date));

    public static LocalOfferVersion? Draft(IEnumerable<LocalOfferVersion> editions) => editions.SingleOrDefault(e => !e.IsPublished);

    /// <summary>A new draft copied from the latest published edition (its introduction and every entitlement, keys kept); an empty one when nothing is published yet.</summary>
    public static LocalOfferVersion StartDraft(IReadOnlyCollection<LocalOfferVersion> editions)
    {
        if (Draft(editions) is { } draft) throw new OfferRuleException($"Edition {draft.Number} is already being drafted: finish or publish it first");
        var from = LatestPublished(editions);
        return new LocalOfferVersion
        {
            Number = editions.Select(e => e.Number).DefaultIfEmpty(0).Max() + 1,
            Introduction = from?.Introduction ?? DefaultIntroduction,
            Entitlements = [.. (from?.Entitlements ?? []).OrderBy(e => e.Area).ThenBy(e => e.Order).Select(Copy)],
        };
    }

    /// <summary>Checks a draft can be published on <paramref name="on"/>, then publishes it: from now on it never changes.</summary>
    public static void Publish(LocalOfferVersion draft, IReadOnlyCollection<LocalOfferVersion> editions, DateOnly on, DateOnly today, string by, DateTime nowUtc, string? changeNote)
    {
        if (PublishProblems(draft, editions, on, today, changeNote) is { Count: > 0 } problems) throw new OfferRuleException(problems[0].Message);
        draft.PublishedOn = on;
        draft.PublishedBy = by;
        draft.PublishedAtUtc = nowUtc;
        draft.ChangeNote = string.IsNullOrWhiteSpace(changeNote) ? null : changeNote.Trim();
    }

    /// <summary>Why a draft cannot be published on a date, each with the form field it is about ("PublishedOn", "ChangeNote", "Entitlements").</summary>
    public static IReadOnlyList<(string Field, string Message)> PublishProblems(LocalOfferVersion draft, IReadOnlyCollection<LocalOfferVersion> editions, DateOnly on, DateOnly today, string? changeNote)
    {
        var problems = new List<(string, string)>();
        if (draft.IsPublished) return [("PublishedOn", $"Edition {draft.Number} is already published: start a new edition to change the offer")];
        if (on > today) problems.Add(("PublishedOn", "The date it is published must be today or in the past"));
        var latest = LatestPublished(editions.Where(e => e != draft && e.Number != draft.Number));
        if (latest is { PublishedOn: { } last } && on < last)
            problems.Add(("PublishedOn", $"The date it is published must be on or after the date edition {latest.Number} was published, {Infrastructure.DateDisplay.Long(last)}"));
        if (latest is not null && string.IsNullOrWhiteSpace(changeNote))
            problems.Add(("ChangeNote", "Enter what has changed since the last edition, for care leavers to read"));
        if (draft.Entitlements.Count == 0) problems.Add(("Entitlements", "Add at least one entitlement before publishing"));
        return problems;
    }

    /// <summary>Refuses any change to an edition that is published (the pages check first; the save-time guard is the last line).</summary>
    public static void EnsureDraft(LocalOfferVersion edition)
    {
        if (edition.IsPublished) throw new OfferRuleException($"Edition {edition.Number} is published: start a new edition to change the offer");
    }

    /// <summary>What is wrong with an entitlement in a draft, each with the property it is about.</summary>
    public static IReadOnlyList<(string Property, string Message)> Problems(OfferEntitlement entitlement, IEnumerable<OfferEntitlement> inTheSameEdition)
    {
        var problems = new List<(string, string)>();
        if (!KeyPattern().IsMatch(entitlement.Key ?? ""))
            problems.Add((nameof(entitlement.Key), "The key must be lower-case letters, numbers and single hyphens, like council-tax-exemption"));
        else if (inTheSameEdition.Any(e => !ReferenceEquals(e, entitlement) && (entitlement.Id == 0 || e.Id != entitlement.Id) && e.Key == entitlement.Key))
            problems.Add((nameof(entitlement.Key), $"Another entitlement in this edition already has the key {entitlement.Key}"));
        if (entitlement.FromAge is < 0 or > 30) problems.Add((nameof(entitlement.FromAge), "The youngest age must be a whole number from 0 to 30"));
        if (entitlement.ToAge is < 0 or > 30) problems.Add((nameof(entitlement.ToAge), "The oldest age must be a whole number from 0 to 30"));
        else if (entitlement.FromAge is >= 0 and <= 30 && entitlement.ToAge < entitlement.FromAge)
            problems.Add((nameof(entitlement.ToAge), "The oldest age must be the same as or more than the youngest age"));
        return problems;
    }

    /// <summary>"Council tax exemption" becomes "council-tax-exemption": the key a new entitlement gets when none is typed.</summary>
    public static string KeyFrom(string title)
    {
        var words = NotKeyCharacters().Replace(title.ToLowerInvariant().Replace("£", "").Replace("&", " and "), "-").Trim('-');
        return words.Length <= 100 ? words : words[..100].TrimEnd('-');
    }

    /// <summary>Moves an entitlement up (-1) or down (+1) within its area in a draft, and numbers the area's order 1, 2, 3 again.</summary>
    public static void Move(LocalOfferVersion draft, OfferEntitlement entitlement, int by)
    {
        EnsureDraft(draft);
        var area = InOrder(draft.Entitlements.Where(e => e.Area == entitlement.Area)).ToList();
        var at = area.IndexOf(entitlement);
        var to = Math.Clamp(at + by, 0, area.Count - 1);
        area.RemoveAt(at);
        area.Insert(to, entitlement);
        for (var i = 0; i < area.Count; i++) area[i].Order = i + 1;
    }

    /// <summary>The order to show entitlements in: by area (the guidance's order), then their order, then when added.</summary>
    public static IEnumerable<OfferEntitlement> InOrder(IEnumerable<OfferEntitlement> entitlements) =>
        entitlements.OrderBy(e => e.Area).ThenBy(e => e.Order).ThenBy(e => e.Id).ThenBy(e => e.Title, StringComparer.Ordinal);

    private static OfferEntitlement Copy(OfferEntitlement e) => new()
    {
        Key = e.Key, Area = e.Area, Order = e.Order, Title = e.Title, Description = e.Description, Provider = e.Provider, ServiceId = e.ServiceId,
        FromAge = e.FromAge, ToAge = e.ToAge, Status = e.Status, Residence = e.Residence, EligibilityNote = e.EligibilityNote, Worth = e.Worth,
        HowToGet = e.HowToGet, Contact = e.Contact,
    };

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotKeyCharacters();

    // ---- Reading and saving through the database ----

    /// <summary>Every edition with its entitlements, newest first; entitlements in their order.</summary>
    public async Task<List<LocalOfferVersion>> EditionsAsync(CancellationToken cancellationToken, bool tracked = false)
    {
        var query = db.LocalOfferVersions.Include(v => v.Entitlements).AsQueryable();
        var editions = await (tracked ? query : query.AsNoTracking()).OrderByDescending(v => v.Number).ToListAsync(cancellationToken);
        foreach (var e in editions) e.Entitlements = [.. InOrder(e.Entitlements)];
        return editions;
    }

    public async Task<LocalOfferVersion?> PublishedOnAsync(DateOnly date, CancellationToken cancellationToken) =>
        PublishedOn(await EditionsAsync(cancellationToken), date);

    /// <summary>Starts a new draft from the latest published edition and saves it.</summary>
    public async Task<LocalOfferVersion> StartDraftAsync(CancellationToken cancellationToken)
    {
        var draft = StartDraft(await EditionsAsync(cancellationToken));
        db.LocalOfferVersions.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        return draft;
    }

    /// <summary>The draft, tracked for changing, with the other editions for the rules that compare; null when there is none.</summary>
    public async Task<(LocalOfferVersion? Draft, List<LocalOfferVersion> All)> DraftForChangeAsync(CancellationToken cancellationToken)
    {
        var all = await EditionsAsync(cancellationToken, tracked: true);
        return (Draft(all), all);
    }
}
