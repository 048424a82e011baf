using System.Security.Claims;
using CorporateParenting.Web.Infrastructure;

namespace CorporateParenting.Web.Authorization.Records;

/// <summary>The one way to match the signed-in person to a record's owner, and to read their capabilities inside a handler.</summary>
public static class Person
{
    /// <summary>True when the owner's e-mail (bare or "Name &lt;address&gt;", any case) is the signed-in person's address.</summary>
    public static bool IsOwner(this ClaimsPrincipal user, string? ownerEmail) =>
        user.Identity?.IsAuthenticated == true
        && (EmailAddresses.Same(user.Identity.Name, ownerEmail) || EmailAddresses.Same(user.FindFirstValue(ClaimTypes.Email), ownerEmail));

    /// <summary>
    /// The capability map read directly: a handler cannot ask the authorization service (it is part of it),
    /// and a capability is exactly "holds one of these roles" (CapabilityGrants).
    /// </summary>
    public static bool Holds(this ClaimsPrincipal user, string capability) =>
        user.Identity?.IsAuthenticated == true && CapabilityGrants.RolesFor.TryGetValue(capability, out var roles) && roles.Any(user.IsInRole);
}
