using CorporateParenting.Data;
using CorporateParenting.Data.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CorporateParenting.Migrations.Postgres;

/// <summary>Lets `dotnet ef migrations add X --project src/CorporateParenting.Migrations.Postgres` build the model.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<HubDbContext>
{
    public HubDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<HubDbContext>();
        DatabaseSetup.Configure(options, DatabaseProvider.Postgres, "Host=127.0.0.1;Database=design_time");
        options.AddInterceptors(new AuditInterceptor(SystemAuditActor.Instance, TimeProvider.System));
        return new HubDbContext(options.Options);
    }
}
