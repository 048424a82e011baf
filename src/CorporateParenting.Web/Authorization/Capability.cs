namespace CorporateParenting.Web.Authorization;

/// <summary>
/// Named authorization policies, one per capability. A page declares the one it needs with
/// <c>[Authorize(Policy = Capability.X)]</c>; which roles hold it is decided only in <see cref="CapabilityGrants"/>.
/// </summary>
public static class Capability
{
    /// <summary>Any signed-in person: the home page, their own account.</summary>
    public const string UseHub = nameof(UseHub);
    public const string ManageUsers = nameof(ManageUsers);
    public const string ViewAuditTrail = nameof(ViewAuditTrail);
    /// <summary>Identifiable child-level data: lists of children and their profiles. Every read is audited.</summary>
    public const string ViewChildData = nameof(ViewChildData);
}
