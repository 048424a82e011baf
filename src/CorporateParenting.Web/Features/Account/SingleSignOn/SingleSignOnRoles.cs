using System.Security.Claims;
using CorporateParenting.Web.Authorization;

namespace CorporateParenting.Web.Features.Account.SingleSignOn;

/// <summary>Turns the identity provider's role claim into Hub roles; unknown values are ignored.</summary>
public static class SingleSignOnRoles
{
    public static IReadOnlySet<string> From(ClaimsPrincipal principal, SingleSignOnOptions options)
    {
        var roles = new HashSet<string>();
        foreach (var claim in principal.FindAll(options.RoleClaim))
        {
            var mapped = options.RoleMap.TryGetValue(claim.Value, out var role) ? role : claim.Value;
            var hubRole = HubRoles.All.FirstOrDefault(r => string.Equals(r.Name, mapped, StringComparison.OrdinalIgnoreCase));
            if (hubRole is not null) roles.Add(hubRole.Name);
        }
        return roles;
    }
}
