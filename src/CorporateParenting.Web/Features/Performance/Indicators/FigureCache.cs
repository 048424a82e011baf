using CorporateParenting.Ssda903.Measures;
using CorporateParenting.Ssda903.Model;
using CorporateParenting.Ssda903.Tables;
using CorporateParenting.Web.Disclosure;
using CorporateParenting.Web.Features.Performance.Imports;

namespace CorporateParenting.Web.Features.Performance.Indicators;

/// <summary>
/// The figures this process last computed, so that a recomputation measures only the years it must:
/// <list type="bullet">
/// <item>the same returns and settings again (confirming an import whose consequences were just worked
/// out from the same parsed files): nothing is measured or protected again;</item>
/// <item>other returns (an import): a year is measured again only if some child's view of it changed
/// (<see cref="ChildViews"/>); when measuring only those children, before and after, costs less than
/// measuring the year, that is done, and the year is kept if they add up to the same figures (a figure is a sum over children, so the rest cannot
/// change it). Otherwise, and for the imported year, the year is measured in full.</item>
/// </list>
/// Disclosure control always sees every year. A new process (the <c>import-903</c> command) starts with
/// nothing held and measures every year once. Memory: one set of figures with their children's ids.
/// </summary>
public static class FigureCache
{
    public sealed class Computed(IReadOnlyList<ReturnYear> years, string optionsKey, ChildIndex model, IReadOnlyDictionary<int, List<IndicatorCell>> byYear)
    {
        public IReadOnlyList<ReturnYear> Years { get; } = years;
        public string OptionsKey { get; } = optionsKey;
        public ChildIndex Model { get; } = model;
        public IReadOnlyDictionary<int, List<IndicatorCell>> ByYear { get; } = byYear;
        public IReadOnlyList<IndicatorCell> Cells { get; } = years.SelectMany(y => byYear[y.Year]).ToList();

        private sealed record Protected(IReadOnlyList<IndicatorCell> Cells, bool[] Hidden);
        private volatile Protected? _protected;

        /// <summary>The disclosure pattern of these cells (every year together), worked out once per set of cells.</summary>
        public bool[] Hidden(IReadOnlyList<IndicatorCell> cells)
        {
            if (_protected is { } known && known.Cells.Count == cells.Count && known.Cells.Zip(cells).All(p => ReferenceEquals(p.First, p.Second)))
                return (bool[])known.Hidden.Clone();
            var hidden = IndicatorDisclosure.Protect(cells);
            _protected = new Protected(cells, (bool[])hidden.Clone());
            return hidden;
        }
    }

    private static readonly Lock Gate = new();
    private static Computed? _last;

    /// <summary>Forgets what was computed (tests that time nothing but want a cold start).</summary>
    public static void Clear()
    {
        lock (Gate) _last = null;
    }

    /// <param name="optionsKey">What the settings were made from (<see cref="CouncilMeasureOptions.KeyOf"/>); null: nothing is reused or kept.</param>
    public static Computed Compute(ReturnSet returns, MeasureOptions options, string? optionsKey, PhaseTimer? timer = null)
    {
        Computed? last;
        lock (Gate) last = optionsKey is null ? null : _last;
        if (last is not null && last.OptionsKey == optionsKey && last.Years.Count == returns.Years.Count && last.Years.Zip(returns.Years).All(p => ReferenceEquals(p.First, p.Second)))
        {
            timer?.Done("reusing the figures just computed from the same returns");
            return last;
        }

        var model = ChildModel.Build(returns);
        timer?.Done("building the children's histories");
        var byYear = new Dictionary<int, List<IndicatorCell>>();
        foreach (var year in returns.Years.Select(y => y.Year))
        {
            if (last is not null && last.OptionsKey == optionsKey && last.ByYear.TryGetValue(year, out var before) && Unchanged(last.Model, model, year, options, timer))
            {
                byYear[year] = before;
                continue;
            }
            byYear[year] = IndicatorCalculator.CellsOf(model, year, options);
            timer?.Done($"measures of {year}");
        }
        var computed = new Computed(returns.Years, optionsKey ?? "", model, byYear);
        if (optionsKey is not null) lock (Gate) _last = computed;
        return computed;
    }

    /// <summary>Whether every figure of <paramref name="year"/> is the same from both models (exactly, never by sampling).</summary>
    public static bool Unchanged(ChildIndex before, ChildIndex after, int year, MeasureOptions options, PhaseTimer? timer = null)
    {
        var differing = ChildViews.Differing(before, after, year);
        if (differing.Count == 0)
        {
            timer?.Done($"{year} unchanged: no child's view of it changed");
            return true;
        }
        ChildIndex Only(ChildIndex model) => new(differing.Select(model.Find).OfType<Child>().ToList());
        var (was, now) = (Only(before), Only(after));
        // Measuring those children before and after must cost less than measuring the year again.
        if (was.Children.Count + now.Children.Count > after.Children.Count)
        {
            timer?.Done($"{year}: {differing.Count:N0} children's view of it changed, measured again");
            return false;
        }
        var same = SameFigures(IndicatorCalculator.CellsOf(was, year, options), IndicatorCalculator.CellsOf(now, year, options));
        timer?.Done($"{year}: {differing.Count:N0} children's view of it changed; their figures {(same ? "are the same, so the year is kept" : "differ, so it is measured again")}");
        return same;
    }

    /// <remarks>
    /// An average is compared by its value over those children and the children it counts: the result does
    /// not say how many amounts it took (one per child for the SDQ; one per adoption in the year for days to
    /// adoption, where two adoptions of one child in one year, both unchanged in value, are the blind spot).
    /// </remarks>
    private static bool SameFigures(IReadOnlyList<IndicatorCell> a, IReadOnlyList<IndicatorCell> b) =>
        a.Count == b.Count && a.Zip(b).All(p =>
            p.First.Indicator == p.Second.Indicator && p.First.Dimension == p.Second.Dimension && p.First.Group == p.Second.Group
            && p.First.Result.Numerator == p.Second.Result.Numerator && p.First.Result.Denominator == p.Second.Result.Denominator
            && Nullable.Equals(p.First.Result.Value, p.Second.Result.Value) && p.First.Result.Available == p.Second.Result.Available
            && p.First.Result.NotAvailableReason == p.Second.Result.NotAvailableReason
            && p.First.Result.NumeratorChildren.SequenceEqual(p.Second.Result.NumeratorChildren)
            && p.First.Result.DenominatorChildren.SequenceEqual(p.Second.Result.DenominatorChildren));
}
