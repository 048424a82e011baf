using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CorporateParenting.Data.LocalOffer;

/// <summary>
/// The save-time half of the Local Offer's rule that a published edition never changes: any change to a published
/// edition or to its entitlements (added, changed, moved or deleted) is refused, whoever writes it. "Published" is
/// read as stored before this save, so the save that publishes a draft goes through. Called by ApprovedRecordGuard.
/// </summary>
internal static class PublishedOfferGuard
{
    public static void Check(DbContext context, List<EntityEntry> changed)
    {
        var touched = Touched(changed);
        if (touched.Ids.Count == 0) return;
        Refuse(touched.Entries, Published(context, touched.Ids).ToDictionary(v => v.Id, v => v.Number));
    }

    public static async Task CheckAsync(DbContext context, List<EntityEntry> changed, CancellationToken cancellationToken)
    {
        var touched = Touched(changed);
        if (touched.Ids.Count == 0) return;
        Refuse(touched.Entries, await Published(context, touched.Ids).ToDictionaryAsync(v => v.Id, v => v.Number, cancellationToken));
    }

    private static IQueryable<LocalOfferVersion> Published(DbContext context, HashSet<int> ids) =>
        context.Set<LocalOfferVersion>().AsNoTracking().Where(v => ids.Contains(v.Id) && v.PublishedOn != null);

    /// <summary>The editions this save touches, with the entries that touch each (an entitlement counts for its old and new edition).</summary>
    private static (HashSet<int> Ids, List<(EntityEntry Entry, int[] VersionIds)> Entries) Touched(List<EntityEntry> changed)
    {
        var ids = new HashSet<int>();
        var entries = new List<(EntityEntry, int[])>();
        foreach (var entry in changed)
        {
            int[] versions = entry.Entity switch
            {
                LocalOfferVersion when entry.State == EntityState.Added => [],
                LocalOfferVersion when entry.State == EntityState.Modified && !entry.Properties.Any(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)) => [],
                LocalOfferVersion => [(int)entry.Property(nameof(LocalOfferVersion.Id)).OriginalValue!],
                OfferEntitlement when entry.State == EntityState.Added => [(int)entry.Property(nameof(OfferEntitlement.VersionId)).CurrentValue!],
                OfferEntitlement => [(int)entry.Property(nameof(OfferEntitlement.VersionId)).OriginalValue!, (int)entry.Property(nameof(OfferEntitlement.VersionId)).CurrentValue!],
                _ => [],
            };
            if (versions.Length == 0) continue;
            ids.UnionWith(versions);
            entries.Add((entry, versions));
        }
        return (ids, entries);
    }

    private static void Refuse(List<(EntityEntry Entry, int[] VersionIds)> entries, Dictionary<int, int> published)
    {
        foreach (var (entry, versions) in entries)
            foreach (var id in versions)
                if (published.TryGetValue(id, out var number))
                    throw new OfferRuleException(entry.Entity is LocalOfferVersion
                        ? $"Edition {number} of the Local Offer is published: it cannot be changed or deleted. Start a new edition to change the offer"
                        : $"Edition {number} of the Local Offer is published: its entitlements cannot be added, changed or removed. Start a new edition to change the offer");
    }
}
