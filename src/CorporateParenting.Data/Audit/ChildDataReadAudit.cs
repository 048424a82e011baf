using System.Text.Json;

namespace CorporateParenting.Data.Audit;

/// <summary>
/// Records every read of child-level data. A page that shows identifiable children calls
/// <see cref="RecordAsync"/> before it renders them, naming what was read and whose records.
/// </summary>
public sealed class ChildDataReadAudit(HubDbContext db, IAuditActor actor, TimeProvider clock)
{
    public async Task RecordAsync(string whatWasRead, IReadOnlyCollection<string> childIds, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(whatWasRead);
        db.AuditEvents.Add(new AuditEvent
        {
            OccurredAtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = actor.UserId,
            UserName = actor.UserName,
            Action = AuditAction.Read,
            EntityType = whatWasRead,
            EntityId = childIds.Count == 1 ? childIds.First() : null,
            NewValues = JsonSerializer.Serialize(new { children = childIds }),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
