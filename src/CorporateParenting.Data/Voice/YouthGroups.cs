namespace CorporateParenting.Data.Voice;

/// <summary>A youth group that reports to every board meeting (Youth Ambassadors 11 to 15, Making A Difference 16 plus).</summary>
public sealed class YouthGroup
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int MinAge { get; set; }
    /// <summary>Null for "16 plus".</summary>
    public int? MaxAge { get; set; }
    public string? Description { get; set; }
    public bool Active { get; set; } = true;
    public List<YouthGroupMeeting> Meetings { get; set; } = [];
}

/// <summary>A meeting of the group itself (not of the board).</summary>
public sealed class YouthGroupMeeting
{
    public int Id { get; set; }
    public int YouthGroupId { get; set; }
    public DateOnly Date { get; set; }
    public string? Place { get; set; }
    public string? Notes { get; set; }
}

public enum YouthReportStatus { Draft, Submitted }

/// <summary>
/// A group's report to one board meeting, written on a form made for young people; once submitted it is placed
/// on the meeting's standing item and in the pack, and the board's answer to each question is recorded.
/// </summary>
public sealed class YouthGroupReport
{
    public int Id { get; set; }
    public int YouthGroupId { get; set; }
    public YouthGroup? YouthGroup { get; set; }
    /// <summary>The board meeting it goes to.</summary>
    public int MeetingId { get; set; }
    public string? TalkedAbout { get; set; }
    public string? WantBoardToKnow { get; set; }
    public YouthReportStatus Status { get; set; }
    public string? SubmittedBy { get; set; }
    public DateTime? SubmittedAtUtc { get; set; }
    /// <summary>The paper on the agenda's standing item that carries it (the youth group's report request).</summary>
    public int? ReportRequestId { get; set; }
    public List<YouthGroupQuestion> Questions { get; set; } = [];
}

/// <summary>A question the group asks the board, and the board's answer recorded at the meeting.</summary>
public sealed class YouthGroupQuestion
{
    public int Id { get; set; }
    public int ReportId { get; set; }
    public int Order { get; set; }
    public required string Text { get; set; }
    public string? BoardAnswer { get; set; }
    public string? AnsweredBy { get; set; }
    public DateTime? AnsweredAtUtc { get; set; }
}
