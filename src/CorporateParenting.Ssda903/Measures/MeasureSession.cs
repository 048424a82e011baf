using CorporateParenting.Ssda903.Model;

namespace CorporateParenting.Ssda903.Measures;

/// <summary>
/// Every measure of one collection year and its breakdowns, sharing one set of cohorts (children
/// looked after at 31 March, the OC2 cohort, ...) so that a full scorecard costs one pass, not one per cell.
/// </summary>
public sealed class MeasureSession(ChildIndex children, int year, MeasureOptions? options = null)
{
    private readonly MeasureContext _context = new(children, year, options ?? new MeasureOptions());

    public int Year => year;

    public IReadOnlyList<MeasureResult> Compute() => NationalMeasures.Compute(_context);

    public IReadOnlyList<BreakdownRow> Breakdown(string measureId, Dimension by) => NationalMeasures.Breakdown(_context, measureId, by);

    /// <summary>Every measure and all its breakdowns, each measure's cohort built once.</summary>
    public IReadOnlyList<MeasureWithBreakdowns> ComputeWithBreakdowns(IReadOnlyList<Dimension> dimensions) =>
        NationalMeasures.ComputeWithBreakdowns(_context, dimensions);
}
