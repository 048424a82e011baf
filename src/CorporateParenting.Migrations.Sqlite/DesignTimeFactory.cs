using CorporateParenting.Data;
using CorporateParenting.Data.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CorporateParenting.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add X --project src/CorporateParenting.Migrations.Sqlite` build the model.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<HubDbContext>
{
    public HubDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<HubDbContext>();
        DatabaseSetup.Configure(options, DatabaseProvider.Sqlite, "Data Source=design-time.db");
        options.AddInterceptors(new AuditInterceptor(SystemAuditActor.Instance, TimeProvider.System));
        return new HubDbContext(options.Options);
    }
}
