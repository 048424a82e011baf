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
    /// <summary>Child-level data was read; <see cref="AuditEvent.NewValues"/> names the children.</summary>
    Read = 4,
    /// <summary>A user signed in (one event, instead of the updates Identity makes to the account).</summary>
    SignedIn = 5,
    /// <summary>A wrong password was counted against an account (or the account was locked out).</summary>
    SignInFailed = 6,
    /// <summary>A child's record outside the viewer's services was asked for and refused (a 404); names the child.</summary>
    Refused = 7,
    /// <summary>Rows written in bulk (an import's files and failures, recomputed figures): one event with counts.</summary>
    BulkWrite = 8,
    /// <summary>Someone read the audit trail itself.</summary>
    AuditRead = 9,
}

public static class AuditActionNames
{
    public static string Of(AuditAction action) => action switch
    {
        AuditAction.Read => "Read child records",
        AuditAction.SignedIn => "Signed in",
        AuditAction.SignInFailed => "Sign-in failed",
        AuditAction.Refused => "Refused (outside the user's services)",
        AuditAction.BulkWrite => "Written in bulk",
        AuditAction.AuditRead => "Read the audit trail",
        _ => action.ToString(),
    };
}
