namespace CorporateParenting.Data.Governance;

public enum ReportFrequency { Quarterly, TwiceAYear, Annual }

/// <summary>A report the board receives on a fixed schedule (seed 001), and who owes it.</summary>
public sealed class ReportType
{
    public int Id { get; set; }
    public required string Title { get; set; }
    /// <summary>A person or an organisation.</summary>
    public required string Owner { get; set; }
    /// <summary>Reminders go here; the owner signed in with this address may submit.</summary>
    public string? OwnerEmail { get; set; }
    public ReportFrequency Frequency { get; set; }
    /// <summary>Months due, 1 to 12, comma-separated ("1,7" twice a year).</summary>
    public required string MonthsDue { get; set; }
    /// <summary>A youth group's report: printed in its own section of the pack.</summary>
    public bool FromYouthGroup { get; set; }

    public IReadOnlyList<int> Months =>
        MonthsDue.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(int.Parse).Order().ToList();
}

/// <summary>
/// A paper due at a meeting, from the schedule or asked for on its own, with the owner's cover
/// sheet and file once received. Every cover-sheet field is mandatory on submission.
/// </summary>
public sealed class ReportRequest
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public int? ReportTypeId { get; set; }
    public int? AgendaItemId { get; set; }
    public AgendaItem? AgendaItem { get; set; }
    public required string Title { get; set; }
    public required string Owner { get; set; }
    public string? OwnerEmail { get; set; }
    /// <summary>The deadline for papers: the pack goes out after it.</summary>
    public DateOnly DueDate { get; set; }
    public bool FromYouthGroup { get; set; }
    /// <summary>Withheld from those without the right and from the public pack.</summary>
    public bool Confidential { get; set; }

    public DateTime? ReceivedAtUtc { get; set; }
    public string? SubmittedBy { get; set; }
    public string? Summary { get; set; }
    public string? AskOfBoard { get; set; }
    public string? PledgeContribution { get; set; }
    public string? ChildrenInvolvement { get; set; }
    public string? FileName { get; set; }
    public string? ContentType { get; set; }
    public byte[]? Content { get; set; }

    public DateOnly? ReminderSentOn { get; set; }
    public DateOnly? OverdueNoticeSentOn { get; set; }

    public bool IsReceived => ReceivedAtUtc is not null;
    public bool IsOverdueOn(DateOnly day) => !IsReceived && DueDate < day;
}
