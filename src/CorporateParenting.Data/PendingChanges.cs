using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CorporateParenting.Data;

/// <summary>
/// The entries a save is about to add, change or delete, for the interceptors that check or record them. Changes are
/// detected once and the tracker then read without detecting again: EF detects afresh on every call to
/// <c>ChangeTracker.Entries()</c>, comparing every property of everything tracked, and the interceptors asked it about
/// ten times a save, which made a long-lived context's saves (the demo seed's) cost more with each one.
/// </summary>
public static class PendingChanges
{
    public static List<EntityEntry> Of(DbContext context)
    {
        var tracker = context.ChangeTracker;
        tracker.DetectChanges();
        var detecting = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return tracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detecting;
        }
    }
}
