using CorporateParenting.Data.Identity;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Identity;

namespace CorporateParenting.Web.Infrastructure.Startup;

/// <summary>
/// Operator commands run instead of the web server:
/// <c>migrate</c> applies database migrations and creates the roles;
/// <c>create-admin &lt;email&gt;</c> creates the first administrator and prints a link to set a password.
/// </summary>
public static class HubCommands
{
    public static readonly string[] Names = ["migrate", "create-admin"];

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        switch (args[0])
        {
            case "migrate":
                await DatabaseStartup.MigrateAsync(services, CancellationToken.None);
                Console.WriteLine("Database is up to date.");
                return 0;
            case "create-admin" when args.Length == 2:
                var users = services.GetRequiredService<UserManager<HubUser>>();
                var user = new HubUser { UserName = args[1], Email = args[1], DisplayName = args[1] };
                RoleSeeder.Check(await users.CreateAsync(user), args[1]);
                RoleSeeder.Check(await users.AddToRoleAsync(user, HubRoles.Administrator), args[1]);
                var token = await users.GeneratePasswordResetTokenAsync(user);
                Console.WriteLine($"Administrator created. To set a password, open: {Features.Account.SetPasswordModel.PathFor(user.Id, token)}");
                return 0;
            default:
                Console.Error.WriteLine("Usage: migrate | create-admin <email>");
                return 2;
        }
    }
}
