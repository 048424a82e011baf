using CorporateParenting.Data;
using CorporateParenting.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Infrastructure.Startup;

/// <summary>
/// Before the server takes requests: in Development (or when "Database:MigrateOnStartup" is true)
/// applies migrations; then makes sure the roles exist and, when "Demo:Seed" is true, seeds the demo council.
/// In Production the schema changes only by the explicit `migrate` command.
/// </summary>
public sealed class DatabaseStartup(IServiceProvider services, IHostEnvironment environment, IConfiguration configuration)
    : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var migrate = configuration.GetValue("Database:MigrateOnStartup", environment.IsDevelopment());
        var seedDemo = configuration.GetValue("Demo:Seed", false);
        if (migrate)
        {
            await using var scope = services.CreateAsyncScope();
            await MigrateAsync(scope.ServiceProvider, cancellationToken);
        }
        if (!seedDemo) return;
        foreach (var seeder in DemoSeeders(configuration.GetValue("Demo:Performance", true)))
        {
            // Each in a scope (and database context) of its own: one context for the whole seed kept everything written
            // before tracked, and every later save compared all of it again.
            await using var scope = services.CreateAsyncScope();
            await ((IDemoSeeder)scope.ServiceProvider.GetRequiredService(seeder)).SeedAsync(cancellationToken);
        }
    }

    /// <summary>The demo council's seeders in the order they build on each other.</summary>
    private static IEnumerable<Type> DemoSeeders(bool performance)
    {
        yield return typeof(DemoSeeder);
        yield return typeof(Features.Demo.DemoGovernanceSeeder);
        yield return typeof(Features.Demo.DemoStrategySeeder);
        // "Demo:Performance" false leaves out the generated 903 years (some tests want an empty scorecard, or speed).
        if (performance) yield return typeof(Features.Demo.DemoPerformanceSeeder);
        // After the 903: a survey's eligible children come from it.
        yield return typeof(Features.Demo.Voice.DemoVoiceSeeder);
        yield return typeof(Features.Demo.CorporateParents.DemoCorporateParentsSeeder);
        yield return typeof(Features.Demo.LocalOffer.DemoLocalOfferSeeder);
        // Last: the annual report is drafted from everything above.
        yield return typeof(Features.Demo.AnnualReports.DemoAnnualReportSeeder);
    }

    public static async Task MigrateAsync(IServiceProvider scoped, CancellationToken cancellationToken)
    {
        await scoped.GetRequiredService<HubDbContext>().Database.MigrateAsync(cancellationToken);
        await scoped.GetRequiredService<RoleSeeder>().EnsureRolesAsync();
    }


    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
