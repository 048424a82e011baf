using System.Text.Json;

namespace CorporateParenting.Data.Audit;

/// <summary>
/// Records every read of child-level data. A page that shows identifiable children calls
/// <see cref="RecordAsync"/> before it renders them, naming what was read and whose records; a request for a child
/// outside the viewer's services is refused and recorded by <see cref="RecordRefusedAsync"/>; reading the audit
/// trail itself is recorded by <see cref="RecordAuditReadAsync"/>.
/// </summary>
public sealed class ChildDataReadAudit(HubDbContext db, IAuditActor actor, TimeProvider clock)
{
    public Task RecordAsync(string whatWasRead, IReadOnlyCollection<string> childIds, CancellationToken cancellationToken = default) =>
        WriteAsync(AuditAction.Read, whatWasRead, childIds.Count == 1 ? childIds.First() : null, new { children = childIds }, cancellationToken);

    public Task RecordRefusedAsync(string whatWasAskedFor, IReadOnlyCollection<string> childIds, CancellationToken cancellationToken = default) =>
        WriteAsync(AuditAction.Refused, whatWasAskedFor, childIds.Count == 1 ? childIds.First() : null, new { children = childIds, reason = "outside the user's services" }, cancellationToken);

    public Task RecordAuditReadAsync(string whatWasRead, object details, CancellationToken cancellationToken = default) =>
        WriteAsync(AuditAction.AuditRead, whatWasRead, null, details, cancellationToken);

    private async Task WriteAsync(AuditAction action, string what, string? entityId, object values, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(what);
        db.AuditEvents.Add(new AuditEvent
        {
            OccurredAtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = actor.UserId,
            UserName = actor.UserName,
            Action = action,
            EntityType = what,
            EntityId = entityId,
            NewValues = JsonSerializer.Serialize(values),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
