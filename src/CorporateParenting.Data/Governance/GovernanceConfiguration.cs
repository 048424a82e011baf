using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CorporateParenting.Data.Governance;

internal sealed class GovernanceConfiguration :
    IEntityTypeConfiguration<BoardMember>, IEntityTypeConfiguration<Meeting>, IEntityTypeConfiguration<AgendaItem>,
    IEntityTypeConfiguration<BoardAction>, IEntityTypeConfiguration<ActionUpdate>, IEntityTypeConfiguration<IssuedPack>
{
    public void Configure(EntityTypeBuilder<IssuedPack> pack)
    {
        pack.Property(p => p.IssuedBy).HasMaxLength(256);
        pack.Property(p => p.PaperIds).HasMaxLength(4000);
        pack.Property(p => p.PdfFileName).HasMaxLength(260);
        pack.Property(p => p.WordFileName).HasMaxLength(260);
        pack.Property(p => p.PdfSha256).HasMaxLength(64);
        pack.Property(p => p.WordSha256).HasMaxLength(64);
        pack.HasOne<Meeting>().WithMany().HasForeignKey(p => p.MeetingId).OnDelete(DeleteBehavior.Restrict);
        pack.HasIndex(p => new { p.MeetingId, p.Number, p.Restricted }).IsUnique();
        pack.Ignore(p => p.Name);
        pack.Ignore(p => p.Papers);
    }

    public void Configure(EntityTypeBuilder<BoardAction> action)
    {
        action.Property(a => a.Description).HasMaxLength(1000);
        action.Property(a => a.Owner).HasMaxLength(200);
        action.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        action.HasOne<Meeting>().WithMany().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Restrict);
        action.HasMany(a => a.Updates).WithOne().HasForeignKey(u => u.ActionId).OnDelete(DeleteBehavior.Restrict);
        action.HasIndex(a => a.DueDate);
    }

    public void Configure(EntityTypeBuilder<ActionUpdate> update)
    {
        update.Property(u => u.Author).HasMaxLength(256);
        update.Property(u => u.Text).HasMaxLength(4000);
        update.Property(u => u.Status).HasConversion<string>().HasMaxLength(16);
    }

    public void Configure(EntityTypeBuilder<BoardMember> member)
    {
        member.Property(m => m.Name).HasMaxLength(200);
        member.Property(m => m.Organisation).HasMaxLength(200);
        member.Property(m => m.Category).HasConversion<string>().HasMaxLength(32);
        member.Property(m => m.Role).HasConversion<string>().HasMaxLength(32);
    }

    public void Configure(EntityTypeBuilder<Meeting> meeting)
    {
        meeting.Property(m => m.Place).HasMaxLength(200);
        meeting.Property(m => m.OnlineLink).HasMaxLength(500);
        meeting.Property(m => m.Theme).HasMaxLength(200);
        meeting.Property(m => m.MinutesApprovedBy).HasMaxLength(256);
        meeting.Property(m => m.Status).HasConversion<string>().HasMaxLength(32);
        meeting.HasIndex(m => m.Date);
        meeting.Ignore(m => m.IsApproved);
        meeting.Ignore(m => m.DateText);
        meeting.HasMany(m => m.Items).WithOne().HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<AgendaItem> item)
    {
        item.Property(i => i.Title).HasMaxLength(300);
        item.Property(i => i.Presenter).HasMaxLength(200);
        item.Property(i => i.Minutes).HasMaxLength(8000);
        item.Property(i => i.Purpose).HasConversion<string>().HasMaxLength(16);
        item.HasIndex(i => new { i.MeetingId, i.Order });
        item.HasOne<Strategy.PriorityArea>().WithMany().HasForeignKey(i => i.PriorityId).OnDelete(DeleteBehavior.SetNull);
    }
}
