namespace CorporateParenting.Data.Governance;

public enum ActionStatus { Open, InProgress, Done, Dropped }

/// <summary>An action the board agreed: who owes it, by when, and its dated progress.</summary>
public sealed class BoardAction
{
    public int Id { get; set; }
    /// <summary>The meeting that agreed it.</summary>
    public int MeetingId { get; set; }
    public required string Description { get; set; }
    public required string Owner { get; set; }
    /// <summary>The due date as first agreed; moves are kept in <see cref="Updates"/>.</summary>
    public DateOnly OriginalDueDate { get; set; }
    public DateOnly DueDate { get; set; }
    public ActionStatus Status { get; set; }
    /// <summary>Agreed on a confidential item: withheld, like the item, from anyone without the right and from the public pack.</summary>
    public bool Confidential { get; set; }
    public List<ActionUpdate> Updates { get; set; } = [];

    public bool IsOverdueOn(DateOnly day) => Status is ActionStatus.Open or ActionStatus.InProgress && DueDate < day;
}

/// <summary>A progress update: appended with its date and author, never edited, never overwriting an earlier one.</summary>
public sealed class ActionUpdate
{
    public int Id { get; set; }
    public int ActionId { get; set; }
    public DateTime WrittenAtUtc { get; set; }
    public required string Author { get; set; }
    public required string Text { get; set; }
    public ActionStatus Status { get; set; }
    /// <summary>Set when this update moved the due date: from what to what.</summary>
    public DateOnly? MovedFrom { get; set; }
    public DateOnly? MovedTo { get; set; }
}
