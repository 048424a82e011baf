namespace CorporateParenting.Data.Governance;

public enum MeetingStatus { Planned, AgendaPublished, Held, MinutesApproved }

public enum ItemPurpose { Decision, Discussion, Information }

/// <summary>
/// A board meeting: when and where, an optional theme, and where it is in its cycle. Its rules live
/// here: each change below refuses what the meeting's state forbids with a <see cref="MeetingRuleException"/>,
/// and <see cref="ApprovedRecordGuard"/> refuses at save time whatever bypasses them.
/// </summary>
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

    public bool IsApproved => MinutesApprovedAtUtc is not null;

    /// <summary>"14 January 2026": the Data project has no display helpers, and messages name the meeting.</summary>
    public string DateText => Date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

    /// <summary>Approved minutes are the record: what they record can no longer change.</summary>
    public void EnsureNotApproved(string what)
    {
        if (IsApproved)
            throw new MeetingRuleException($"The minutes of the meeting on {DateText} were approved on {MinutesApprovedAtUtc!.Value.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}: its {what} can no longer change");
    }

    /// <summary>A new date and time; refused once the minutes are approved.</summary>
    public void Reschedule(DateOnly date, TimeOnly startTime)
    {
        if (date == Date && startTime == StartTime) return;
        EnsureNotApproved("date and time");
        (Date, StartTime) = (date, startTime);
    }

    /// <summary>Where it is held, the online link and the theme; refused once the minutes are approved.</summary>
    public void ChangeDetails(string place, string? onlineLink, string? theme)
    {
        if (place == Place && onlineLink == OnlineLink && theme == Theme) return;
        EnsureNotApproved("details");
        (Place, OnlineLink, Theme) = (place, onlineLink, theme);
    }

    /// <summary>An item at the end of the agenda; refused once the minutes are approved.</summary>
    public AgendaItem AddAgendaItem(string title, string? presenter, ItemPurpose purpose, bool confidential)
    {
        EnsureNotApproved("agenda");
        var item = new AgendaItem
        {
            MeetingId = Id, Order = Items.Select(i => i.Order).DefaultIfEmpty().Max() + 1, Title = title,
            Presenter = presenter, Purpose = purpose, Confidential = confidential,
        };
        Items.Add(item);
        return item;
    }

    /// <summary>
    /// One member's attendance, new or changed (<paramref name="existing"/>); the caller adds a new
    /// row to the context. Refused once the minutes are approved; a substitute must be named.
    /// </summary>
    public Attendance RecordAttendance(int memberId, AttendanceStatus status, string? substitute, Attendance? existing = null)
    {
        EnsureNotApproved("attendance");
        if (status == AttendanceStatus.Substitute && string.IsNullOrWhiteSpace(substitute))
            throw new MeetingRuleException("Enter who came as the substitute");
        var row = existing ?? new Attendance { MeetingId = Id, BoardMemberId = memberId };
        row.Status = status;
        row.SubstituteName = status == AttendanceStatus.Substitute ? substitute!.Trim() : null;
        return row;
    }

    /// <summary>An action agreed at this meeting, for the caller to add to the context; refused once the minutes are approved.</summary>
    public BoardAction RecordAction(string description, string owner, DateOnly dueDate, bool confidential)
    {
        EnsureNotApproved("agreed actions");
        return new BoardAction
        {
            MeetingId = Id, Description = description, Owner = owner, OriginalDueDate = dueDate, DueDate = dueDate,
            Status = ActionStatus.Open, Confidential = confidential,
        };
    }

    /// <summary>Minutes are written from the day of the meeting, until they are approved; writing them marks the meeting held.</summary>
    public void EnsureMinutesCanBeWritten(DateOnly today)
    {
        EnsureNotApproved("minutes");
        if (Date > today) throw new MeetingRuleException($"Minutes can be written from the day of the meeting, {DateText}");
    }

    public void MarkHeld(DateOnly today)
    {
        EnsureMinutesCanBeWritten(today);
        if (Status is MeetingStatus.Planned or MeetingStatus.AgendaPublished) Status = MeetingStatus.Held;
    }

    /// <summary>Publishing the agenda tells members it is final; only a planned meeting's agenda is published.</summary>
    public void PublishAgenda()
    {
        EnsureNotApproved("agenda");
        if (Status == MeetingStatus.Planned) Status = MeetingStatus.AgendaPublished;
    }

    /// <summary>
    /// Approval happens at the next meeting, once it has taken place, and only of minutes that exist:
    /// who approved, when and where is recorded, and from then on the record is frozen.
    /// </summary>
    public void ApproveMinutes(string approvedBy, DateTime atUtc, Meeting? nextMeeting, DateOnly today, bool hasMinutes)
    {
        if (IsApproved) throw new MeetingRuleException("These minutes are already approved");
        if (!hasMinutes) throw new MeetingRuleException("There are no minutes to approve yet: write the draft first");
        if (nextMeeting is null) throw new MeetingRuleException("Minutes are approved at the next meeting, and none is planned: plan the next meeting first");
        if (nextMeeting.Date <= Date) throw new MeetingRuleException("Minutes are approved at a later meeting");
        if (nextMeeting.Date > today) throw new MeetingRuleException($"Minutes are approved at the next meeting, on {nextMeeting.DateText}");
        (MinutesApprovedBy, MinutesApprovedAtUtc, MinutesApprovedAtMeetingId, Status) = (approvedBy, atUtc, nextMeeting.Id, MeetingStatus.MinutesApproved);
    }
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
