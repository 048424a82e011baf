using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CorporateParenting.Data.Strategy;

internal sealed class StrategyConfiguration :
    IEntityTypeConfiguration<StrategyPlan>, IEntityTypeConfiguration<PriorityArea>, IEntityTypeConfiguration<WorkingGroupMember>,
    IEntityTypeConfiguration<PriorityAim>, IEntityTypeConfiguration<StrategyAction>, IEntityTypeConfiguration<StrategyActionIndicator>,
    IEntityTypeConfiguration<StrategyActionUpdate>, IEntityTypeConfiguration<EvidenceFile>, IEntityTypeConfiguration<Achievement>,
    IEntityTypeConfiguration<Recommendation>, IEntityTypeConfiguration<RecommendationActionLink>, IEntityTypeConfiguration<RecommendationReport>
{
    public void Configure(EntityTypeBuilder<StrategyPlan> plan)
    {
        plan.ToTable("Strategies");
        plan.Property(s => s.Title).HasMaxLength(200);
        plan.Property(s => s.Vision).HasMaxLength(2000);
        plan.Property(s => s.ChildFriendlyVision).HasMaxLength(1000);
        plan.HasMany(s => s.Priorities).WithOne().HasForeignKey(p => p.StrategyId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<PriorityArea> priority)
    {
        priority.Property(p => p.Name).HasMaxLength(200);
        priority.Property(p => p.Description).HasMaxLength(2000);
        priority.Property(p => p.ChildFriendlyDescription).HasMaxLength(1000);
        priority.Property(p => p.ChairName).HasMaxLength(200);
        priority.Property(p => p.ChairEmail).HasMaxLength(256);
        priority.HasMany(p => p.Members).WithOne().HasForeignKey(m => m.PriorityId).OnDelete(DeleteBehavior.Cascade);
        priority.HasMany(p => p.Aims).WithOne().HasForeignKey(a => a.PriorityId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<WorkingGroupMember> member)
    {
        member.Property(m => m.Name).HasMaxLength(200);
        member.Property(m => m.Organisation).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<PriorityAim> aim)
    {
        aim.Property(a => a.Text).HasMaxLength(1000);
        aim.HasMany(a => a.Actions).WithOne().HasForeignKey(a => a.AimId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<StrategyAction> action)
    {
        action.Property(a => a.Description).HasMaxLength(1000);
        action.Property(a => a.Owner).HasMaxLength(200);
        action.Property(a => a.OwnerEmail).HasMaxLength(256);
        action.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        action.Property(a => a.Rag).HasConversion<string>().HasMaxLength(16);
        action.HasMany(a => a.Indicators).WithOne().HasForeignKey(i => i.ActionId).OnDelete(DeleteBehavior.Cascade);
        action.HasMany(a => a.Updates).WithOne().HasForeignKey(u => u.ActionId).OnDelete(DeleteBehavior.Restrict);
        action.HasIndex(a => a.DueDate);
    }

    public void Configure(EntityTypeBuilder<StrategyActionIndicator> link)
    {
        link.Property(i => i.IndicatorKey).HasMaxLength(64);
        link.HasIndex(i => new { i.ActionId, i.IndicatorKey }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<StrategyActionUpdate> update)
    {
        update.Property(u => u.Author).HasMaxLength(256);
        update.Property(u => u.Narrative).HasMaxLength(4000);
        update.Property(u => u.Status).HasConversion<string>().HasMaxLength(16);
        update.Property(u => u.Rag).HasConversion<string>().HasMaxLength(16);
        update.Property(u => u.EvidenceLink).HasMaxLength(500);
        update.Property(u => u.EvidenceFileName).HasMaxLength(200);
        update.HasOne<EvidenceFile>().WithMany().HasForeignKey(u => u.EvidenceFileId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<EvidenceFile> file)
    {
        file.Property(f => f.FileName).HasMaxLength(200);
        file.Property(f => f.ContentType).HasMaxLength(100);
    }

    public void Configure(EntityTypeBuilder<Achievement> achievement)
    {
        achievement.Property(a => a.What).HasMaxLength(1000);
        achievement.Property(a => a.Who).HasMaxLength(200);
        achievement.Property(a => a.ImpactNumber).HasPrecision(14, 2);
        achievement.Property(a => a.ImpactUnit).HasMaxLength(50);
        achievement.Property(a => a.ImpactSentence).HasMaxLength(500);
        achievement.HasOne<PriorityArea>().WithMany().HasForeignKey(a => a.PriorityId).OnDelete(DeleteBehavior.SetNull);
        achievement.HasIndex(a => a.Date);
    }

    public void Configure(EntityTypeBuilder<Recommendation> recommendation)
    {
        recommendation.Property(r => r.Reference).HasMaxLength(32);
        recommendation.Property(r => r.Text).HasMaxLength(2000);
        recommendation.Property(r => r.Response).HasMaxLength(2000);
        recommendation.Property(r => r.Owner).HasMaxLength(200);
        recommendation.Property(r => r.Source).HasConversion<string>().HasMaxLength(32);
        recommendation.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        recommendation.HasMany(r => r.Actions).WithOne().HasForeignKey(l => l.RecommendationId).OnDelete(DeleteBehavior.Cascade);
        recommendation.HasMany(r => r.Reports).WithOne().HasForeignKey(r => r.RecommendationId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<RecommendationActionLink> link)
    {
        link.HasOne<StrategyAction>().WithMany().HasForeignKey(l => l.ActionId).OnDelete(DeleteBehavior.Cascade);
        link.HasIndex(l => new { l.RecommendationId, l.ActionId }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<RecommendationReport> report)
    {
        report.Property(r => r.Author).HasMaxLength(256);
        report.Property(r => r.Text).HasMaxLength(4000);
        report.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
    }
}
