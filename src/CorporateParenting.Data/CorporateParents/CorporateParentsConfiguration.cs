using CorporateParenting.Data.Governance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CorporateParenting.Data.CorporateParents;

internal sealed class CorporateParentsConfiguration :
    IEntityTypeConfiguration<CouncilMember>, IEntityTypeConfiguration<CorporateParentingRules>, IEntityTypeConfiguration<TrainingSession>,
    IEntityTypeConfiguration<TrainingAttendance>, IEntityTypeConfiguration<TrainingReminder>, IEntityTypeConfiguration<PenPicture>,
    IEntityTypeConfiguration<ChampionRole>, IEntityTypeConfiguration<Nomination>, IEntityTypeConfiguration<CareSetting>,
    IEntityTypeConfiguration<MemberVisit>, IEntityTypeConfiguration<MemberVisitAttendee>, IEntityTypeConfiguration<MemberVisitAction>,
    IEntityTypeConfiguration<School>, IEntityTypeConfiguration<DecisionCheck>
{
    public void Configure(EntityTypeBuilder<CouncilMember> member)
    {
        member.Property(m => m.Name).HasMaxLength(200);
        member.Property(m => m.Email).HasMaxLength(256);
        member.Property(m => m.Ward).HasMaxLength(200);
        member.Property(m => m.Party).HasMaxLength(200);
        member.HasIndex(m => m.Email).IsUnique();
        member.HasOne<BoardMember>().WithMany().HasForeignKey(m => m.BoardMemberId).OnDelete(DeleteBehavior.SetNull);
    }

    public void Configure(EntityTypeBuilder<CorporateParentingRules> rules) => rules.ToTable("CorporateParentingRules");

    public void Configure(EntityTypeBuilder<TrainingSession> session)
    {
        session.Property(s => s.Title).HasMaxLength(200);
        session.Property(s => s.Provider).HasMaxLength(200);
        session.Property(s => s.Topic).HasMaxLength(200);
        session.Property(s => s.Audience).HasConversion<string>().HasMaxLength(16);
        session.HasMany(s => s.Attendance).WithOne().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<TrainingAttendance> attendance)
    {
        attendance.HasOne<CouncilMember>().WithMany().HasForeignKey(a => a.CouncilMemberId).OnDelete(DeleteBehavior.Cascade);
        attendance.HasIndex(a => new { a.SessionId, a.CouncilMemberId }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<TrainingReminder> reminder)
    {
        reminder.Property(r => r.Reason).HasMaxLength(500);
        reminder.HasOne<CouncilMember>().WithMany().HasForeignKey(r => r.CouncilMemberId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<PenPicture> picture)
    {
        picture.Property(p => p.WhoIAm).HasMaxLength(1000);
        picture.Property(p => p.WhyICare).HasMaxLength(1000);
        picture.Property(p => p.WhatIDo).HasMaxLength(1000);
        picture.Property(p => p.PhotoContentType).HasMaxLength(100);
        picture.Property(p => p.DraftedBy).HasMaxLength(256);
        picture.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        picture.HasOne(p => p.Member).WithMany().HasForeignKey(p => p.CouncilMemberId).OnDelete(DeleteBehavior.Cascade);
        picture.HasIndex(p => new { p.CouncilMemberId, p.Version }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<ChampionRole> role)
    {
        role.Property(r => r.Title).HasMaxLength(200);
        role.Property(r => r.Description).HasMaxLength(2000);
    }

    public void Configure(EntityTypeBuilder<Nomination> nomination)
    {
        nomination.HasOne<ChampionRole>().WithMany().HasForeignKey(n => n.RoleId).OnDelete(DeleteBehavior.Cascade);
        nomination.HasOne<CouncilMember>().WithMany().HasForeignKey(n => n.CouncilMemberId).OnDelete(DeleteBehavior.Cascade);
        nomination.HasOne<Meeting>().WithMany().HasForeignKey(n => n.MeetingId).OnDelete(DeleteBehavior.SetNull);
        nomination.HasOne<Resolution>().WithMany().HasForeignKey(n => n.ResolutionId).OnDelete(DeleteBehavior.SetNull);
    }

    public void Configure(EntityTypeBuilder<CareSetting> setting)
    {
        setting.Property(s => s.Name).HasMaxLength(200);
        setting.Property(s => s.Kind).HasConversion<string>().HasMaxLength(32);
        setting.Property(s => s.OfstedUrn).HasMaxLength(16);
        setting.Property(s => s.Area).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<MemberVisit> visit)
    {
        visit.Property(v => v.Purpose).HasMaxLength(1000);
        visit.Property(v => v.Findings).HasMaxLength(4000);
        visit.Property(v => v.RecordedBy).HasMaxLength(256);
        visit.HasOne<CareSetting>().WithMany().HasForeignKey(v => v.CareSettingId).OnDelete(DeleteBehavior.Restrict);
        visit.HasMany(v => v.Members).WithOne().HasForeignKey(m => m.VisitId).OnDelete(DeleteBehavior.Cascade);
        visit.HasMany(v => v.Actions).WithOne().HasForeignKey(a => a.VisitId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<MemberVisitAttendee> attendee)
    {
        attendee.HasOne<CouncilMember>().WithMany().HasForeignKey(a => a.CouncilMemberId).OnDelete(DeleteBehavior.Cascade);
        attendee.HasIndex(a => new { a.VisitId, a.CouncilMemberId }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<MemberVisitAction> link) =>
        link.HasOne<BoardAction>().WithMany().HasForeignKey(l => l.BoardActionId).OnDelete(DeleteBehavior.Restrict);

    public void Configure(EntityTypeBuilder<School> school)
    {
        school.Property(s => s.Name).HasMaxLength(200);
        school.Property(s => s.Urn).HasMaxLength(16);
        school.Property(s => s.DesignatedTeacher).HasMaxLength(200);
        school.Property(s => s.DesignatedTeacherEmail).HasMaxLength(256);
        school.Property(s => s.LinkGovernor).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<DecisionCheck> check)
    {
        check.Property(c => c.Proposal).HasMaxLength(500);
        check.Property(c => c.DecisionMaker).HasConversion<string>().HasMaxLength(16);
        check.Property(c => c.WhatItMeans).HasMaxLength(4000);
        check.Property(c => c.HowItChanged).HasMaxLength(2000);
        check.Property(c => c.Link).HasMaxLength(500);
    }
}
