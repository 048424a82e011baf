using CorporateParenting.Data.Identity;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Identity;

namespace CorporateParenting.Web.Features.Demo;

/// <summary>
/// Seeds the wholly synthetic demo council: one account per role, named &lt;role&gt;@hub.example,
/// all with the password in "Demo:Password". Runs only when "Demo:Seed" is true.
/// </summary>
public sealed class DemoSeeder(UserManager<HubUser> users, IConfiguration configuration, ILogger<DemoSeeder> logger)
{
    public const string Domain = "hub.example";

    public static string EmailFor(RoleInfo role) => $"{role.DemoAccount}@{Domain}";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var password = configuration["Demo:Password"];
        if (string.IsNullOrWhiteSpace(password))
            throw new InvalidOperationException("Demo:Seed is true but Demo:Password is not set.");

        foreach (var role in HubRoles.All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var email = EmailFor(role);
            if (await users.FindByEmailAsync(email) is not null) continue;
            var user = new HubUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Demo {role.DisplayName.ToLowerInvariant()}" };
            RoleSeeder.Check(await users.CreateAsync(user, password), email);
            RoleSeeder.Check(await users.AddToRoleAsync(user, role.Name), email);
        }
        logger.LogInformation("Demo accounts ready for {RoleCount} roles", HubRoles.All.Count);
    }
}
