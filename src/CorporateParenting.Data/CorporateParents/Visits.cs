namespace CorporateParenting.Data.CorporateParents;

public enum CareSettingKind { ChildrensHome, SupportedAccommodation, ShortBreaks, FosteringService, Other }

/// <summary>A children's home or service members visit, with its Ofsted number where known.</summary>
public sealed class CareSetting
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public CareSettingKind Kind { get; set; }
    public string? OfstedUrn { get; set; }
    public string? Area { get; set; }
    public bool Active { get; set; } = true;
}

/// <summary>
/// A members' visit: where, when, who, why, what they found. Never a child's identifiers: the form says so and
/// the text is checked before saving. Follow-up actions go into the board's action log.
/// </summary>
public sealed class MemberVisit
{
    public int Id { get; set; }
    public int CareSettingId { get; set; }
    public DateOnly Date { get; set; }
    public required string Purpose { get; set; }
    public string? Findings { get; set; }
    public required string RecordedBy { get; set; }
    public List<MemberVisitAttendee> Members { get; set; } = [];
    public List<MemberVisitAction> Actions { get; set; } = [];
}

public sealed class MemberVisitAttendee
{
    public int Id { get; set; }
    public int VisitId { get; set; }
    public int CouncilMemberId { get; set; }
}

/// <summary>A follow-up action raised by a visit, held in the board's action log.</summary>
public sealed class MemberVisitAction
{
    public int Id { get; set; }
    public int VisitId { get; set; }
    public int BoardActionId { get; set; }
}
