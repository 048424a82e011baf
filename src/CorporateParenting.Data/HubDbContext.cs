using CorporateParenting.Data.AnnualReports;
using CorporateParenting.Data.LocalOffer;
using CorporateParenting.Data.Audit;
using CorporateParenting.Data.CorporateParents;
using CorporateParenting.Data.Governance;
using CorporateParenting.Data.Identity;
using CorporateParenting.Data.Performance;
using CorporateParenting.Data.Services;
using CorporateParenting.Data.Strategy;
using CorporateParenting.Data.Voice;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Data;

/// <summary>The Hub's one database. Entities of each feature area are configured in their own folder.</summary>
public class HubDbContext(DbContextOptions<HubDbContext> options)
    : IdentityDbContext<HubUser, IdentityRole, string>(options)
{
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<Ssda903Import> Ssda903Imports => Set<Ssda903Import>();
    public DbSet<Ssda903ImportFile> Ssda903ImportFiles => Set<Ssda903ImportFile>();
    public DbSet<Ssda903RuleFailure> Ssda903RuleFailures => Set<Ssda903RuleFailure>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<IndicatorTargetChange> IndicatorTargetChanges => Set<IndicatorTargetChange>();
    public DbSet<IndicatorValue> IndicatorValues => Set<IndicatorValue>();
    public DbSet<IndicatorCommentary> IndicatorCommentaries => Set<IndicatorCommentary>();
    public DbSet<BenchmarkValue> BenchmarkValues => Set<BenchmarkValue>();
    public DbSet<PostcodeArea> PostcodeAreas => Set<PostcodeArea>();
    public DbSet<PublishedScorecard> PublishedScorecards => Set<PublishedScorecard>();
    public DbSet<BoardMember> BoardMembers => Set<BoardMember>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();
    public DbSet<BoardAction> BoardActions => Set<BoardAction>();
    public DbSet<ActionUpdate> ActionUpdates => Set<ActionUpdate>();
    public DbSet<TermsOfReference> TermsOfReference => Set<TermsOfReference>();
    public DbSet<ReportingContact> ReportingContacts => Set<ReportingContact>();
    public DbSet<ReportType> ReportTypes => Set<ReportType>();
    public DbSet<ReportRequest> ReportRequests => Set<ReportRequest>();
    public DbSet<Attendance> Attendances => Set<Attendance>();
    public DbSet<Resolution> Resolutions => Set<Resolution>();
    public DbSet<IssuedPack> IssuedPacks => Set<IssuedPack>();
    public DbSet<StrategyPlan> Strategies => Set<StrategyPlan>();
    public DbSet<PriorityArea> PriorityAreas => Set<PriorityArea>();
    public DbSet<WorkingGroupMember> WorkingGroupMembers => Set<WorkingGroupMember>();
    public DbSet<PriorityAim> PriorityAims => Set<PriorityAim>();
    public DbSet<StrategyAction> StrategyActions => Set<StrategyAction>();
    public DbSet<StrategyActionIndicator> StrategyActionIndicators => Set<StrategyActionIndicator>();
    public DbSet<StrategyActionUpdate> StrategyActionUpdates => Set<StrategyActionUpdate>();
    public DbSet<EvidenceFile> EvidenceFiles => Set<EvidenceFile>();
    public DbSet<Achievement> Achievements => Set<Achievement>();
    public DbSet<Recommendation> Recommendations => Set<Recommendation>();
    public DbSet<RecommendationActionLink> RecommendationActionLinks => Set<RecommendationActionLink>();
    public DbSet<RecommendationReport> RecommendationReports => Set<RecommendationReport>();
    public DbSet<Service> Services => Set<Service>();
    public DbSet<ServiceAssignment> ServiceAssignments => Set<ServiceAssignment>();
    public DbSet<QuestionSet> QuestionSets => Set<QuestionSet>();
    public DbSet<SurveyQuestion> SurveyQuestions => Set<SurveyQuestion>();
    public DbSet<Survey> Surveys => Set<Survey>();
    public DbSet<SurveyBand> SurveyBands => Set<SurveyBand>();
    public DbSet<SurveyCode> SurveyCodes => Set<SurveyCode>();
    public DbSet<SurveyCodeBatch> SurveyCodeBatches => Set<SurveyCodeBatch>();
    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();
    public DbSet<SurveyAnswer> SurveyAnswers => Set<SurveyAnswer>();
    public DbSet<SurveyCommentTheme> SurveyCommentThemes => Set<SurveyCommentTheme>();
    public DbSet<YouthGroup> YouthGroups => Set<YouthGroup>();
    public DbSet<YouthGroupMeeting> YouthGroupMeetings => Set<YouthGroupMeeting>();
    public DbSet<YouthGroupReport> YouthGroupReports => Set<YouthGroupReport>();
    public DbSet<YouthGroupQuestion> YouthGroupQuestions => Set<YouthGroupQuestion>();
    public DbSet<YouSaidEntry> YouSaidEntries => Set<YouSaidEntry>();
    public DbSet<YouSaidLink> YouSaidLinks => Set<YouSaidLink>();
    public DbSet<PledgeVersion> PledgeVersions => Set<PledgeVersion>();
    public DbSet<PledgePromise> PledgePromises => Set<PledgePromise>();
    public DbSet<PledgePromiseQuestion> PledgePromiseQuestions => Set<PledgePromiseQuestion>();
    public DbSet<PledgePromiseAction> PledgePromiseActions => Set<PledgePromiseAction>();
    public DbSet<PledgePromisePaper> PledgePromisePapers => Set<PledgePromisePaper>();
    public DbSet<CouncilMember> CouncilMembers => Set<CouncilMember>();
    public DbSet<CorporateParentingRules> CorporateParentingRules => Set<CorporateParentingRules>();
    public DbSet<TrainingSession> TrainingSessions => Set<TrainingSession>();
    public DbSet<TrainingAttendance> TrainingAttendances => Set<TrainingAttendance>();
    public DbSet<TrainingReminder> TrainingReminders => Set<TrainingReminder>();
    public DbSet<PenPicture> PenPictures => Set<PenPicture>();
    public DbSet<ChampionRole> ChampionRoles => Set<ChampionRole>();
    public DbSet<Nomination> Nominations => Set<Nomination>();
    public DbSet<CareSetting> CareSettings => Set<CareSetting>();
    public DbSet<MemberVisit> MemberVisits => Set<MemberVisit>();
    public DbSet<MemberVisitAttendee> MemberVisitAttendees => Set<MemberVisitAttendee>();
    public DbSet<MemberVisitAction> MemberVisitActions => Set<MemberVisitAction>();
    public DbSet<School> Schools => Set<School>();
    public DbSet<DecisionCheck> DecisionChecks => Set<DecisionCheck>();
    public DbSet<LocalOfferVersion> LocalOfferVersions => Set<LocalOfferVersion>();
    public DbSet<OfferEntitlement> OfferEntitlements => Set<OfferEntitlement>();
    public DbSet<OfferPledge> OfferPledges => Set<OfferPledge>();
    public DbSet<OfferUptake> OfferUptake => Set<OfferUptake>();
    public DbSet<AnnualReport> AnnualReports => Set<AnnualReport>();
    public DbSet<AnnualReportNarrative> AnnualReportNarratives => Set<AnnualReportNarrative>();
    public DbSet<AnnualReportFiles> AnnualReportFiles => Set<AnnualReportFiles>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(HubDbContext).Assembly);
    }
}
