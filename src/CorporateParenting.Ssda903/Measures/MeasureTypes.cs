using CorporateParenting.Ssda903.Model;

namespace CorporateParenting.Ssda903.Measures;

public enum MeasureKind { Percent, Count, RatePer10000, Average }

public enum Polarity { HigherIsBetter, LowerIsBetter, Neither }

/// <summary>What a measure counts, in the DfE's words where the DfE publishes it.</summary>
public sealed record MeasureDefinition(string Id, string Name, string Definition, MeasureKind Kind, string Unit, Polarity Polarity, bool PublishedForEngland);

public sealed record MeasureResult(
    string Id, string Name, string Definition, string Unit, int Numerator, int Denominator, double? Value,
    bool Available, string? NotAvailableReason, IReadOnlyList<string> NumeratorChildren, IReadOnlyList<string> DenominatorChildren);

/// <summary>What a postcode lookup knows of a postcode: its centroid, local authority and (where loaded) ward.</summary>
public sealed record PostcodeInfo(double Latitude, double Longitude, string LocalAuthority, string? Ward = null);

/// <summary>
/// What a council can add: its child population aged 0-17 (for rates), a postcode lookup (for
/// distances and in/out of area) and its own local-authority code as the lookup names it.
/// </summary>
public sealed record MeasureOptions(int? ChildPopulation = null, Func<string, PostcodeInfo?>? PostcodeLookup = null, string? CouncilCode = null);

/// <summary>
/// What a measure can be broken down by. Area (from the placement postcode), ward (from the home postcode: where the
/// child was placed from) and placement ward (from the placement postcode: where the child lives) need a postcode lookup.
/// </summary>
public enum Dimension { AgeBand, Sex, EthnicityGroup, LegalStatus, PlacementType, Uasc, InOrOutOfArea, Ward, PlacementWard }

public sealed record BreakdownRow(string Group, MeasureResult Result);

/// <summary>A measure for the whole cohort and for each group of each dimension asked for.</summary>
public sealed record MeasureWithBreakdowns(MeasureResult Total, IReadOnlyDictionary<Dimension, IReadOnlyList<BreakdownRow>> Breakdowns);

/// <summary>One child of a measure's cohort (its denominator): whether it is in the numerator, and its amount for averages.</summary>
internal readonly record struct Contribution(Child Child, bool Counts, double Amount = 0);

internal sealed record Measure(MeasureDefinition Definition, Func<MeasureContext, IEnumerable<Contribution>> Cohort, Func<MeasureContext, string?>? Unavailable = null);
