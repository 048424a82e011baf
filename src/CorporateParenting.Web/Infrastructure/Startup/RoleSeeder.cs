using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Identity;

namespace CorporateParenting.Web.Infrastructure.Startup;

/// <summary>Every role of product.md exists in every database, demo or not.</summary>
public sealed class RoleSeeder(RoleManager<IdentityRole> roles)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in HubRoles.All)
            if (!await roles.RoleExistsAsync(role.Name))
                Check(await roles.CreateAsync(new IdentityRole(role.Name)), role.Name);
    }

    internal static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Could not create {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
