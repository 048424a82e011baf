using CorporateParenting.Ssda903.Measures;

namespace CorporateParenting.Web.Disclosure;

/// <summary>One published 903 figure (a headline when <see cref="Dimension"/> is empty, else a breakdown group) with the children behind it.</summary>
public sealed record IndicatorCell(string Indicator, CountShape Shape, int Year, string Dimension, string Group, MeasureResult Result)
{
    public bool IsHeadline => Dimension.Length == 0;
    public string Label => IsHeadline ? $"{Indicator} {Year}" : $"{Indicator} {Year} {Dimension}={Group}";
}

/// <summary>
/// The attacker's model of the 903 figures. Each count is the set of children it counts, so relations are
/// found from the data rather than listed by hand: cells that count the same children are one count
/// (the same cohort seen in two indicators); a breakdown's groups add up to its whole; a headline that is
/// exactly some groups of another indicator's breakdown equals their sum; those counted plus those not
/// counted make the cohort; and children looked after at 31 March follow last year's figure plus those
/// who started less those who ceased, wherever the data bears that out.
/// </summary>
public static class IndicatorDisclosure
{
    public const double HeadlineCost = 1_000_000;

    /// <summary>Which cells a viewer without child access sees as "c" (index for index).</summary>
    public static bool[] Protect(IReadOnlyList<IndicatorCell> cells)
    {
        // The same figures always get the same pattern: a recompute that changes nothing (a postcode
        // lookup reloaded, the demo seeded again) need not solve it twice.
        var key = Fingerprint(cells);
        if (Recent.TryGetValue(key, out var known)) return (bool[])known.Clone();
        var hidden = DisclosureProtection.Protect(Build(cells).Problem);
        if (Recent.Count >= 8) Recent.Clear();
        Recent[key] = (bool[])hidden.Clone();
        return hidden;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool[]> Recent = new();

    private static string Fingerprint(IReadOnlyList<IndicatorCell> cells)
    {
        // Every text followed by \u0001, hashed as one stream of UTF-8: the bytes are those of hashing each
        // piece on its own, buffered so that tens of millions of children's ids cost no allocation each.
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        var used = 0;
        void Add(string text)
        {
            var needed = System.Text.Encoding.UTF8.GetMaxByteCount(text.Length) + 1;
            if (used + needed > buffer.Length)
            {
                hash.AppendData(buffer, 0, used);
                used = 0;
                if (needed > buffer.Length) buffer = new byte[needed];
            }
            used += System.Text.Encoding.UTF8.GetBytes(text, buffer.AsSpan(used));
            buffer[used++] = 1;
        }
        foreach (var cell in cells)
        {
            Add($"{cell.Indicator}|{cell.Shape}|{cell.Year}|{cell.Dimension}|{cell.Group}|{cell.Result.Numerator}|{cell.Result.Denominator}");
            foreach (var child in cell.Result.NumeratorChildren) Add(child);
            Add("/");
            foreach (var child in cell.Result.DenominatorChildren) Add(child);
        }
        hash.AppendData(buffer, 0, used);
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    public sealed record Model(DisclosureProblem Problem, IReadOnlyList<int> Numerators, IReadOnlyList<int?> Denominators);

    /// <summary>Row i of the problem is cells[i].</summary>
    public static Model Build(IReadOnlyList<IndicatorCell> cells)
    {
        var problem = new DisclosureProblem();
        var years = cells.Select(c => c.Year).Distinct().ToDictionary(y => y, y => new YearSets(problem, y, cells.Where(c => c.Year == y)));
        var numerators = new int[cells.Count];
        var denominators = new int?[cells.Count];
        // The sets first (in parallel: England's size has tens of millions of ids in its cells), then the
        // counts in the cells' order, so that every count has the number it would have had one by one.
        var counted = new BitSet[cells.Count];
        var cohorts = new BitSet?[cells.Count];
        Parallel.For(0, cells.Count, i =>
        {
            var sets = years[cells[i].Year];
            counted[i] = sets.Of(cells[i].Result.NumeratorChildren);
            if (cells[i].Shape != CountShape.Rate) cohorts[i] = sets.Of(cells[i].Result.DenominatorChildren);
        });
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            var sets = years[cell.Year];
            numerators[i] = sets.Variable(counted[i], $"{cell.Label} counted");
            if (cell.Shape != CountShape.Rate)
            {
                var cohort = cohorts[i]!;
                denominators[i] = sets.Variable(cohort, $"{cell.Label} cohort");
                var notCounted = sets.Variable(BitSet.Except(cohort, counted[i]), $"{cell.Label} not counted");
                problem.AddRelation($"{cell.Label}: counted + not counted = cohort", [(numerators[i], 1), (notCounted, 1), (denominators[i]!.Value, -1)]);
            }
            var primary = SmallNumbers.Discloses(new Counts(cell.Result.Numerator, cell.Result.Denominator), cell.Shape);
            problem.AddRow(cell.Label, denominators[i] is { } d ? [numerators[i], d] : [numerators[i]], primary,
                cell.IsHeadline ? HeadlineCost : 1 + cell.Result.Numerator);
        }

        var partitions = PartitionRelations(problem, cells, numerators, denominators);
        foreach (var sets in years.Values) sets.AddUnionRelations(cells, numerators, denominators, partitions);
        AddStockAndFlow(problem, cells, numerators, years);
        return new Model(problem, numerators, denominators);
    }

    /// <summary>A breakdown's groups add up to its whole, for those counted and for the cohort.</summary>
    private static List<Partition> PartitionRelations(DisclosureProblem problem, IReadOnlyList<IndicatorCell> cells, int[] numerators, int?[] denominators)
    {
        var headline = Enumerable.Range(0, cells.Count).Where(i => cells[i].IsHeadline).ToDictionary(i => (cells[i].Indicator, cells[i].Year));
        var partitions = new List<Partition>();
        foreach (var breakdown in Enumerable.Range(0, cells.Count).Where(i => !cells[i].IsHeadline).GroupBy(i => (cells[i].Indicator, cells[i].Year, cells[i].Dimension)))
        {
            if (!headline.TryGetValue((breakdown.Key.Indicator, breakdown.Key.Year), out var whole)) continue;
            var name = $"{breakdown.Key.Indicator} {breakdown.Key.Year}: groups by {breakdown.Key.Dimension} add up to the whole";
            var groups = breakdown.ToList();
            problem.AddRelation(name + " (counted)", groups.Select(g => (numerators[g], 1)).Append((numerators[whole], -1)));
            partitions.Add(new Partition(breakdown.Key.Indicator, breakdown.Key.Year, name + " (counted)", groups.Select(g => numerators[g]).ToList()));
            if (denominators[whole] is not { } cohort) continue;
            problem.AddRelation(name + " (cohort)", groups.Select(g => (denominators[g]!.Value, 1)).Append((cohort, -1)));
            partitions.Add(new Partition(breakdown.Key.Indicator, breakdown.Key.Year, name + " (cohort)", groups.Select(g => denominators[g]!.Value).ToList()));
        }
        return partitions;
    }

    private sealed record Partition(string Indicator, int Year, string Name, IReadOnlyList<int> Groups);

    private const string Stock = "cla_count", Started = "cla_started", Ceased = "cla_ceased";

    /// <summary>Looked after at 31 March = last year's figure + started - ceased, per group, where the counts bear it out.</summary>
    private static void AddStockAndFlow(DisclosureProblem problem, IReadOnlyList<IndicatorCell> cells, int[] numerators, Dictionary<int, YearSets> years)
    {
        var index = Enumerable.Range(0, cells.Count).ToDictionary(i => (cells[i].Indicator, cells[i].Year, cells[i].Dimension, cells[i].Group));
        foreach (var year in years.Keys.Where(y => index.ContainsKey((Stock, y, "", "")) && index.ContainsKey((Stock, y - 1, "", ""))))
        {
            var groups = cells.Where(c => c.Year == year || c.Year == year - 1).Where(c => c.Indicator is Stock or Started or Ceased)
                .Select(c => (c.Dimension, c.Group)).Distinct();
            foreach (var (dimension, group) in groups)
            {
                (int Variable, int Value) Count(string indicator, int y) => index.TryGetValue((indicator, y, dimension, group), out var i)
                    ? (numerators[i], cells[i].Result.Numerator) : (years[y].Zero, 0);
                var (now, before, started, ceased) = (Count(Stock, year), Count(Stock, year - 1), Count(Started, year), Count(Ceased, year));
                if (now.Value != before.Value + started.Value - ceased.Value) continue;
                var where = dimension.Length == 0 ? "" : $" {dimension}={group}";
                problem.AddRelation($"looked after at 31 March {year}{where} = {year - 1} + started - ceased",
                    [(now.Variable, 1), (before.Variable, -1), (started.Variable, -1), (ceased.Variable, 1)]);
            }
        }
    }

    /// <summary>The distinct sets of children of one year, each one count.</summary>
    private sealed class YearSets
    {
        private readonly DisclosureProblem _problem;
        private readonly int _year;
        private readonly Dictionary<string, int> _childIndex = new(StringComparer.Ordinal);
        /// <summary>The same index by string instance: a child's id is one string shared by every cell, so most lookups need no hashing of text.</summary>
        private readonly Dictionary<string, int> _byInstance = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<BitSet, int> _variables = [];
        private readonly Dictionary<int, BitSet> _setOf = [];

        public YearSets(DisclosureProblem problem, int year, IEnumerable<IndicatorCell> cells)
        {
            _problem = problem;
            _year = year;
            foreach (var cell in cells)
            {
                foreach (var child in cell.Result.DenominatorChildren) Index(child);
                foreach (var child in cell.Result.NumeratorChildren) Index(child);
            }
            Zero = problem.AddVariable(0, $"no children ({year})", alwaysKnown: true);
            _setOf[Zero] = new BitSet(_childIndex.Count);
        }

        /// <summary>Numbers children in the order first met, as one ordinal dictionary would.</summary>
        private void Index(string child)
        {
            if (_byInstance.ContainsKey(child)) return;
            if (!_childIndex.TryGetValue(child, out var index)) _childIndex[child] = index = _childIndex.Count;
            _byInstance[child] = index;
        }

        private int IndexOf(string child) => _byInstance.TryGetValue(child, out var index) ? index : _childIndex[child];

        /// <summary>The count of an empty set: zero, and known to anyone who knows the definitions.</summary>
        public int Zero { get; }

        public BitSet Of(IEnumerable<string> children)
        {
            var set = new BitSet(_childIndex.Count);
            foreach (var child in children) set.Add(IndexOf(child));
            return set;
        }

        public int Variable(BitSet set, string name)
        {
            if (set.IsEmpty) return Zero;
            if (_variables.TryGetValue(set, out var v)) return v;
            v = _problem.AddVariable(set.Count, name);
            _variables[set] = v;
            _setOf[v] = set;
            return v;
        }

        /// <summary>A headline whose children are exactly some groups of another indicator's breakdown equals their sum.</summary>
        public void AddUnionRelations(IReadOnlyList<IndicatorCell> cells, int[] numerators, int?[] denominators, List<Partition> partitions)
        {
            var headlines = Enumerable.Range(0, cells.Count).Where(i => cells[i].IsHeadline && cells[i].Year == _year)
                .SelectMany(i => denominators[i] is { } d ? new[] { (cells[i].Indicator, numerators[i]), (cells[i].Indicator, d) } : [(cells[i].Indicator, numerators[i])])
                .Where(h => h.Item2 != Zero)
                .Distinct().ToList();
            foreach (var partition in partitions.Where(p => p.Year == _year))
            foreach (var (indicator, variable) in headlines.Where(h => h.Indicator != partition.Indicator))
            {
                var whole = _setOf[variable];
                var inside = new List<int>();
                var exact = true;
                foreach (var group in partition.Groups.Distinct().Where(g => g != Zero))
                {
                    var set = _setOf[group];
                    if (!set.Intersects(whole)) continue;
                    if (!set.IsSubsetOf(whole)) { exact = false; break; }
                    inside.Add(group);
                }
                if (!exact || inside.Count < 2 || inside.Sum(g => _setOf[g].Count) != whole.Count) continue;
                _problem.AddRelation($"{_problem.Variables[variable].Name} = groups of {partition.Name}",
                    inside.Select(g => (g, 1)).Append((variable, -1)));
            }
        }
    }
}
