using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CorporateParenting.Data.Governance;

/// <summary>Terms of reference, the reporting schedule, attendance and decisions.</summary>
internal sealed class GovernanceCycleConfiguration :
    IEntityTypeConfiguration<TermsOfReference>, IEntityTypeConfiguration<ReportingContact>, IEntityTypeConfiguration<ReportType>,
    IEntityTypeConfiguration<ReportRequest>, IEntityTypeConfiguration<Attendance>, IEntityTypeConfiguration<Resolution>
{
    public void Configure(EntityTypeBuilder<TermsOfReference> terms)
    {
        terms.HasIndex(t => t.Version).IsUnique();
        foreach (var text in new[] { nameof(TermsOfReference.Objectives), nameof(TermsOfReference.Frequency), nameof(TermsOfReference.Accountability), nameof(TermsOfReference.Membership) })
            terms.Property(text).HasMaxLength(8000);
        terms.Property(t => t.RecordedBy).HasMaxLength(256);
    }

    public void Configure(EntityTypeBuilder<ReportingContact> contact)
    {
        contact.Property(c => c.Name).HasMaxLength(200);
        contact.Property(c => c.Role).HasMaxLength(200);
        contact.Property(c => c.Email).HasMaxLength(256);
        contact.Property(c => c.Kind).HasConversion<string>().HasMaxLength(32);
    }

    public void Configure(EntityTypeBuilder<ReportType> type)
    {
        type.Property(t => t.Title).HasMaxLength(300);
        type.Property(t => t.Owner).HasMaxLength(200);
        type.Property(t => t.OwnerEmail).HasMaxLength(256);
        type.Property(t => t.MonthsDue).HasMaxLength(40);
        type.Property(t => t.Frequency).HasConversion<string>().HasMaxLength(16);
        type.Ignore(t => t.Months);
    }

    public void Configure(EntityTypeBuilder<ReportRequest> request)
    {
        request.Property(r => r.Title).HasMaxLength(300);
        request.Property(r => r.Owner).HasMaxLength(200);
        request.Property(r => r.OwnerEmail).HasMaxLength(256);
        request.Property(r => r.SubmittedBy).HasMaxLength(256);
        foreach (var text in new[] { nameof(ReportRequest.Summary), nameof(ReportRequest.AskOfBoard), nameof(ReportRequest.PledgeContribution), nameof(ReportRequest.ChildrenInvolvement) })
            request.Property(text).HasMaxLength(4000);
        request.Property(r => r.FileName).HasMaxLength(260);
        request.Property(r => r.ContentType).HasMaxLength(200);
        request.HasOne<Meeting>().WithMany().HasForeignKey(r => r.MeetingId).OnDelete(DeleteBehavior.Restrict);
        request.HasOne<ReportType>().WithMany().HasForeignKey(r => r.ReportTypeId).OnDelete(DeleteBehavior.Restrict);
        request.HasOne(r => r.AgendaItem).WithMany().HasForeignKey(r => r.AgendaItemId).OnDelete(DeleteBehavior.SetNull);
        // One request per report type per meeting: applying the schedule twice adds nothing.
        request.HasIndex(r => new { r.MeetingId, r.ReportTypeId }).IsUnique();
        request.HasIndex(r => r.DueDate);
    }

    public void Configure(EntityTypeBuilder<Attendance> attendance)
    {
        attendance.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        attendance.Property(a => a.SubstituteName).HasMaxLength(200);
        attendance.HasOne<Meeting>().WithMany().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        attendance.HasOne<BoardMember>().WithMany().HasForeignKey(a => a.BoardMemberId).OnDelete(DeleteBehavior.Restrict);
        attendance.HasIndex(a => new { a.MeetingId, a.BoardMemberId }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<Resolution> resolution)
    {
        resolution.Property(r => r.Text).HasMaxLength(2000);
        resolution.HasOne<Meeting>().WithMany().HasForeignKey(r => r.MeetingId).OnDelete(DeleteBehavior.Restrict);
        resolution.HasOne<AgendaItem>().WithMany().HasForeignKey(r => r.AgendaItemId).OnDelete(DeleteBehavior.Restrict);
        resolution.HasIndex(r => new { r.Year, r.Number }).IsUnique();
        resolution.Ignore(r => r.Reference);
    }
}
