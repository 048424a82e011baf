namespace CorporateParenting.Web.Authorization;

/// <summary>The roles of product.md. Pages never check these: they ask for a <see cref="Capability"/>.</summary>
public static class HubRoles
{
    public const string Administrator = "Administrator";
    public const string BoardOfficer = "BoardOfficer";
    public const string PerformanceAnalyst = "PerformanceAnalyst";
    public const string ServiceManager = "ServiceManager";
    public const string WorkingGroupChair = "WorkingGroupChair";
    public const string BoardMember = "BoardMember";
    public const string ParticipationOfficer = "ParticipationOfficer";
    public const string YoungPerson = "YoungPerson";

    /// <summary>Every role with its plain-English name and the local part of its demo account.</summary>
    public static readonly IReadOnlyList<RoleInfo> All =
    [
        new(Administrator, "Administrator", "admin"),
        new(BoardOfficer, "Board officer", "officer"),
        new(PerformanceAnalyst, "Performance analyst", "analyst"),
        new(ServiceManager, "Service manager", "manager"),
        new(WorkingGroupChair, "Working-group chair", "chair"),
        new(BoardMember, "Board member", "member"),
        new(ParticipationOfficer, "Participation officer", "participation"),
        new(YoungPerson, "Young person on the board", "youngperson"),
    ];

    public static string DisplayName(string role) => All.FirstOrDefault(r => r.Name == role)?.DisplayName ?? role;
}

public sealed record RoleInfo(string Name, string DisplayName, string DemoAccount);
