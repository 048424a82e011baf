using CorporateParenting.Data.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CorporateParenting.Data;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>Chooses SQLite or PostgreSQL from configuration, each with its own migrations assembly.</summary>
public static class DatabaseSetup
{
    public const string ConnectionStringName = "Hub";
    public const string SqliteMigrationsAssembly = "CorporateParenting.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "CorporateParenting.Migrations.Postgres";

    public static DatabaseProvider ProviderFrom(IConfiguration configuration)
    {
        var setting = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(setting)) return DatabaseProvider.Sqlite;
        return Enum.TryParse<DatabaseProvider>(setting, ignoreCase: true, out var provider)
            ? provider
            : throw new InvalidOperationException($"Database:Provider is '{setting}'; it must be 'Sqlite' or 'Postgres'.");
    }

    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        // Every context, however made, refuses changes to an approved meeting's record and to issued packs.
        options.AddInterceptors(Governance.ApprovedRecordGuard.Instance);
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly));
                break;
            case DatabaseProvider.Postgres:
                options.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly));
                break;
        }
    }

    public static IServiceCollection AddHubDatabase(this IServiceCollection services, DatabaseProvider provider, string connectionString)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<AuditInterceptor>();
        services.TryAddSingleton<DataVersion>();
        services.AddScoped<DataVersionInterceptor>();
        services.AddScoped<ChildDataReadAudit>();
        services.AddDbContext<HubDbContext>((sp, options) =>
        {
            Configure(options, provider, connectionString);
            options.AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<DataVersionInterceptor>());
        });
        return services;
    }
}
