namespace CorporateParenting.Data.CorporateParents;

/// <summary>A champion role or a seat members are nominated to (the member champion, a working group, the young people's conference).</summary>
public sealed class ChampionRole
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    /// <summary>The usual term in months; null when open-ended.</summary>
    public int? TermMonths { get; set; }
    public bool Active { get; set; } = true;
}

/// <summary>A member nominated to a role, at a meeting (with its resolution) where one decided it.</summary>
public sealed class Nomination
{
    public int Id { get; set; }
    public int RoleId { get; set; }
    public int CouncilMemberId { get; set; }
    public int? MeetingId { get; set; }
    public int? ResolutionId { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }

    public bool IsCurrentOn(DateOnly day) => StartsOn <= day && (EndsOn is null || EndsOn >= day);
}
