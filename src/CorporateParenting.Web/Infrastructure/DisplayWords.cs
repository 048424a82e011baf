using CorporateParenting.Data.Governance;
using CorporateParenting.Data.Strategy;

namespace CorporateParenting.Web.Infrastructure;

/// <summary>
/// Display words in one place (ADR 18): every code the Hub shows, in plain English, with one RAG type
/// (<see cref="Rag"/>, the scorecard's ratings included) and one set of status labels and tag colours.
/// A tag's word always carries the meaning; the colour only repeats it.
/// </summary>
public static class DisplayWords
{
    public static string Of(MemberCategory category) => category switch
    {
        MemberCategory.ElectedMember => "Elected member",
        MemberCategory.CouncilOfficer => "Council officer",
        MemberCategory.PartnerAgency => "Partner agency",
        MemberCategory.CareExperiencedYoungPerson => "Care-experienced young person",
        MemberCategory.FosterCarer => "Foster carer",
        _ => "Adviser",
    };

    public static string Of(BoardRole role) => role switch
    {
        BoardRole.Chair => "Chair",
        BoardRole.ViceChair => "Vice-chair",
        BoardRole.SeniorAdviser => "Senior adviser",
        BoardRole.SupportOfficer => "Support officer",
        _ => "Member",
    };

    public static string Of(ActionStatus status) => status switch
    {
        ActionStatus.InProgress => "In progress",
        ActionStatus.Done => "Done",
        ActionStatus.Dropped => "Dropped",
        _ => "Open",
    };

    public static string Of(MeetingStatus status) => status switch
    {
        MeetingStatus.AgendaPublished => "Agenda published",
        MeetingStatus.Held => "Held",
        MeetingStatus.MinutesApproved => "Minutes approved",
        _ => "Planned",
    };

    public static string Of(AttendanceStatus status) => status switch
    {
        AttendanceStatus.Apologies => "Apologies",
        AttendanceStatus.Absent => "Absent",
        AttendanceStatus.Substitute => "Substitute sent",
        _ => "Present",
    };

    public static string Of(ReportFrequency frequency) => frequency switch
    {
        ReportFrequency.Quarterly => "Quarterly",
        ReportFrequency.TwiceAYear => "Twice a year",
        _ => "Annual",
    };

    public static string Of(StrategyActionStatus status) => status switch
    {
        StrategyActionStatus.OnTrack => "On track",
        StrategyActionStatus.AtRisk => "At risk",
        StrategyActionStatus.OffTrack => "Off track",
        StrategyActionStatus.Done => "Done",
        _ => "Not started",
    };

    public static string Of(Rag rag) => rag switch
    {
        Rag.Green => "Green",
        Rag.Amber => "Amber",
        Rag.Red => "Red",
        _ => "Not rated",
    };

    /// <summary>The tag colour; the word is always written too, never colour alone.</summary>
    public static string TagClass(Rag rag) => rag switch
    {
        Rag.Green => "govuk-tag--green",
        Rag.Amber => "govuk-tag--yellow",
        Rag.Red => "govuk-tag--red",
        _ => "govuk-tag--grey",
    };

    public static string Of(RecommendationSource source) => source switch
    {
        RecommendationSource.MonitoringVisit => "Monitoring visit",
        RecommendationSource.ScrutinyReview => "Scrutiny review",
        RecommendationSource.Survey => "Survey",
        _ => "Inspection",
    };

    public static string Of(RecommendationStatus status) => status switch
    {
        RecommendationStatus.InProgress => "In progress",
        RecommendationStatus.Closed => "Closed",
        _ => "Open",
    };

    public static IEnumerable<string> Of(Principles principles) =>
        Features.Strategy.StrategyNames.AllPrinciples.Where(p => principles.HasFlag(p.Principle)).Select(p => p.Name);

    /// <summary>A paper is received, overdue or due: its words and tag colour.</summary>
    public static (string Word, string TagClass) PaperStatus(ReportRequest paper, DateOnly today) =>
        paper.IsReceived ? ("Received", "govuk-tag--green") : paper.IsOverdueOn(today) ? ("Overdue", "govuk-tag--red") : ("Due", "govuk-tag--grey");
}
