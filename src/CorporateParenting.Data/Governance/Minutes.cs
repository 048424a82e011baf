namespace CorporateParenting.Data.Governance;

public enum AttendanceStatus { Present, Apologies, Absent, Substitute }

/// <summary>Whether a member was at a meeting, and who came in their place.</summary>
public sealed class Attendance
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public int BoardMemberId { get; set; }
    public AttendanceStatus Status { get; set; }
    public string? SubstituteName { get; set; }
}

/// <summary>A numbered decision of the board, minuted against an agenda item.</summary>
public sealed class Resolution
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public int AgendaItemId { get; set; }
    /// <summary>Numbered through the meeting's year: the third decision of 2026 is 2026/03.</summary>
    public int Year { get; set; }
    public int Number { get; set; }
    public required string Text { get; set; }

    public string Reference => $"{Year}/{Number:00}";
}
