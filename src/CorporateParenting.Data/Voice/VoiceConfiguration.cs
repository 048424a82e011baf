using CorporateParenting.Data.Governance;
using CorporateParenting.Data.Strategy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CorporateParenting.Data.Voice;

internal sealed class VoiceConfiguration :
    IEntityTypeConfiguration<QuestionSet>, IEntityTypeConfiguration<SurveyQuestion>, IEntityTypeConfiguration<Survey>,
    IEntityTypeConfiguration<SurveyBand>, IEntityTypeConfiguration<SurveyCode>, IEntityTypeConfiguration<SurveyCodeBatch>,
    IEntityTypeConfiguration<SurveyResponse>, IEntityTypeConfiguration<SurveyAnswer>, IEntityTypeConfiguration<SurveyCommentTheme>,
    IEntityTypeConfiguration<YouthGroup>, IEntityTypeConfiguration<YouthGroupMeeting>, IEntityTypeConfiguration<YouthGroupReport>,
    IEntityTypeConfiguration<YouthGroupQuestion>, IEntityTypeConfiguration<YouSaidEntry>, IEntityTypeConfiguration<YouSaidLink>,
    IEntityTypeConfiguration<PledgeVersion>, IEntityTypeConfiguration<PledgePromise>, IEntityTypeConfiguration<PledgePromiseQuestion>,
    IEntityTypeConfiguration<PledgePromiseAction>, IEntityTypeConfiguration<PledgePromisePaper>
{
    public void Configure(EntityTypeBuilder<QuestionSet> set)
    {
        set.Property(s => s.Key).HasMaxLength(64);
        set.Property(s => s.Name).HasMaxLength(200);
        set.Property(s => s.Audience).HasConversion<string>().HasMaxLength(32);
        set.HasIndex(s => new { s.Key, s.Version }).IsUnique();
        set.HasMany(s => s.Questions).WithOne().HasForeignKey(q => q.QuestionSetId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<SurveyQuestion> question)
    {
        question.Property(q => q.Key).HasMaxLength(64);
        question.Property(q => q.Text).HasMaxLength(500);
        question.Property(q => q.Hint).HasMaxLength(500);
        question.Property(q => q.Options).HasMaxLength(2000);
        question.Property(q => q.ResultLabel).HasMaxLength(300);
        question.Property(q => q.Type).HasConversion<string>().HasMaxLength(16);
        question.HasIndex(q => new { q.QuestionSetId, q.Key }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<Survey> survey)
    {
        survey.Property(s => s.Title).HasMaxLength(200);
        survey.Property(s => s.Purpose).HasMaxLength(1000);
        survey.Property(s => s.ChildFriendlySummary).HasMaxLength(1000);
        survey.HasOne<Meeting>().WithMany().HasForeignKey(s => s.PackMeetingId).OnDelete(DeleteBehavior.SetNull);
        survey.HasMany(s => s.Bands).WithOne().HasForeignKey(b => b.SurveyId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<SurveyBand> band)
    {
        band.Property(b => b.Label).HasMaxLength(100);
        band.Property(b => b.EligibleSource).HasMaxLength(200);
        band.HasOne(b => b.QuestionSet).WithMany().HasForeignKey(b => b.QuestionSetId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<SurveyCode> code)
    {
        code.Property(c => c.CodeHash).HasMaxLength(64);
        code.HasIndex(c => c.CodeHash).IsUnique();
        code.HasOne<SurveyBand>().WithMany().HasForeignKey(c => c.SurveyBandId).OnDelete(DeleteBehavior.Cascade);
        code.HasOne<SurveyCodeBatch>().WithMany().HasForeignKey(c => c.BatchId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<SurveyCodeBatch> batch)
    {
        batch.Property(b => b.CreatedBy).HasMaxLength(256);
        batch.HasOne<SurveyBand>().WithMany().HasForeignKey(b => b.SurveyBandId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<SurveyResponse> response)
    {
        // Random ids made in code: a database sequence would let response order be lined up with codes handed out.
        response.Property(r => r.Id).ValueGeneratedNever();
        response.HasOne<Survey>().WithMany().HasForeignKey(r => r.SurveyId).OnDelete(DeleteBehavior.Restrict);
        response.HasOne<SurveyBand>().WithMany().HasForeignKey(r => r.SurveyBandId).OnDelete(DeleteBehavior.Restrict);
        response.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<SurveyAnswer> answer)
    {
        answer.Property(a => a.Id).ValueGeneratedNever();
        answer.Property(a => a.Choice).HasMaxLength(2000);
        answer.Property(a => a.Text).HasMaxLength(2000);
        answer.Property(a => a.RedactedText).HasMaxLength(2000);
        answer.Property(a => a.Review).HasConversion<string>().HasMaxLength(16);
        answer.HasOne<SurveyQuestion>().WithMany().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Restrict);
        answer.HasOne<SurveyCommentTheme>().WithMany().HasForeignKey(a => a.ThemeId).OnDelete(DeleteBehavior.SetNull);
        answer.HasIndex(a => a.QuestionId);
    }

    public void Configure(EntityTypeBuilder<SurveyCommentTheme> theme)
    {
        theme.Property(t => t.Name).HasMaxLength(200);
        theme.Property(t => t.Summary).HasMaxLength(2000);
        theme.HasOne<Survey>().WithMany().HasForeignKey(t => t.SurveyId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<YouthGroup> group)
    {
        group.Property(g => g.Name).HasMaxLength(200);
        group.Property(g => g.Description).HasMaxLength(1000);
        group.HasMany(g => g.Meetings).WithOne().HasForeignKey(m => m.YouthGroupId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<YouthGroupMeeting> meeting)
    {
        meeting.Property(m => m.Place).HasMaxLength(200);
        meeting.Property(m => m.Notes).HasMaxLength(2000);
    }

    public void Configure(EntityTypeBuilder<YouthGroupReport> report)
    {
        report.Property(r => r.TalkedAbout).HasMaxLength(4000);
        report.Property(r => r.WantBoardToKnow).HasMaxLength(4000);
        report.Property(r => r.SubmittedBy).HasMaxLength(256);
        report.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        report.HasOne(r => r.YouthGroup).WithMany().HasForeignKey(r => r.YouthGroupId).OnDelete(DeleteBehavior.Restrict);
        report.HasOne<Meeting>().WithMany().HasForeignKey(r => r.MeetingId).OnDelete(DeleteBehavior.Restrict);
        report.HasOne<ReportRequest>().WithMany().HasForeignKey(r => r.ReportRequestId).OnDelete(DeleteBehavior.SetNull);
        report.HasIndex(r => new { r.YouthGroupId, r.MeetingId }).IsUnique();
        report.HasMany(r => r.Questions).WithOne().HasForeignKey(q => q.ReportId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<YouthGroupQuestion> question)
    {
        question.Property(q => q.Text).HasMaxLength(1000);
        question.Property(q => q.BoardAnswer).HasMaxLength(4000);
        question.Property(q => q.AnsweredBy).HasMaxLength(256);
    }

    public void Configure(EntityTypeBuilder<YouSaidEntry> entry)
    {
        entry.Property(e => e.Source).HasConversion<string>().HasMaxLength(32);
        entry.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        entry.Property(e => e.SurveyQuestionKey).HasMaxLength(64);
        entry.Property(e => e.YouSaid).HasMaxLength(2000);
        entry.Property(e => e.WeDid).HasMaxLength(4000);
        entry.Property(e => e.FedBackHow).HasMaxLength(1000);
        entry.Property(e => e.ChildFriendlyYouSaid).HasMaxLength(1000);
        entry.Property(e => e.ChildFriendlyWeDid).HasMaxLength(1000);
        entry.HasOne<Survey>().WithMany().HasForeignKey(e => e.SurveyId).OnDelete(DeleteBehavior.SetNull);
        entry.HasOne<YouthGroupReport>().WithMany().HasForeignKey(e => e.YouthGroupReportId).OnDelete(DeleteBehavior.SetNull);
        entry.HasOne<YouthGroupQuestion>().WithMany().HasForeignKey(e => e.YouthGroupQuestionId).OnDelete(DeleteBehavior.SetNull);
        entry.HasMany(e => e.Links).WithOne().HasForeignKey(l => l.EntryId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<YouSaidLink> link)
    {
        link.HasOne<StrategyAction>().WithMany().HasForeignKey(l => l.StrategyActionId).OnDelete(DeleteBehavior.Cascade);
        link.HasOne<BoardAction>().WithMany().HasForeignKey(l => l.BoardActionId).OnDelete(DeleteBehavior.Cascade);
        link.HasOne<Recommendation>().WithMany().HasForeignKey(l => l.RecommendationId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<PledgeVersion> pledge)
    {
        pledge.Property(p => p.Title).HasMaxLength(200);
        pledge.Property(p => p.ChildFriendlyIntroduction).HasMaxLength(1000);
        pledge.HasIndex(p => p.Version).IsUnique();
        pledge.HasMany(p => p.Promises).WithOne().HasForeignKey(p => p.PledgeVersionId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<PledgePromise> promise)
    {
        promise.Property(p => p.Outcome).HasMaxLength(200);
        promise.Property(p => p.Text).HasMaxLength(1000);
        promise.Property(p => p.ChildFriendlyText).HasMaxLength(1000);
        promise.HasMany(p => p.Questions).WithOne().HasForeignKey(q => q.PromiseId).OnDelete(DeleteBehavior.Cascade);
        promise.HasMany(p => p.Actions).WithOne().HasForeignKey(a => a.PromiseId).OnDelete(DeleteBehavior.Cascade);
        promise.HasOne<PledgePromise>().WithMany().HasForeignKey(p => p.CarriedFromId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<PledgePromiseQuestion> link)
    {
        link.Property(l => l.QuestionKey).HasMaxLength(64);
        link.HasIndex(l => new { l.PromiseId, l.QuestionKey }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<PledgePromiseAction> link)
    {
        link.HasOne<StrategyAction>().WithMany().HasForeignKey(l => l.StrategyActionId).OnDelete(DeleteBehavior.Cascade);
        link.HasOne<BoardAction>().WithMany().HasForeignKey(l => l.BoardActionId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<PledgePromisePaper> link)
    {
        link.Property(l => l.How).HasMaxLength(2000);
        link.HasOne<PledgePromise>().WithMany().HasForeignKey(l => l.PromiseId).OnDelete(DeleteBehavior.Cascade);
        link.HasOne<ReportRequest>().WithMany().HasForeignKey(l => l.ReportRequestId).OnDelete(DeleteBehavior.Cascade);
        link.HasIndex(l => new { l.PromiseId, l.ReportRequestId }).IsUnique();
    }
}
