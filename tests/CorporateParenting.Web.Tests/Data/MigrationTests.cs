using CorporateParenting.Data;
using Microsoft.EntityFrameworkCore;

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
}
