using CorporateParenting.Data.AnnualReports;
using CorporateParenting.Web.Documents;

namespace CorporateParenting.Web.Features.AnnualReports;

/// <summary>The year a report covers, first and last day included.</summary>
public sealed record ReportYear(ReportYearKind Kind, DateOnly Start, DateOnly End)
{
    /// <summary>"2025-26".</summary>
    public string Label => $"{Start.Year}-{End.Year % 100:00}";

    public static ReportYear Of(AnnualReport report) => new(report.YearKind, report.YearStart, report.YearEnd);

    /// <summary>The same kind of year, one year earlier (for the comparison with last year's report).</summary>
    public ReportYear Previous => new(Kind, Start.AddYears(-1), End.AddYears(-1));

    public bool Contains(DateOnly day) => day >= Start && day <= End;
}

/// <summary>Where a figure comes from in the Hub: the page that holds it, so a reader of the draft can open it.</summary>
public sealed record ReportSource(string Title, string Path);

/// <summary>One block of a section, drawn the same on the page and in the PDF and Word files, with its source where it has one.</summary>
public sealed record DraftBlock(PackBlock Content, ReportSource? Source = null);

/// <summary>A figure worth setting beside last year's in the comparison ("Meetings held", "5").</summary>
public sealed record ReportHeadline(string Label, string Value);

/// <summary>What a section says from the record for a year: its blocks (empty when it is narrative only) and its headline figures.</summary>
public sealed record SectionDraft(IReadOnlyList<DraftBlock> Blocks, IReadOnlyList<ReportHeadline> Headlines)
{
    public static readonly SectionDraft NarrativeOnly = new([], []);
}

/// <summary>
/// One section of the annual report in the shape of seed 000. Each is drafted from the Hub's record for the year,
/// every count through disclosure control as a restricted viewer sees it (the report is a public committee paper);
/// the chair or officer adds narrative under it. Implementations are registered in DI and ordered by <see cref="Order"/>.
/// </summary>
public interface IAnnualReportSection
{
    /// <summary>Stable key: the narrative is stored against it (<see cref="AnnualReportNarrative.SectionKey"/>).</summary>
    string Key { get; }
    int Order { get; }
    string Title { get; }
    /// <summary>What the chair or officer is asked to write under the figures.</summary>
    string NarrativePrompt { get; }
    Task<SectionDraft> DraftAsync(ReportYear year, CancellationToken cancellationToken);
}

/// <summary>The sections' keys and order, in one place, so the drafter, the narratives and the tests agree.</summary>
public static class AnnualReportSectionKeys
{
    public const string Foreword = "foreword";               // 10, narrative only (the chair's introduction)
    public const string Purpose = "purpose";                 // 20, terms of reference: purpose and roles of the board
    public const string Strategy = "strategy";               // 30, priorities, their working groups and chairs
    public const string ActionPlan = "action-plan";          // 40, progress: done, on track, late
    public const string Achievements = "achievements";       // 50, achievements with their impact figures
    public const string Performance = "performance";         // 60, the scorecard published nearest the year end
    public const string Voice = "voice";                     // 70, youth groups, surveys, "You said, we did"
    public const string LocalOffer = "local-offer";          // 80, uptake and value
    public const string CorporateParents = "corporate-parents"; // 90, members' training and visits
    public const string Meetings = "meetings";               // 100, meetings held, themes, attendance by category
    public const string Recommendations = "recommendations"; // 110, inspection and scrutiny recommendations, status
    public const string Membership = "membership";           // 120, the board's members
    public const string NextYear = "next-year";              // 130, next year's priorities
}
