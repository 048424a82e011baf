namespace CorporateParenting.Data.AnnualReports;

/// <summary>The council's municipal year (annual council meeting in May to the next) or its financial year (April to March).</summary>
public enum ReportYearKind { Financial, Municipal }

/// <summary>
/// The board's annual report to the Overview and Scrutiny Committee for one year (seed 000 is such a report).
/// Its figures are drawn from the Hub's record each time it is read, until the chair approves it: approval
/// keeps the exact PDF and Word files (<see cref="AnnualReportFiles"/>), submission to the committee freezes
/// them for good (<see cref="Governance.ApprovedRecordGuard"/>).
/// </summary>
public sealed class AnnualReport
{
    public int Id { get; set; }
    public ReportYearKind YearKind { get; set; }
    public DateOnly YearStart { get; set; }
    public DateOnly YearEnd { get; set; }
    public required string Title { get; set; }
    /// <summary>The committee it goes to.</summary>
    public required string ReportTo { get; set; }
    /// <summary>Who writes it, as the report shows them ("Cllr ..., Chair of the Corporate Parenting Board").</summary>
    public required string Author { get; set; }
    public DateOnly ReportDate { get; set; }
    public string? ApprovedBy { get; set; }
    public DateTime? ApprovedAtUtc { get; set; }
    /// <summary>The date of the committee meeting it was submitted to.</summary>
    public DateOnly? SubmittedOn { get; set; }
    public string? SubmittedBy { get; set; }
    public DateTime? SubmittedAtUtc { get; set; }
    public List<AnnualReportNarrative> Narratives { get; set; } = [];

    public AnnualReportStatus Status => SubmittedAtUtc is not null ? AnnualReportStatus.Submitted
        : ApprovedAtUtc is not null ? AnnualReportStatus.Approved : AnnualReportStatus.Draft;

    /// <summary>"2025-26" for a year starting in 2025.</summary>
    public string YearLabel => $"{YearStart.Year}-{(YearEnd.Year % 100):00}";
}

public enum AnnualReportStatus { Draft, Approved, Submitted }

/// <summary>The chair's or officer's words for one section of the report, by the section's key.</summary>
public sealed class AnnualReportNarrative
{
    public int Id { get; set; }
    public int ReportId { get; set; }
    public required string SectionKey { get; set; }
    public required string Text { get; set; }
    public required string UpdatedBy { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
}

/// <summary>The report's files as the chair approved them: from then on the Hub serves these bytes, never a rebuild.</summary>
public sealed class AnnualReportFiles
{
    public int Id { get; set; }
    public int ReportId { get; set; }
    public int PageCount { get; set; }
    public required string PdfFileName { get; set; }
    public required byte[] Pdf { get; set; }
    /// <summary>Lower-case hex.</summary>
    public required string PdfSha256 { get; set; }
    public required string WordFileName { get; set; }
    public required byte[] Word { get; set; }
    public required string WordSha256 { get; set; }
    /// <summary>The drafted report as approved (JSON): the report's page shows it instead of today's record.</summary>
    public required string ApprovedContent { get; set; }
}
