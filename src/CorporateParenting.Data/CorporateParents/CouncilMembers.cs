using CorporateParenting.Data.Governance;

namespace CorporateParenting.Data.CorporateParents;

/// <summary>
/// An elected member of the council: every councillor is a corporate parent from the declaration of office,
/// whether or not they sit on the board (then <see cref="BoardMemberId"/> links the membership).
/// </summary>
public sealed class CouncilMember
{
    public int Id { get; set; }
    public required string Name { get; set; }
    /// <summary>The member signed in with this address sees their own record and approves their pen picture.</summary>
    public string? Email { get; set; }
    public required string Ward { get; set; }
    public required string Party { get; set; }
    public DateOnly ElectedOn { get; set; }
    /// <summary>When they stopped being a member; null while serving.</summary>
    public DateOnly? LeftOn { get; set; }
    public int? BoardMemberId { get; set; }

    public bool IsServingOn(DateOnly day) => ElectedOn <= day && (LeftOn is null || LeftOn >= day);
}

/// <summary>The council's rules for corporate parents, one row, changed by the board officer.</summary>
public sealed class CorporateParentingRules
{
    public int Id { get; set; }
    /// <summary>A newly elected member's induction is due within this many months of election.</summary>
    public int InductionWithinMonths { get; set; } = 3;
    /// <summary>Corporate-parenting sessions each member should attend in each rolling 12 months.</summary>
    public int SessionsPerYear { get; set; } = 2;
    /// <summary>Each home should be visited by a member at least this often.</summary>
    public int VisitEveryMonths { get; set; } = 6;
}

public enum TrainingAudience { AllMembers, NewMembers, BoardMembers }

/// <summary>A training or briefing session for members.</summary>
public sealed class TrainingSession
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public DateOnly Date { get; set; }
    public required string Provider { get; set; }
    /// <summary>The corporate-parenting topic ("Care leavers' Local Offer", "Placement sufficiency").</summary>
    public required string Topic { get; set; }
    public TrainingAudience Audience { get; set; }
    /// <summary>Induction for newly elected members: counts towards the induction rule.</summary>
    public bool IsInduction { get; set; }
    public List<TrainingAttendance> Attendance { get; set; } = [];
}

public sealed class TrainingAttendance
{
    public int Id { get; set; }
    public int SessionId { get; set; }
    public int CouncilMemberId { get; set; }
}

/// <summary>A reminder e-mail sent to a member about training due or overdue (so it is not sent twice).</summary>
public sealed class TrainingReminder
{
    public int Id { get; set; }
    public int CouncilMemberId { get; set; }
    public DateOnly SentOn { get; set; }
    public required string Reason { get; set; }
}
