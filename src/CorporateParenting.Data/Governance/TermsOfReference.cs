namespace CorporateParenting.Data.Governance;

/// <summary>
/// One version of the board's terms of reference. A change is a new version; earlier versions are
/// kept so the board can show what applied when a decision was taken.
/// </summary>
public sealed class TermsOfReference
{
    public int Id { get; set; }
    public int Version { get; set; }
    public DateOnly AdoptedOn { get; set; }
    public required string Objectives { get; set; }
    public required string Frequency { get; set; }
    public required string Accountability { get; set; }
    public required string Membership { get; set; }
    public required string RecordedBy { get; set; }
    public DateTime RecordedAtUtc { get; set; }
}

public enum ContactKind { Officer, PartnerOrganisation }

/// <summary>An officer or partner organisation who reports to the board or attends on request.</summary>
public sealed class ReportingContact
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public ContactKind Kind { get; set; }
    /// <summary>Job title for an officer; the service or team for an organisation.</summary>
    public string? Role { get; set; }
    public string? Email { get; set; }
}
