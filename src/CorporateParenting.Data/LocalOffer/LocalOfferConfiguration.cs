using CorporateParenting.Data.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CorporateParenting.Data.LocalOffer;

internal sealed class LocalOfferConfiguration :
    IEntityTypeConfiguration<LocalOfferVersion>, IEntityTypeConfiguration<OfferEntitlement>,
    IEntityTypeConfiguration<OfferPledge>, IEntityTypeConfiguration<OfferUptake>
{
    public void Configure(EntityTypeBuilder<LocalOfferVersion> version)
    {
        version.Property(v => v.PublishedBy).HasMaxLength(256);
        version.HasIndex(v => v.Number).IsUnique();
        version.HasMany(v => v.Entitlements).WithOne().HasForeignKey(e => e.VersionId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<OfferEntitlement> entitlement)
    {
        entitlement.Property(e => e.Key).HasMaxLength(100);
        entitlement.Property(e => e.Title).HasMaxLength(200);
        entitlement.Property(e => e.Provider).HasMaxLength(200);
        entitlement.Property(e => e.Worth).HasMaxLength(200);
        entitlement.Property(e => e.Contact).HasMaxLength(500);
        entitlement.Property(e => e.Area).HasConversion<string>().HasMaxLength(32);
        entitlement.Property(e => e.Status).HasConversion<string>().HasMaxLength(32);
        entitlement.Property(e => e.Residence).HasConversion<string>().HasMaxLength(32);
        entitlement.HasIndex(e => new { e.VersionId, e.Key }).IsUnique();
        entitlement.HasOne<Service>().WithMany().HasForeignKey(e => e.ServiceId).OnDelete(DeleteBehavior.SetNull);
    }

    public void Configure(EntityTypeBuilder<OfferPledge> pledge)
    {
        pledge.Property(p => p.Organisation).HasMaxLength(200);
        pledge.Property(p => p.MadeBy).HasMaxLength(200);
        pledge.Property(p => p.EntitlementKey).HasMaxLength(100);
    }

    public void Configure(EntityTypeBuilder<OfferUptake> uptake)
    {
        uptake.Property(u => u.EntitlementKey).HasMaxLength(100);
        uptake.Property(u => u.Cost).HasPrecision(12, 2);
        uptake.Property(u => u.Value).HasPrecision(12, 2);
        uptake.Property(u => u.RecordedBy).HasMaxLength(256);
        uptake.HasIndex(u => new { u.EntitlementKey, u.PeriodStart, u.PeriodEnd }).IsUnique();
    }
}
