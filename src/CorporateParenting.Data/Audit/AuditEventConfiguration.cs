using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CorporateParenting.Data.Audit;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> audit)
    {
        audit.Property(a => a.Action).HasConversion<string>().HasMaxLength(16);
        audit.Property(a => a.EntityType).HasMaxLength(200);
        audit.Property(a => a.EntityId).HasMaxLength(200);
        audit.Property(a => a.UserId).HasMaxLength(450);
        audit.Property(a => a.UserName).HasMaxLength(256);
        audit.HasIndex(a => a.OccurredAtUtc);
        audit.HasIndex(a => new { a.EntityType, a.EntityId });
        audit.HasIndex(a => a.UserId);
    }
}
