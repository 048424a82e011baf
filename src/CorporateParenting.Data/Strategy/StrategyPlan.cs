namespace CorporateParenting.Data.Strategy;

/// <summary>
/// The seven corporate parenting principles of the Children and Social Work Act 2017, section 1.
/// Flags, so a priority can say which of them it serves in one column.
/// </summary>
[Flags]
public enum Principles
{
    None = 0,
    BestInterests = 1,
    ExpressViews = 2,
    TakeViewsIntoAccount = 4,
    AccessToServices = 8,
    HighAspirations = 16,
    SafeAndStable = 32,
    ReadyForAdultLife = 64,
}

/// <summary>The board's multi-year strategy: a period, a vision and its priority areas. One is current.</summary>
public sealed class StrategyPlan
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public int StartYear { get; set; }
    public int EndYear { get; set; }
    public required string Vision { get; set; }
    /// <summary>The vision in plain words for the young people's page.</summary>
    public string? ChildFriendlyVision { get; set; }
    public List<PriorityArea> Priorities { get; set; } = [];

    public string Period => $"{StartYear} to {EndYear}";
}

/// <summary>A priority area with its working group and aims.</summary>
public sealed class PriorityArea
{
    public int Id { get; set; }
    public int StrategyId { get; set; }
    public int Order { get; set; }
    public required string Name { get; set; }
    public required string Description { get; set; }
    public required string ChildFriendlyDescription { get; set; }
    public Principles Principles { get; set; }
    public required string ChairName { get; set; }
    /// <summary>The chair's sign-in e-mail: the Hub lets the signed-in user with this address run the action plan (ADR 11).</summary>
    public string? ChairEmail { get; set; }
    public List<WorkingGroupMember> Members { get; set; } = [];
    public List<PriorityAim> Aims { get; set; } = [];
}

public sealed class WorkingGroupMember
{
    public int Id { get; set; }
    public int PriorityId { get; set; }
    public required string Name { get; set; }
    public required string Organisation { get; set; }
    /// <summary>A partner agency's representative rather than a council officer.</summary>
    public bool IsPartner { get; set; }
}

public sealed class PriorityAim
{
    public int Id { get; set; }
    public int PriorityId { get; set; }
    public int Order { get; set; }
    public required string Text { get; set; }
    public List<StrategyAction> Actions { get; set; } = [];
}
