using CorporateParenting.Data;
using CorporateParenting.Data.Audit;
using CorporateParenting.Testing;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Tests.Data;

/// <summary>A migrated database on one provider, with contexts acting as a named user.</summary>
public sealed class DataTestContext : IDisposable
{
    private readonly TestDatabase _database;

    public DataTestContext(DatabaseProvider provider)
    {
        _database = new TestDatabase(provider);
        using var db = Create();
        db.Database.Migrate();
    }

    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };

    public HubDbContext Create(IAuditActor? actor = null)
    {
        var options = new DbContextOptionsBuilder<HubDbContext>();
        DatabaseSetup.Configure(options, _database.Provider, _database.ConnectionString);
        options.AddInterceptors(new AuditInterceptor(actor ?? new Actor("u-1", "officer@test.example"), TimeProvider.System));
        return new HubDbContext(options.Options);
    }

    public sealed record Actor(string? UserId, string? UserName) : IAuditActor;

    public void Dispose() => _database.Dispose();
}
