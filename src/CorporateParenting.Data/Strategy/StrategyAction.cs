namespace CorporateParenting.Data.Strategy;

public enum StrategyActionStatus { NotStarted, OnTrack, AtRisk, OffTrack, Done }

public enum Rag { NotRated, Green, Amber, Red }

/// <summary>An action in a priority's action plan. Progress is appended in <see cref="Updates"/>, never overwritten.</summary>
public sealed class StrategyAction
{
    public int Id { get; set; }
    public int AimId { get; set; }
    public required string Description { get; set; }
    public required string Owner { get; set; }
    /// <summary>When set, the signed-in user with this e-mail may update the action (a service manager who owns it).</summary>
    public string? OwnerEmail { get; set; }
    /// <summary>The due date as first planned; every move is kept on the update that made it.</summary>
    public DateOnly OriginalDueDate { get; set; }
    public DateOnly DueDate { get; set; }
    public StrategyActionStatus Status { get; set; }
    public Rag Rag { get; set; }
    public List<StrategyActionIndicator> Indicators { get; set; } = [];
    public List<StrategyActionUpdate> Updates { get; set; } = [];

    public bool IsOverdueOn(DateOnly day) => Status != StrategyActionStatus.Done && DueDate < day;
}

/// <summary>A link to a scorecard indicator by its key, so the link survives the indicator being re-imported.</summary>
public sealed class StrategyActionIndicator
{
    public int Id { get; set; }
    public int ActionId { get; set; }
    public required string IndicatorKey { get; set; }
}

/// <summary>A dated progress note with its evidence: appended, never edited.</summary>
public sealed class StrategyActionUpdate
{
    public int Id { get; set; }
    public int ActionId { get; set; }
    public DateTime WrittenAtUtc { get; set; }
    public required string Author { get; set; }
    public required string Narrative { get; set; }
    public StrategyActionStatus Status { get; set; }
    public Rag Rag { get; set; }
    public DateOnly? MovedFrom { get; set; }
    public DateOnly? MovedTo { get; set; }
    public string? EvidenceLink { get; set; }
    public Guid? EvidenceFileId { get; set; }
    public string? EvidenceFileName { get; set; }
}

/// <summary>An uploaded evidence file, kept apart so listing updates never loads the bytes.</summary>
public sealed class EvidenceFile
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public required byte[] Content { get; set; }
}
