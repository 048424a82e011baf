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
        if (!migrate && !seedDemo) return;

        await using var scope = services.CreateAsyncScope();
        if (migrate) await MigrateAsync(scope.ServiceProvider, cancellationToken);
        if (seedDemo) await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken);
        if (seedDemo) await scope.ServiceProvider.GetRequiredService<Features.Demo.DemoGovernanceSeeder>().SeedAsync(cancellationToken);
        if (seedDemo) await scope.ServiceProvider.GetRequiredService<Features.Demo.DemoStrategySeeder>().SeedAsync(cancellationToken);
        // "Demo:Performance" false leaves out the generated 903 years (some tests want an empty scorecard, or speed).
        if (seedDemo && configuration.GetValue("Demo:Performance", true))
            await scope.ServiceProvider.GetRequiredService<Features.Demo.DemoPerformanceSeeder>().SeedAsync(cancellationToken);
        // After the 903: a survey's eligible children come from it.
        if (seedDemo) await scope.ServiceProvider.GetRequiredService<Features.Demo.Voice.DemoVoiceSeeder>().SeedAsync(cancellationToken);
        if (seedDemo) await scope.ServiceProvider.GetRequiredService<Features.Demo.CorporateParents.DemoCorporateParentsSeeder>().SeedAsync(cancellationToken);
        if (seedDemo) await scope.ServiceProvider.GetRequiredService<Features.Demo.LocalOffer.DemoLocalOfferSeeder>().SeedAsync(cancellationToken);
        // Last: the annual report is drafted from everything above.
        if (seedDemo) await scope.ServiceProvider.GetRequiredService<Features.Demo.AnnualReports.DemoAnnualReportSeeder>().SeedAsync(cancellationToken);
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
