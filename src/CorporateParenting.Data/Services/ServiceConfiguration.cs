using CorporateParenting.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CorporateParenting.Data.Services;

internal sealed class ServiceConfiguration : IEntityTypeConfiguration<Service>
{
    public void Configure(EntityTypeBuilder<Service> service)
    {
        service.Property(s => s.Name).HasMaxLength(100);
        service.HasIndex(s => s.Name).IsUnique();
        service.Property(s => s.Rule).HasConversion<string>().HasMaxLength(32);
        service.Property(s => s.PlacementCodes).HasMaxLength(400);
        service.Ignore(s => s.PlacementCodeList);
        service.HasMany(s => s.Managers).WithOne().HasForeignKey(a => a.ServiceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ServiceAssignmentConfiguration : IEntityTypeConfiguration<ServiceAssignment>
{
    public void Configure(EntityTypeBuilder<ServiceAssignment> assignment)
    {
        assignment.HasKey(a => new { a.ServiceId, a.UserId });
        assignment.Property(a => a.UserId).HasMaxLength(450);
        assignment.HasOne<HubUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        assignment.HasIndex(a => a.UserId);
    }
}
