namespace CorporateParenting.Web.Features.Performance.Scorecard;

/// <summary>One year's figure as shown: already formatted and, for restricted viewers, already suppressed.</summary>
public sealed record ShownFigure(int Year, double? Value, string Text, string Numerator, string Denominator, bool Suppressed);

/// <summary>
/// One line of the scorecard exactly as a viewer sees it. Plain data, so a published scorecard can be
/// frozen as JSON and read back the same years later.
/// </summary>
public sealed record ScorecardLine(
    string Key, string Name, string Definition, string Unit, string? PriorityArea, string? Owner, string Source,
    ShownFigure This, ShownFigure? Last, IReadOnlyList<ShownFigure> Trend,
    string England, string Neighbours, string Target, string RagLabel, string RagClass, string RatedAgainst,
    string? Commentary, string? TargetHistory, string TrendSvg);

/// <summary>A breakdown group as shown.</summary>
public sealed record BreakdownLine(string Group, string Numerator, string Denominator, string Value, bool Suppressed);

public sealed record Scorecard(int Year, IReadOnlyList<int> YearsAvailable, bool Suppressed, IReadOnlyList<ScorecardLine> Lines)
{
    /// <summary>Identifies this build of the figures, so its rendered table can be cached (see _ScorecardTable).</summary>
    public Guid Stamp { get; init; } = Guid.NewGuid();

    public IReadOnlyList<string> PriorityAreas => Lines.Select(l => l.PriorityArea ?? "Not assigned").Distinct().Order().ToList();
}
