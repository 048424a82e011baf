namespace CorporateParenting.Data.Strategy;

public enum RecommendationSource { Inspection, MonitoringVisit, ScrutinyReview, Survey }

public enum RecommendationStatus { Open, InProgress, Closed }

/// <summary>A recommendation made to the council, tracked to completion with progress reports to the board.</summary>
public sealed class Recommendation
{
    public int Id { get; set; }
    public required string Reference { get; set; }
    public RecommendationSource Source { get; set; }
    public DateOnly Date { get; set; }
    public required string Text { get; set; }
    public string? Response { get; set; }
    public required string Owner { get; set; }
    public RecommendationStatus Status { get; set; }
    /// <summary>When the next progress report is due to the board; none once closed.</summary>
    public DateOnly? NextReportDue { get; set; }
    /// <summary>Seen only by those who run the strategy (officers, chairs, service managers).</summary>
    public bool Confidential { get; set; }
    public List<RecommendationActionLink> Actions { get; set; } = [];
    public List<RecommendationReport> Reports { get; set; } = [];

    public bool ReportOverdueOn(DateOnly day) => Status != RecommendationStatus.Closed && NextReportDue < day;
}

public sealed class RecommendationActionLink
{
    public int Id { get; set; }
    public int RecommendationId { get; set; }
    public int ActionId { get; set; }
}

/// <summary>A progress report to the board on a recommendation: appended, never edited.</summary>
public sealed class RecommendationReport
{
    public int Id { get; set; }
    public int RecommendationId { get; set; }
    public DateOnly ReportedOn { get; set; }
    public required string Author { get; set; }
    public required string Text { get; set; }
    public RecommendationStatus Status { get; set; }
}
