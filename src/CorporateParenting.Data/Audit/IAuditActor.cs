namespace CorporateParenting.Data.Audit;

/// <summary>Who is acting now: the signed-in user in the web app, the operator at the command line.</summary>
public interface IAuditActor
{
    string? UserId { get; }
    string? UserName { get; }
}

/// <summary>The actor for work done by the system itself (migrations, seeding, scheduled jobs).</summary>
public sealed class SystemAuditActor : IAuditActor
{
    public static readonly SystemAuditActor Instance = new();
    public string? UserId => null;
    public string? UserName => "system";
}
