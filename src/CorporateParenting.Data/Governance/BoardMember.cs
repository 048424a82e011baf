namespace CorporateParenting.Data.Governance;

public enum MemberCategory { ElectedMember, CouncilOfficer, PartnerAgency, CareExperiencedYoungPerson, FosterCarer, Adviser }

public enum BoardRole { Chair, ViceChair, Member, SeniorAdviser, SupportOfficer }

/// <summary>A member of the Corporate Parenting Board and their term.</summary>
public sealed class BoardMember
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public MemberCategory Category { get; set; }
    public required string Organisation { get; set; }
    public BoardRole Role { get; set; }
    public DateOnly TermStart { get; set; }
    /// <summary>Open-ended when null; young people's memberships rotate every two years.</summary>
    public DateOnly? TermEnd { get; set; }

    public bool IsCurrentOn(DateOnly day) => TermStart <= day && (TermEnd is null || TermEnd >= day);
}
