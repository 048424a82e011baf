namespace CorporateParenting.Web.Features.Performance.Scorecard;

/// <summary>One year's figure as shown: already formatted and, for restricted viewers, already suppressed.</summary>
public sealed record ShownFigure(int Year, double? Value, string Text, string Numerator, string Denominator, bool Suppressed);

/// <summary>
/// One line of the scorecard exactly as a viewer sees it: figures and words only, so a published scorecard
/// is frozen as JSON and rendered when shown (its words, tag colours and trend chart come from today's
/// rendering of the same figures, never from stored markup).
/// </summary>
public sealed record ScorecardLine(
    string Key, string Name, string Definition, string Unit, string? PriorityArea, string? Owner, string Source,
    ShownFigure This, ShownFigure? Last, IReadOnlyList<ShownFigure> Trend,
    string England, string Neighbours, string Target, Data.Strategy.Rag Rating, string RatedAgainst,
    string? Commentary, string? TargetHistory)
{
    [System.Text.Json.Serialization.JsonIgnore] public string RagLabel => Rag.Label(Rating);
    [System.Text.Json.Serialization.JsonIgnore] public string RagClass => Rag.TagClass(Rating);
    [System.Text.Json.Serialization.JsonIgnore] public string TrendSvg => TrendChart.Svg(Trend, Name, SmallChartWidth);

    /// <summary>The scorecard's small chart, as wide as the year table under it (hub.scss .app-trend-table).</summary>
    public const int SmallChartWidth = 210;
}

/// <summary>A breakdown group as shown.</summary>
public sealed record BreakdownLine(string Group, string Numerator, string Denominator, string Value, bool Suppressed);

public sealed record Scorecard(int Year, IReadOnlyList<int> YearsAvailable, bool Suppressed, IReadOnlyList<ScorecardLine> Lines)
{
    /// <summary>Identifies this build of the figures, so its rendered table can be cached (see _ScorecardTable).</summary>
    public Guid Stamp { get; init; } = Guid.NewGuid();

    public IReadOnlyList<string> PriorityAreas => Lines.Select(l => l.PriorityArea ?? "Not assigned").Distinct().Order().ToList();
}
