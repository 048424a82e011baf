namespace CorporateParenting.Data.Governance;

public enum MeetingStatus { Planned, AgendaPublished, Held, MinutesApproved }

public enum ItemPurpose { Decision, Discussion, Information }

/// <summary>A board meeting: when and where, an optional theme, and where it is in its cycle.</summary>
public sealed class Meeting
{
    public int Id { get; set; }
    public DateOnly Date { get; set; }
    public TimeOnly StartTime { get; set; }
    public required string Place { get; set; }
    public string? OnlineLink { get; set; }
    /// <summary>A strategy priority the meeting looks at in depth.</summary>
    public string? Theme { get; set; }
    public MeetingStatus Status { get; set; }
    public List<AgendaItem> Items { get; set; } = [];
    /// <summary>Who approved this meeting's minutes, when, and at which later meeting.</summary>
    public string? MinutesApprovedBy { get; set; }
    public DateTime? MinutesApprovedAtUtc { get; set; }
    public int? MinutesApprovedAtMeetingId { get; set; }
}

/// <summary>An item on a meeting's agenda, in order.</summary>
public sealed class AgendaItem
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public int Order { get; set; }
    public required string Title { get; set; }
    public string? Presenter { get; set; }
    public ItemPurpose Purpose { get; set; }
    /// <summary>Added to every agenda from the configured standing items.</summary>
    public bool IsStanding { get; set; }
    /// <summary>Withheld from anyone without the right and from the public pack.</summary>
    public bool Confidential { get; set; }
    /// <summary>What the board heard and said on this item; decisions are <see cref="Resolution"/>s.</summary>
    public string? Minutes { get; set; }
    /// <summary>A working-group report: the pack carries that priority's report, built when the pack is.</summary>
    public int? PriorityId { get; set; }
}
