using CorporateParenting.Ssda903.Model;
using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Measures;

/// <summary>The standard national measures of a collection year, each with its CHILD ids behind it.</summary>
public static class NationalMeasures
{
    internal static readonly IReadOnlyList<Measure> Measures =
    [
        .. ChildrenLookedAfterMeasures.All(), .. PlacementMeasures.All(), .. HealthMeasures.All(),
        .. CareLeaverMeasures.All(), .. MissingAndAdoptionMeasures.All(),
    ];

    public static IReadOnlyList<MeasureDefinition> Definitions { get; } = Measures.Select(m => m.Definition).ToList();

    /// <summary>Tables no measure reads (reviews, social worker episodes): a run that only measures can leave them unread.</summary>
    public static IReadOnlySet<TableKind> TablesNotMeasured => Model.LaterRecords.Tables;

    public static IReadOnlyList<MeasureResult> Compute(ReturnSet returns, int year, MeasureOptions? options = null)
    {
        ChildIndex children;
        using (Diagnostics.Timings.Phase("child model")) children = ChildModel.Build(returns);
        using var _ = Diagnostics.Timings.Phase("measures");
        return Compute(children, year, options);
    }

    public static IReadOnlyList<MeasureResult> Compute(ChildIndex children, int year, MeasureOptions? options = null) =>
        Compute(new MeasureContext(children, year, options ?? new MeasureOptions()));

    [ThreadStatic] private static List<Contribution>? t_cohort;

    internal static IReadOnlyList<MeasureResult> Compute(MeasureContext context)
    {
        var results = new MeasureResult[Measures.Count];
        context.FindCohorts();
        if (Diagnostics.Timings.PerRule)
        {
            // CPB_TIMINGS=rules: one measure at a time, what each takes and allocates.
            var list = new List<Contribution>();
            var took = new List<(string Id, double Ms, long Bytes)>();
            for (var i = 0; i < Measures.Count; i++)
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                list.Clear();
                list.AddRange(Measures[i].Cohort(context));
                results[i] = Evaluate(Measures[i], context, list);
                took.Add((Measures[i].Definition.Id, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds, GC.GetAllocatedBytesForCurrentThread() - allocated));
            }
            foreach (var (id, ms, bytes) in took.OrderByDescending(t => t.Bytes)) Diagnostics.Timings.Write($"  measure {id,-45} {ms,8:0.0} ms {bytes >> 20,6} MB");
            return results;
        }
        // Each thread reuses one list for the cohorts it evaluates: a cohort is read once and not kept.
        // One worker per core: more would only wait on the shared cohorts (built once, lazily) and make the thread pool add threads.
        Parallel.For(0, Measures.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var cohort = t_cohort ??= [];
            cohort.Clear();
            cohort.AddRange(Measures[i].Cohort(context));
            results[i] = Evaluate(Measures[i], context, cohort);
            cohort.Clear();
        });
        return results;
    }

    /// <summary>The measure for each group of its cohort (age band, sex, ...), so that the groups add up to the whole.</summary>
    public static IReadOnlyList<BreakdownRow> Breakdown(ReturnSet returns, int year, string measureId, Dimension by, MeasureOptions? options = null) =>
        Breakdown(ChildModel.Build(returns), year, measureId, by, options);

    public static IReadOnlyList<BreakdownRow> Breakdown(ChildIndex children, int year, string measureId, Dimension by, MeasureOptions? options = null) =>
        Breakdown(new MeasureContext(children, year, options ?? new MeasureOptions()), measureId, by);

    internal static IReadOnlyList<BreakdownRow> Breakdown(MeasureContext context, string measureId, Dimension by)
    {
        var measure = Measures.FirstOrDefault(m => m.Definition.Id == measureId) ?? throw new ArgumentException($"There is no measure '{measureId}'.", nameof(measureId));
        return BreakDown(measure, context, measure.Cohort(context).ToList(), by);
    }

    /// <summary>
    /// The measure for each group of a cohort by a dimension, groups in order of their names: each child's contributions
    /// go to its group in the cohort's order, so that the groups add up to the whole.
    /// </summary>
    private static List<BreakdownRow> BreakDown(Measure measure, MeasureContext context, IReadOnlyList<Contribution> cohort, Dimension by)
    {
        var groups = new List<List<Contribution>?>();
        foreach (var x in cohort)
        {
            var group = context.GroupNumber(x.Child, by);
            while (groups.Count <= group) groups.Add(null);
            (groups[group] ??= []).Add(x);
        }
        var rows = new List<BreakdownRow>();
        for (var group = 0; group < groups.Count; group++)
            if (groups[group] is { } contributions)
                rows.Add(new BreakdownRow(context.GroupName(by, group), Evaluate(measure, context, contributions, grouped: true)));
        rows.Sort((a, b) => string.CompareOrdinal(a.Group, b.Group));
        return rows;
    }

    /// <summary>
    /// Every measure with its breakdowns by each dimension, from one cohort per measure: the groups are
    /// formed from the same list as the whole, so they always add up to it. Measures run in parallel.
    /// </summary>
    internal static IReadOnlyList<MeasureWithBreakdowns> ComputeWithBreakdowns(MeasureContext context, IReadOnlyList<Dimension> dimensions)
    {
        var results = new MeasureWithBreakdowns[Measures.Count];
        context.FindCohorts();
        Parallel.For(0, Measures.Count, i =>
        {
            var measure = Measures[i];
            var cohort = measure.Cohort(context).ToList();
            var total = Evaluate(measure, context, cohort);
            var groups = new Dictionary<Dimension, IReadOnlyList<BreakdownRow>>();
            if (total.Available)
                foreach (var dimension in dimensions) groups[dimension] = BreakDown(measure, context, cohort, dimension);
            results[i] = new MeasureWithBreakdowns(total, groups);
        });
        return results;
    }

    private static MeasureResult Evaluate(Measure measure, MeasureContext context, IReadOnlyList<Contribution> cohort, bool grouped = false)
    {
        var d = measure.Definition;
        var unavailable = measure.Unavailable?.Invoke(context);
        // Each child once (in the order first met) in the denominator, and in the numerator when it counts:
        // counted first, so that the lists kept in the result are made at their size.
        var (numeratorCount, denominatorCount) = (0, 0);
        var inNumerator = new ChildSet(context.Children, cohort.Count);
        var inDenominator = new ChildSet(context.Children, cohort.Count);
        // Which contributions meet their child first (bit 1: in the denominator, bit 2: in the numerator), so that the
        // second pass, which makes the lists at their size, does not ask the sets again.
        var first = new byte[cohort.Count];
        for (var i = 0; i < first.Length; i++)
        {
            var x = cohort[i];
            if (inDenominator.Add(x.Child)) { first[i] = 1; denominatorCount++; }
            if (x.Counts && inNumerator.Add(x.Child)) { first[i] |= 2; numeratorCount++; }
        }
        var numeratorChildren = new List<string>(numeratorCount);
        var denominatorChildren = new List<string>(denominatorCount);
        var counted = 0;
        var amount = 0.0;
        for (var i = 0; i < first.Length; i++)
        {
            var x = cohort[i];
            if ((first[i] & 1) != 0) denominatorChildren.Add(x.Child.Id);
            if (!x.Counts) continue;
            if ((first[i] & 2) != 0) numeratorChildren.Add(x.Child.Id);
            amount += x.Amount;
            counted++;
        }
        double? value = unavailable is not null ? null : d.Kind switch
        {
            MeasureKind.Count => numeratorChildren.Count,
            MeasureKind.Percent => denominatorChildren.Count == 0 ? null : 100.0 * numeratorChildren.Count / denominatorChildren.Count,
            MeasureKind.RatePer10000 => grouped ? null : 10_000.0 * numeratorChildren.Count / context.Options.ChildPopulation!.Value,
            MeasureKind.Average => counted == 0 ? null : amount / counted,
            _ => null,
        };
        var denominator = d.Kind == MeasureKind.RatePer10000 ? context.Options.ChildPopulation ?? 0 : denominatorChildren.Count;
        return new MeasureResult(d.Id, d.Name, d.Definition, d.Unit, numeratorChildren.Count, denominator, value,
            unavailable is null, unavailable, numeratorChildren, denominatorChildren);
    }

    /// <summary>
    /// The children met so far, the same as distinct CHILD ids: a bit per child of the index when the cohort is
    /// large, ids in a hash set when it is small or a child is not the index's own.
    /// </summary>
    private sealed class ChildSet(ChildIndex index, int cohortSize)
    {
        private readonly ulong[]? _bits = cohortSize * 64L >= index.Children.Count ? new ulong[(index.Children.Count + 63) / 64] : null;
        private HashSet<string>? _ids;

        public bool Add(Child child)
        {
            if (_bits is not null && index.Holds(child))
            {
                ref var word = ref _bits[child.Ordinal >> 6];
                var bit = 1UL << (child.Ordinal & 63);
                if ((word & bit) != 0) return false;
                word |= bit;
                return true;
            }
            return (_ids ??= new HashSet<string>(StringComparer.Ordinal)).Add(child.Id);
        }
    }
}
