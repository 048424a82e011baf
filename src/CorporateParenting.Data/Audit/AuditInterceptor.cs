using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CorporateParenting.Data.Audit;

/// <summary>
/// Writes an <see cref="AuditEvent"/> for every entity created, updated or deleted, in the same
/// SaveChanges (so the same transaction) as the change itself, and refuses any change to the
/// audit trail. Secrets such as password hashes are never copied into the trail.
/// </summary>
public sealed class AuditInterceptor(IAuditActor actor, TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly HashSet<string> Secrets =
        ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "AuthenticatorKey"];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is not null) AddAuditEvents(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not null) AddAuditEvents(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void AddAuditEvents(DbContext context)
    {
        context.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow().UtcDateTime;
        var events = new List<AuditEvent>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.Entity is Performance.IBulkRecord { WrittenInBulk: true }) continue;   // covered by its parent's event
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
            var (oldValues, newValues) = Values(entry, action.Value);
            if (action == AuditAction.Updated && newValues.Count == 0) continue;
            events.Add(new AuditEvent
            {
                OccurredAtUtc = now,
                UserId = actor.UserId,
                UserName = actor.UserName,
                Action = action.Value,
                EntityType = entry.Metadata.ClrType.Name,
                EntityId = KeyOf(entry),
                OldValues = oldValues.Count > 0 ? JsonSerializer.Serialize(oldValues) : null,
                NewValues = newValues.Count > 0 ? JsonSerializer.Serialize(newValues) : null,
            });
        }
        context.AddRange(events);
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
        var parts = key.Properties.Select(p => entry.Property(p.Name))
            .Select(p => p.IsTemporary ? "(new)" : Convert.ToString(p.CurrentValue, System.Globalization.CultureInfo.InvariantCulture));
        return string.Join("/", parts);
    }

    /// <summary>Large values (file contents, frozen snapshots) are described, not copied: the entity itself keeps them.</summary>
    private static object? Shown(object? value) => value switch
    {
        byte[] bytes => $"({bytes.Length:N0} bytes)",
        string { Length: > 2000 } text => $"({text.Length:N0} characters)",
        _ => value,
    };
}
