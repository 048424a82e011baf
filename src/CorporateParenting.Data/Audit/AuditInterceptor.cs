using System.Runtime.CompilerServices;
using System.Text.Json;
using CorporateParenting.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace CorporateParenting.Data.Audit;

/// <summary>
/// Writes an <see cref="AuditEvent"/> for every entity created, updated or deleted, in the same transaction as the
/// change itself, and refuses any change to the audit trail. Secrets such as password hashes are never copied.
/// A row whose key the database assigns is recorded after the save, with its real key (ADR 14): the interceptor
/// opens a transaction if the caller has none, so the row and its event still commit together.
/// Rows written in bulk are one event with counts; Identity's bookkeeping at sign-in is one "Signed in" event.
/// </summary>
public sealed class AuditInterceptor(IAuditActor actor, TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly HashSet<string> Secrets =
        ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "AuthenticatorKey"];

    /// <summary>What Identity changes on an account when someone signs in or types a wrong password.</summary>
    private static readonly HashSet<string> SignInBookkeeping =
        [nameof(HubUser.LastSignInAtUtc), nameof(HubUser.AccessFailedCount), nameof(HubUser.LockoutEnd), nameof(HubUser.ConcurrencyStamp)];

    /// <summary>Rows inserted with keys the database has yet to assign, per context, awaiting the end of their save.</summary>
    private sealed class PendingInserts
    {
        public required List<EntityEntry> Entries { get; init; }
        public IDbContextTransaction? OwnTransaction { get; set; }
        public bool Writing { get; set; }
    }

    private readonly ConditionalWeakTable<DbContext, PendingInserts> _pending = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context && AddAuditEvents(context) is { } pending && context.Database.CurrentTransaction is null)
            pending.OwnTransaction = context.Database.BeginTransaction();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && AddAuditEvents(context) is { } pending && context.Database.CurrentTransaction is null)
            pending.OwnTransaction = await context.Database.BeginTransactionAsync(cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } context && _pending.TryGetValue(context, out var pending) && !pending.Writing)
        {
            try
            {
                pending.Writing = true;
                context.AddRange(pending.Entries.Select(e => EventFor(e, AuditAction.Created, clock.GetUtcNow().UtcDateTime)).OfType<AuditEvent>());
                context.SaveChanges();
                pending.OwnTransaction?.Commit();
            }
            finally
            {
                pending.OwnTransaction?.Dispose();
                _pending.Remove(context);
            }
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && _pending.TryGetValue(context, out var pending) && !pending.Writing)
        {
            try
            {
                pending.Writing = true;
                context.AddRange(pending.Entries.Select(e => EventFor(e, AuditAction.Created, clock.GetUtcNow().UtcDateTime)).OfType<AuditEvent>());
                await context.SaveChangesAsync(cancellationToken);
                if (pending.OwnTransaction is not null) await pending.OwnTransaction.CommitAsync(cancellationToken);
            }
            finally
            {
                if (pending.OwnTransaction is not null) await pending.OwnTransaction.DisposeAsync();
                _pending.Remove(context);
            }
        }
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>The save failed: the transaction this interceptor opened is rolled back by disposing it.</summary>
    private void Abandon(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending) || pending.Writing) return;
        pending.OwnTransaction?.Dispose();
        _pending.Remove(context);
    }

    /// <summary>Adds the events it can write now; returns the inserts to record after the save, if any.</summary>
    private PendingInserts? AddAuditEvents(DbContext context)
    {
        if (_pending.TryGetValue(context, out var earlier))
        {
            if (earlier.Writing) return null;   // the save of the deferred events themselves
            Abandon(context);                   // a save stopped before it began (another interceptor threw): roll back what it opened
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var events = new List<AuditEvent>();
        var inserted = new List<EntityEntry>();
        var bulk = new SortedDictionary<string, SortedDictionary<string, int>>(StringComparer.Ordinal);
        foreach (var entry in PendingChanges.Of(context))
        {
            if (entry.Entity is AuditEvent)
            {
                if (entry.State is EntityState.Modified or EntityState.Deleted)
                    throw new InvalidOperationException("Audit events are append-only: they cannot be changed or deleted.");
                continue;
            }
            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Created,
                EntityState.Modified => AuditAction.Updated,
                EntityState.Deleted => AuditAction.Deleted,
                _ => (AuditAction?)null,
            };
            if (action is null) continue;
            if (entry.Entity is Performance.IBulkRecord { WrittenInBulk: true })
            {
                var counts = bulk.TryGetValue(entry.Metadata.ClrType.Name, out var c) ? c : bulk[entry.Metadata.ClrType.Name] = new(StringComparer.Ordinal);
                counts[action.Value.ToString()] = counts.GetValueOrDefault(action.Value.ToString()) + 1;
                continue;
            }
            if (action == AuditAction.Created && entry.Properties.Any(p => p.IsTemporary))
            {
                inserted.Add(entry);
                continue;
            }
            if (action == AuditAction.Updated && SignIn(entry, now) is { } signIn)
            {
                if (signIn.Event is not null) events.Add(signIn.Event);
                continue;
            }
            if (EventFor(entry, action.Value, now) is { } audit) events.Add(audit);
        }
        if (bulk.Count > 0) events.Add(BulkEvent(bulk, now));
        context.AddRange(events);
        if (inserted.Count == 0) return null;
        var pending = new PendingInserts { Entries = inserted };
        _pending.AddOrUpdate(context, pending);
        return pending;
    }

    /// <summary>
    /// The one event for rows written in bulk, with counts per type and action. Also for rows written
    /// without change tracking (a database's bulk path), so that they are recorded exactly alike.
    /// </summary>
    public AuditEvent BulkEvent(IReadOnlyDictionary<string, SortedDictionary<string, int>> counts, DateTime? now = null)
    {
        var sorted = new SortedDictionary<string, SortedDictionary<string, int>>(StringComparer.Ordinal);
        foreach (var (type, byAction) in counts) sorted[type] = byAction;
        return new AuditEvent
        {
            OccurredAtUtc = now ?? clock.GetUtcNow().UtcDateTime, UserId = actor.UserId, UserName = actor.UserName, Action = AuditAction.BulkWrite,
            EntityType = "Bulk: " + string.Join(", ", sorted.Keys), NewValues = JsonSerializer.Serialize(sorted),
        };
    }

    private AuditEvent? EventFor(EntityEntry entry, AuditAction action, DateTime now)
    {
        var (oldValues, newValues) = Values(entry, action);
        if (action == AuditAction.Updated && newValues.Count == 0) return null;
        return new AuditEvent
        {
            OccurredAtUtc = now,
            UserId = actor.UserId,
            UserName = actor.UserName,
            Action = action,
            EntityType = entry.Metadata.ClrType.Name,
            EntityId = KeyOf(entry),
            OldValues = oldValues.Count > 0 ? JsonSerializer.Serialize(oldValues) : null,
            NewValues = newValues.Count > 0 ? JsonSerializer.Serialize(newValues) : null,
        };
    }

    private sealed record SignInOutcome(AuditEvent? Event);

    /// <summary>
    /// Identity's own updates to an account at sign-in become one "Signed in" event (by that user), and a wrong
    /// password one "Sign-in failed" event; resetting the failure count just before a sign-in is not recorded on its
    /// own. Null when the update is anything else, which is recorded as an ordinary update.
    /// </summary>
    private static SignInOutcome? SignIn(EntityEntry entry, DateTime now)
    {
        if (entry.Entity is not HubUser user) return null;
        var changed = entry.Properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)).ToDictionary(p => p.Metadata.Name);
        if (changed.Count == 0 || changed.Keys.Any(name => !SignInBookkeeping.Contains(name))) return null;
        var signIn = new AuditEvent { OccurredAtUtc = now, EntityType = nameof(HubUser), EntityId = user.Id };
        if (changed.ContainsKey(nameof(HubUser.LastSignInAtUtc)))
        {
            signIn.Action = AuditAction.SignedIn;
            signIn.UserId = user.Id;
            signIn.UserName = user.UserName;
            return new SignInOutcome(signIn);
        }
        if (changed.TryGetValue(nameof(HubUser.AccessFailedCount), out var failures) && (int)failures.CurrentValue! > (int)(failures.OriginalValue ?? 0)
            || changed.TryGetValue(nameof(HubUser.LockoutEnd), out var lockout) && lockout.CurrentValue is not null)
        {
            signIn.Action = AuditAction.SignInFailed;
            signIn.NewValues = JsonSerializer.Serialize(new { Account = user.UserName, user.AccessFailedCount, user.LockoutEnd });
            return new SignInOutcome(signIn);
        }
        return changed.ContainsKey(nameof(HubUser.AccessFailedCount)) && user.AccessFailedCount == 0 ? new SignInOutcome(null) : null;
    }

    private static (Dictionary<string, object?> Old, Dictionary<string, object?> New) Values(EntityEntry entry, AuditAction action)
    {
        var old = new Dictionary<string, object?>();
        var @new = new Dictionary<string, object?>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            var secret = Secrets.Contains(name);
            switch (action)
            {
                case AuditAction.Created:
                    @new[name] = secret ? "(hidden)" : Shown(property.CurrentValue);
                    break;
                case AuditAction.Deleted:
                    old[name] = secret ? "(hidden)" : Shown(property.OriginalValue);
                    break;
                case AuditAction.Updated when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    old[name] = secret ? "(hidden)" : Shown(property.OriginalValue);
                    @new[name] = secret ? "(changed)" : Shown(property.CurrentValue);
                    break;
            }
        }
        return (old, @new);
    }

    private static string? KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null) return null;
        return string.Join("/", key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>Large values (file contents, frozen snapshots) are described, not copied: the entity itself keeps them.</summary>
    private static object? Shown(object? value) => value switch
    {
        byte[] bytes => $"({bytes.Length:N0} bytes)",
        string { Length: > 2000 } text => $"({text.Length:N0} characters)",
        _ => value,
    };
}
