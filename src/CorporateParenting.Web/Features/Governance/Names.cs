using CorporateParenting.Data.Governance;

namespace CorporateParenting.Web.Features.Governance;

/// <summary>The plain-English words for the board's codes.</summary>
public static class Names
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

    public static string Month(int month) => System.Globalization.CultureInfo.GetCultureInfo("en-GB").DateTimeFormat.GetMonthName(month);
}
