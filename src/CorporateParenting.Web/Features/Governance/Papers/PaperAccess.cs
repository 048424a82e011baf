using System.Security.Claims;
using CorporateParenting.Data.Governance;

namespace CorporateParenting.Web.Features.Governance.Papers;

public static class PaperAccess
{
    /// <summary>The owner is whoever is signed in with the e-mail address the schedule names.</summary>
    public static bool IsOwner(ClaimsPrincipal user, ReportRequest request) =>
        request.OwnerEmail is { } email && string.Equals(user.Identity?.Name, email, StringComparison.OrdinalIgnoreCase);
}
