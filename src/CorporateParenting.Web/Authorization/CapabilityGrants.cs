using Microsoft.AspNetCore.Authorization;

namespace CorporateParenting.Web.Authorization;

/// <summary>The single map from capabilities to the roles that hold them.</summary>
public static class CapabilityGrants
{
    private static readonly string[] Everyone = HubRoles.All.Select(r => r.Name).ToArray();

    public static readonly IReadOnlyDictionary<string, string[]> RolesFor = new Dictionary<string, string[]>
    {
        [Capability.UseHub] = Everyone,
        [Capability.ManageUsers] = [HubRoles.Administrator],
        [Capability.ViewAuditTrail] = [HubRoles.Administrator],
        // product.md: only analysts, and service managers for their own service, see identifiable children.
        [Capability.ViewChildData] = [HubRoles.PerformanceAnalyst, HubRoles.ServiceManager],
        // Service managers see the children of their services only (ADR 14). The audit trail names the children read
        // only to a user holding ViewAuditTrail and ViewAllChildren (no single role: an administrator who is also an analyst).
        [Capability.ViewAllChildren] = [HubRoles.PerformanceAnalyst],
        [Capability.ManageServices] = [HubRoles.Administrator],
        [Capability.ViewScorecard] = Everyone,
        [Capability.ViewBoard] = Everyone,
        [Capability.ManageBoard] = [HubRoles.BoardOfficer],
        [Capability.UpdateActions] = [HubRoles.BoardOfficer, HubRoles.ServiceManager, HubRoles.WorkingGroupChair],
        // Report owners are officers: service managers, chairs, the data team and the participation team (youth groups' reports).
        [Capability.SubmitPapers] = [HubRoles.BoardOfficer, HubRoles.ServiceManager, HubRoles.WorkingGroupChair, HubRoles.PerformanceAnalyst, HubRoles.ParticipationOfficer],
        [Capability.ImportData] = [HubRoles.PerformanceAnalyst],
        [Capability.ManageIndicators] = [HubRoles.PerformanceAnalyst],
        [Capability.ManageBenchmarks] = [HubRoles.Administrator, HubRoles.PerformanceAnalyst],
        // Indicator owners are service managers and the data team (product.md).
        [Capability.WriteCommentary] = [HubRoles.PerformanceAnalyst, HubRoles.ServiceManager],
        [Capability.ViewStrategy] = Everyone,
        [Capability.ManageStrategy] = [HubRoles.BoardOfficer],
        [Capability.UpdateStrategy] = [HubRoles.BoardOfficer, HubRoles.ServiceManager, HubRoles.WorkingGroupChair],
        [Capability.ViewVoice] = Everyone,
        // The participation team runs the voice of the child (product.md); raw survey comments are theirs alone.
        [Capability.ManageVoice] = [HubRoles.ParticipationOfficer],
        [Capability.SubmitYouthReports] = [HubRoles.ParticipationOfficer, HubRoles.YoungPerson],
        // Members' records are for the council's adults; young people meet corporate parents through approved pen pictures only.
        [Capability.ViewCorporateParents] = Everyone.Where(r => r != HubRoles.YoungPerson).ToArray(),
        [Capability.ManageCorporateParents] = [HubRoles.BoardOfficer],
        [Capability.RecordVisits] = [HubRoles.BoardOfficer, HubRoles.BoardMember],
        [Capability.MeetCorporateParents] = Everyone,
        // The published offer is public; inside the Hub its uptake is for everyone, small counts suppressed.
        [Capability.ViewLocalOffer] = Everyone,
        [Capability.ManageLocalOffer] = [HubRoles.BoardOfficer],
        // Owning services record their own uptake (the page checks the service assignment, as ADR 14 scopes children).
        [Capability.RecordOfferUptake] = [HubRoles.BoardOfficer, HubRoles.ServiceManager],
        [Capability.ViewAnnualReport] = Everyone.Where(r => r != HubRoles.YoungPerson).ToArray(),
        [Capability.ManageAnnualReport] = [HubRoles.BoardOfficer],
        [Capability.ApproveAnnualReport] = [HubRoles.BoardMember],
    };

    public static void AddCapabilityPolicies(this AuthorizationOptions options)
    {
        foreach (var (capability, roles) in RolesFor)
            options.AddPolicy(capability, policy => policy.RequireAuthenticatedUser().RequireRole(roles));
        // A page that forgets to declare its capability still needs a signed-in user (and fails the matrix test).
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }

    public static bool Grants(string capability, string role) =>
        RolesFor.TryGetValue(capability, out var roles) && roles.Contains(role);
}
