namespace CorporateParenting.Data.Audit;

/// <summary>
/// One entry in the append-only audit trail: a create, update or delete of any entity, or a read of
/// child-level data. Nothing in the application changes or deletes these rows.
/// </summary>
public class AuditEvent
{
    public long Id { get; set; }
    public DateTime OccurredAtUtc { get; set; }
    public string? UserId { get; set; }
    public string? UserName { get; set; }
    public AuditAction Action { get; set; }
    public string EntityType { get; set; } = "";
    public string? EntityId { get; set; }
    /// <summary>JSON object of the changed properties' values before the change.</summary>
    public string? OldValues { get; set; }
    /// <summary>JSON object of the changed properties' values after the change; for reads, what was read.</summary>
    public string? NewValues { get; set; }
}

public enum AuditAction
{
    Created = 1,
    Updated = 2,
    Deleted = 3,
    Read = 4,
}
