using CorporateParenting.Data.Identity;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Identity;

namespace CorporateParenting.Web.Infrastructure.Startup;

/// <summary>
/// Operator commands run instead of the web server:
/// <c>migrate</c> applies database migrations and creates the roles;
/// <c>create-admin &lt;email&gt;</c> creates the first administrator and prints a link (from Hub:PublicUrl) to set a password;
/// <c>import-903 &lt;folder&gt; [year]</c> imports a year's 903 files exactly as the import page does (for a nightly export).
/// </summary>
public static class HubCommands
{
    public static readonly string[] Names = ["migrate", "create-admin", "import-903"];

    /// <param name="output">Where messages go: the console, or a test's writer.</param>
    public static async Task<int> RunAsync(WebApplication app, string[] args, TextWriter? output = null)
    {
        output ??= Console.Out;
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        switch (args[0])
        {
            case "migrate":
                await DatabaseStartup.MigrateAsync(services, CancellationToken.None);
                output.WriteLine("Database is up to date.");
                return 0;
            case "create-admin" when args.Length == 2:
                var users = services.GetRequiredService<UserManager<HubUser>>();
                var user = new HubUser { UserName = args[1], Email = args[1], DisplayName = args[1] };
                RoleSeeder.Check(await users.CreateAsync(user), args[1]);
                RoleSeeder.Check(await users.AddToRoleAsync(user, HubRoles.Administrator), args[1]);
                var token = await users.GeneratePasswordResetTokenAsync(user);
                var link = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<HubOptions>>().Value.LinkTo(Features.Account.SetPasswordModel.PathFor(user.Id, token));
                output.WriteLine($"Administrator created. To set a password, open: {link}");
                return 0;
            case "import-903" when args.Length is 2 or 3:
                return await Import903Async(services, args[1], args.Length == 3 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : null);
            default:
                Console.Error.WriteLine("Usage: migrate | create-admin <email> | import-903 <folder> [year]");
                return 2;
        }
    }

    private static async Task<int> Import903Async(IServiceProvider services, string folder, int? year)
    {
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"There is no folder {folder}.");
            return 2;
        }
        var files = Directory.GetFiles(folder).Where(f => f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).ToList();
        var importer = services.GetRequiredService<Features.Performance.Imports.Ssda903Importer>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var check = await importer.CheckAsync(files, year, CancellationToken.None);
        if (!check.CanImport)
        {
            foreach (var problem in check.Problems.Take(20)) Console.Error.WriteLine(problem);
            Console.Error.WriteLine("Nothing was imported.");
            return 1;
        }
        var import = await importer.ImportAsync(files, check, "import-903 (command line)", CancellationToken.None);
        Console.WriteLine($"Imported the {import.Year} return: {import.Children:#,0} children, {import.RuleFailures:#,0} rule failures, in {clock.Elapsed.TotalSeconds:0.0} s.");
        return 0;
    }
}
