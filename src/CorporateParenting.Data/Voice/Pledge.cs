namespace CorporateParenting.Data.Voice;

/// <summary>
/// One version of the council's Pledge to its children (seed 002 lists the promises under five outcomes). A new
/// version is made when the council changes the promises; earlier versions stay as they were adopted.
/// </summary>
public sealed class PledgeVersion
{
    public int Id { get; set; }
    public int Version { get; set; }
    public required string Title { get; set; }
    public DateOnly? AdoptedOn { get; set; }
    /// <summary>A sentence for young people at the top of their page.</summary>
    public string? ChildFriendlyIntroduction { get; set; }
    public List<PledgePromise> Promises { get; set; } = [];
}

public sealed class PledgePromise
{
    public int Id { get; set; }
    public int PledgeVersionId { get; set; }
    /// <summary>The outcome it sits under ("Be healthy", "Feel safe"...).</summary>
    public required string Outcome { get; set; }
    public int Order { get; set; }
    public required string Text { get; set; }
    public string? ChildFriendlyText { get; set; }
    /// <summary>The promise of the previous version this one carries on (reworded or not); null for a new promise. Lets evidence follow a promise across versions.</summary>
    public int? CarriedFromId { get; set; }
    public List<PledgePromiseQuestion> Questions { get; set; } = [];
    public List<PledgePromiseAction> Actions { get; set; } = [];
}

/// <summary>A survey question that tests the promise, by its stable key (so it holds across question-set versions and years).</summary>
public sealed class PledgePromiseQuestion
{
    public int Id { get; set; }
    public int PromiseId { get; set; }
    public required string QuestionKey { get; set; }
}

/// <summary>An action that delivers the promise: exactly one of a strategy action or a board action.</summary>
public sealed class PledgePromiseAction
{
    public int Id { get; set; }
    public int PromiseId { get; set; }
    public int? StrategyActionId { get; set; }
    public int? BoardActionId { get; set; }
}

/// <summary>A paper whose cover sheet says it honours the promise, and how (replacing the free-text field).</summary>
public sealed class PledgePromisePaper
{
    public int Id { get; set; }
    public int PromiseId { get; set; }
    public int ReportRequestId { get; set; }
    public string? How { get; set; }
}
