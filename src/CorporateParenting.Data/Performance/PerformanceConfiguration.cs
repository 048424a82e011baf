using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CorporateParenting.Data.Performance;

internal sealed class PerformanceConfiguration :
    IEntityTypeConfiguration<Ssda903Import>, IEntityTypeConfiguration<Ssda903ImportFile>, IEntityTypeConfiguration<Ssda903RuleFailure>,
    IEntityTypeConfiguration<Indicator>, IEntityTypeConfiguration<IndicatorTargetChange>, IEntityTypeConfiguration<IndicatorValue>,
    IEntityTypeConfiguration<IndicatorCommentary>, IEntityTypeConfiguration<BenchmarkValue>, IEntityTypeConfiguration<PostcodeArea>,
    IEntityTypeConfiguration<PublishedScorecard>
{
    public void Configure(EntityTypeBuilder<Ssda903Import> import)
    {
        import.Property(i => i.ImportedBy).HasMaxLength(256);
        import.HasIndex(i => new { i.Year, i.IsCurrent });
        import.HasMany(i => i.Files).WithOne().HasForeignKey(f => f.ImportId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<Ssda903ImportFile> file)
    {
        file.Property(f => f.FileName).HasMaxLength(260);
        file.Property(f => f.Sha256).HasMaxLength(64);
        file.Property(f => f.Table).HasMaxLength(32);
    }

    public void Configure(EntityTypeBuilder<Ssda903RuleFailure> failure)
    {
        failure.Property(f => f.Rule).HasMaxLength(16);
        failure.Property(f => f.Table).HasMaxLength(32);
        failure.Property(f => f.Child).HasMaxLength(64);
        failure.HasOne<Ssda903Import>().WithMany().HasForeignKey(f => f.ImportId).OnDelete(DeleteBehavior.Restrict);
        failure.HasIndex(f => new { f.ImportId, f.Rule });
    }

    public void Configure(EntityTypeBuilder<Indicator> indicator)
    {
        indicator.Property(i => i.Key).HasMaxLength(100);
        indicator.HasIndex(i => i.Key).IsUnique();
        indicator.Property(i => i.Name).HasMaxLength(200);
        indicator.Property(i => i.Unit).HasMaxLength(32);
        indicator.Property(i => i.Owner).HasMaxLength(200);
        indicator.Property(i => i.PriorityArea).HasMaxLength(200);
        indicator.Property(i => i.Source).HasConversion<string>().HasMaxLength(16);
        indicator.Property(i => i.Polarity).HasConversion<string>().HasMaxLength(16);
        indicator.Property(i => i.RagRule).HasConversion<string>().HasMaxLength(16);
        indicator.HasMany(i => i.TargetChanges).WithOne().HasForeignKey(c => c.IndicatorId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<IndicatorTargetChange> change)
    {
        change.Property(c => c.ChangedBy).HasMaxLength(256);
        change.Property(c => c.Reason).HasMaxLength(1000);
    }

    public void Configure(EntityTypeBuilder<IndicatorValue> value)
    {
        value.Property(v => v.Dimension).HasMaxLength(32);
        value.Property(v => v.Group).HasMaxLength(300);   // code labels run long: "A5 (Placed for adoption under placement order, ...)"
        value.Property(v => v.EnteredBy).HasMaxLength(256);
        value.HasOne<Indicator>().WithMany().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        value.HasIndex(v => new { v.Year, v.IndicatorId, v.Dimension, v.Group }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<IndicatorCommentary> commentary)
    {
        commentary.Property(c => c.Text).HasMaxLength(4000);
        commentary.Property(c => c.UpdatedBy).HasMaxLength(256);
        commentary.HasOne<Indicator>().WithMany().HasForeignKey(c => c.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        commentary.HasIndex(c => new { c.IndicatorId, c.Year }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<BenchmarkValue> benchmark)
    {
        benchmark.Property(b => b.IndicatorKey).HasMaxLength(100);
        benchmark.Property(b => b.Area).HasMaxLength(64);
        benchmark.Property(b => b.Source).HasMaxLength(500);
        benchmark.HasIndex(b => new { b.IndicatorKey, b.Year, b.Area }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<PostcodeArea> area)
    {
        area.HasKey(a => a.Postcode);
        area.Property(a => a.Postcode).HasMaxLength(10);
        area.Property(a => a.Ward).HasMaxLength(100);
        area.Property(a => a.LocalAuthority).HasMaxLength(16);
    }

    public void Configure(EntityTypeBuilder<PublishedScorecard> published)
    {
        published.Property(p => p.Title).HasMaxLength(200);
        published.Property(p => p.PublishedBy).HasMaxLength(256);
    }
}
