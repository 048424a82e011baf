using CorporateParenting.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CorporateParenting.Web.Tests.Data;

public sealed class MigrationTests
{
    [Theory]
    [MemberData(nameof(DataTestContext.Providers), MemberType = typeof(DataTestContext))]
    public void Every_model_change_is_covered_by_a_migration(DatabaseProvider provider)
    {
        using var data = new DataTestContext(provider);
        using var db = data.Create();

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model has changes that no {provider} migration covers: add one with " +
            $"dotnet ef migrations add <Name> --project src/CorporateParenting.Migrations.{provider} --startup-project src/CorporateParenting.Migrations.{provider} --output-dir Migrations");
        Assert.Empty(db.Database.GetPendingMigrations());
        Assert.Contains(db.Database.GetAppliedMigrations(), m => m.EndsWith("_Initial"));
    }

    [Theory]
    [MemberData(nameof(DataTestContext.Providers), MemberType = typeof(DataTestContext))]
    public void Migrations_use_the_providers_own_assembly(DatabaseProvider provider)
    {
        using var data = new DataTestContext(provider);
        using var db = data.Create();
        var expected = provider == DatabaseProvider.Sqlite ? "Microsoft.EntityFrameworkCore.Sqlite" : "Npgsql.EntityFrameworkCore.PostgreSQL";

        Assert.Equal(expected, db.Database.ProviderName);
        Assert.All(db.Database.GetMigrations(), m => Assert.Matches("^[0-9]{14}_", m));
    }

    [Theory]
    [MemberData(nameof(DataTestContext.Providers), MemberType = typeof(DataTestContext))]
    public void Every_migration_runs_inside_a_transaction(DatabaseProvider provider)
    {
        // A migration that SQLite must run outside a transaction (a table rebuild, a suppressed SQL step)
        // can be left half-applied when it fails: the Hub ships none.
        using var data = new DataTestContext(provider);
        using var db = data.Create();
        var migrations = db.GetService<IMigrationsAssembly>();
        var generator = db.GetService<IMigrationsSqlGenerator>();
        var initializer = db.GetService<IModelRuntimeInitializer>();

        Assert.NotEmpty(migrations.Migrations);
        foreach (var (id, type) in migrations.Migrations)
        {
            var migration = migrations.CreateMigration(type, db.Database.ProviderName!);
            var model = migration.TargetModel is { } target ? initializer.Initialize(target) : null;
            var outside = generator.Generate(migration.UpOperations, model).Where(c => c.TransactionSuppressed).Select(c => c.CommandText).ToList();
            Assert.True(outside.Count == 0, $"{id} runs {outside.Count} step(s) outside a transaction, e.g. {outside.FirstOrDefault()}");
        }
    }
}
