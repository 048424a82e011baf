using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CorporateParenting.Data.AnnualReports;

internal sealed class AnnualReportConfiguration :
    IEntityTypeConfiguration<AnnualReport>, IEntityTypeConfiguration<AnnualReportNarrative>, IEntityTypeConfiguration<AnnualReportFiles>
{
    public void Configure(EntityTypeBuilder<AnnualReport> report)
    {
        report.Property(r => r.YearKind).HasConversion<string>().HasMaxLength(16);
        report.Property(r => r.Title).HasMaxLength(300);
        report.Property(r => r.ReportTo).HasMaxLength(300);
        report.Property(r => r.Author).HasMaxLength(300);
        report.Property(r => r.ApprovedBy).HasMaxLength(256);
        report.Property(r => r.SubmittedBy).HasMaxLength(256);
        report.HasIndex(r => new { r.YearKind, r.YearStart }).IsUnique();
        report.HasMany(r => r.Narratives).WithOne().HasForeignKey(n => n.ReportId).OnDelete(DeleteBehavior.Cascade);
        report.Ignore(r => r.Status);
        report.Ignore(r => r.YearLabel);
    }

    public void Configure(EntityTypeBuilder<AnnualReportNarrative> narrative)
    {
        narrative.Property(n => n.SectionKey).HasMaxLength(64);
        narrative.Property(n => n.UpdatedBy).HasMaxLength(256);
        narrative.HasIndex(n => new { n.ReportId, n.SectionKey }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<AnnualReportFiles> files)
    {
        files.HasOne<AnnualReport>().WithOne().HasForeignKey<AnnualReportFiles>(f => f.ReportId).OnDelete(DeleteBehavior.Restrict);
        files.Property(f => f.PdfFileName).HasMaxLength(200);
        files.Property(f => f.WordFileName).HasMaxLength(200);
        files.Property(f => f.PdfSha256).HasMaxLength(64);
        files.Property(f => f.WordSha256).HasMaxLength(64);
    }
}
