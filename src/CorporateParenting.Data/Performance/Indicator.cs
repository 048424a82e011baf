namespace CorporateParenting.Data.Performance;

public enum IndicatorSource { Ssda903, Local }

public enum IndicatorPolarity { HigherIsBetter, LowerIsBetter, Neither }

/// <summary>How red, amber and green are decided.</summary>
public enum RagRule
{
    /// <summary>Green at or better than target; amber within the tolerance of it; red beyond.</summary>
    AgainstTarget,
    /// <summary>The same, with England's figure for the year as the target.</summary>
    AgainstEngland,
    /// <summary>Context only (a count, a mix): no rating.</summary>
    None,
}

/// <summary>An indicator the board watches: a 903 measure (keyed by its measure id) or a local one entered by hand.</summary>
public sealed class Indicator
{
    public int Id { get; set; }
    /// <summary>The engine's measure id (England's where England publishes it), or a local key.</summary>
    public required string Key { get; set; }
    public required string Name { get; set; }
    public required string Definition { get; set; }
    public IndicatorSource Source { get; set; }
    /// <summary>"%", "per 10,000", "days", "score", "children".</summary>
    public required string Unit { get; set; }
    public IndicatorPolarity Polarity { get; set; }
    public RagRule RagRule { get; set; }
    public double? Target { get; set; }
    /// <summary>How far from target (in the indicator's unit) still counts as amber.</summary>
    public double? Tolerance { get; set; }
    public string? Owner { get; set; }
    public string? PriorityArea { get; set; }
    public int SortOrder { get; set; }
    public List<IndicatorTargetChange> TargetChanges { get; set; } = [];
}

/// <summary>A change of target or tolerance, kept for ever so a rating cannot quietly change colour.</summary>
public sealed class IndicatorTargetChange
{
    public long Id { get; set; }
    public int IndicatorId { get; set; }
    public DateTime ChangedAtUtc { get; set; }
    public required string ChangedBy { get; set; }
    public double? OldTarget { get; set; }
    public double? NewTarget { get; set; }
    public double? OldTolerance { get; set; }
    public double? NewTolerance { get; set; }
    public required string Reason { get; set; }
}

/// <summary>
/// An indicator's value for a collection year, for the whole cohort (Dimension "") or one group of a
/// breakdown. 903 values are computed when a year is imported; local values are entered by hand.
/// </summary>
public sealed class IndicatorValue : IBulkRecord
{
    public long Id { get; set; }
    public int IndicatorId { get; set; }
    public int Year { get; set; }
    public string Dimension { get; set; } = "";
    public string Group { get; set; } = "";
    public int? Numerator { get; set; }
    public int? Denominator { get; set; }
    public double? Value { get; set; }
    public string? NotAvailableReason { get; set; }
    /// <summary>The import it was computed from; null for a value entered by hand.</summary>
    public Guid? ImportId { get; set; }
    public string? EnteredBy { get; set; }
    /// <summary>Shown as "c" to viewers without child access: decided by disclosure control when 903 values are computed.</summary>
    public bool HiddenFromMembers { get; set; }

    bool IBulkRecord.WrittenInBulk => ImportId is not null;
}

/// <summary>The owner's commentary on an indicator for a year.</summary>
public sealed class IndicatorCommentary
{
    public int Id { get; set; }
    public int IndicatorId { get; set; }
    public int Year { get; set; }
    public required string Text { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public required string UpdatedBy { get; set; }
}

/// <summary>
/// A comparator figure for a measure and year: England; one statistical neighbour (Area starts "Neighbour: ");
/// or, where only that is published, the neighbours' figure already combined (their median or pooled rate).
/// </summary>
public sealed class BenchmarkValue
{
    public long Id { get; set; }
    public required string IndicatorKey { get; set; }
    public int Year { get; set; }
    public required string Area { get; set; }
    public double Value { get; set; }
    public string? Source { get; set; }

    public const string England = "England";
    public const string StatisticalNeighbours = "Statistical neighbours";
    public const string NeighbourPrefix = "Neighbour: ";

    public bool IsOneNeighbour => Area.StartsWith(NeighbourPrefix, StringComparison.Ordinal);
}

/// <summary>A postcode (or postcode district) with its ward, centroid and local authority: distances, in or out of area, wards.</summary>
public sealed class PostcodeArea : IBulkRecord
{
    public required string Postcode { get; set; }
    public required string Ward { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    public required string LocalAuthority { get; set; }
}

/// <summary>A scorecard frozen for a meeting: exactly what was shown, suppression included, whatever is imported later.</summary>
public sealed class PublishedScorecard
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Title { get; set; }
    public DateOnly MeetingDate { get; set; }
    public int Year { get; set; }
    public DateTime PublishedAtUtc { get; set; }
    public required string PublishedBy { get; set; }
    /// <summary>The rows for viewers who may see small numbers (JSON).</summary>
    public required string Full { get; set; }
    /// <summary>The same rows with small numbers suppressed, for members and young people (JSON).</summary>
    public required string Suppressed { get; set; }
}
