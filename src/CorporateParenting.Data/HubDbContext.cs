using CorporateParenting.Data.Audit;
using CorporateParenting.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Data;

/// <summary>The Hub's one database. Entities of each feature area are configured in their own folder.</summary>
public class HubDbContext(DbContextOptions<HubDbContext> options)
    : IdentityDbContext<HubUser, IdentityRole, string>(options)
{
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(HubDbContext).Assembly);
    }
}
