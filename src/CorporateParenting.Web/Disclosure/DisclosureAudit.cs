using Google.OrTools.LinearSolver;

namespace CorporateParenting.Web.Disclosure;

/// <summary>How far an attacker can narrow a count that no shown figure gives directly.</summary>
public sealed record CountRange(int Variable, string Name, int TrueValue, double Min, double Max, IReadOnlyList<string> Relations)
{
    /// <summary>The whole numbers the count could still be; int.MaxValue when unbounded.</summary>
    public int WholeNumbers => double.IsPositiveInfinity(Max) ? int.MaxValue
        : (int)Math.Floor(Max + 1e-6) - (int)Math.Ceiling(Min - 1e-6) + 1;

    /// <summary>
    /// For a count pinned too narrowly: the relations that bound it in the programmes that found its extremes (those with
    /// a dual value). Only freeing a shown count in one of them can widen the range, so the protection looks there first.
    /// </summary>
    public IReadOnlyList<int> Binding { get; init; } = [];

    /// <summary>For a count shown safe, Min and Max are values it was seen to reach, not always its extremes.</summary>
    public bool Exact => Relations.Count > 0 || WholeNumbers < DisclosureAudit.MinimumWholeNumbers;
}

/// <summary>A count a restricted viewer can pin down (or sees although it is small), with the relations that pinned it.</summary>
public sealed record DisclosureFailure(CountRange Range, bool ShownDirectly)
{
    public override string ToString() => ShownDirectly
        ? $"{Range.Name} = {Range.TrueValue} is shown although it is small"
        : $"{Range.Name} (true {Range.TrueValue}) narrowed to [{Range.Min:0.##}, {Range.Max:0.##}] by: {string.Join("; ", Range.Relations)}";
}

public sealed record AuditResult(IReadOnlyList<CountRange> Hidden, IReadOnlyList<DisclosureFailure> Failures)
{
    public bool Passed => Failures.Count == 0;
    public CountRange? Narrowest => Hidden.MinBy(h => h.WholeNumbers);
}

/// <summary>
/// The attacker's audit: with every shown figure fixed, every relation the attacker knows, and counts
/// that cannot be negative, the smallest and largest value of each count not shown directly (a linear
/// programme per connected group of hidden counts, solved with GLOP). A hidden count of 1 to 5 must keep at
/// least <see cref="MinimumWholeNumbers"/> possible values, and no small count may be shown.
/// </summary>
public static class DisclosureAudit
{
    public const int MinimumWholeNumbers = 6;

    /// <param name="alreadyWide">
    /// Counts known to be safe under fewer hidden rows. Hiding more only frees counts (every point that
    /// satisfied the relations still does), so a range can only widen: the protection need not solve them again.
    /// </param>
    public static AuditResult Run(DisclosureProblem problem, IReadOnlyList<bool> hiddenRows, IReadOnlySet<int>? alreadyWide = null)
    {
        var known = new bool[problem.Variables.Count];
        foreach (var v in problem.Variables) known[v.Id] = v.AlwaysKnown;
        foreach (var row in problem.Rows)
            foreach (var v in row.Shows)
                if (!hiddenRows[row.Id]) known[v] = true;

        var failures = new List<DisclosureFailure>();
        foreach (var v in problem.Variables.Where(v => known[v.Id] && !v.AlwaysKnown && SmallNumbers.IsSmall(v.TrueValue)))
            failures.Add(new DisclosureFailure(new CountRange(v.Id, v.Name, v.TrueValue, v.TrueValue, v.TrueValue, []), true));

        var hidden = new List<CountRange>();
        foreach (var component in Components(problem, known))
        {
            // Only a small count is a disclosure. A complement hidden for its sake (6 or more, or 0) may be worked out:
            // the programme then pins the small count beside it, which fails; requiring every "c" to stay unknown too
            // made each complement need complements of its own, across every linked table (ADR 12, addendum).
            var targets = component.Variables.Where(v => SmallNumbers.IsSmall(problem.Variables[v].TrueValue) && alreadyWide?.Contains(v) != true).ToList();
            if (targets.Count == 0) continue;
            foreach (var range in Ranges(problem, known, component, targets))
            {
                hidden.Add(range);
                if (range.WholeNumbers < MinimumWholeNumbers) failures.Add(new DisclosureFailure(range, false));
            }
        }
        return new AuditResult(hidden, failures);
    }

    private sealed record Component(List<int> Variables, List<Relation> Relations);

    /// <summary>Unknown counts joined by the relations they share; a count in no relation is a component of its own.</summary>
    private static List<Component> Components(DisclosureProblem problem, bool[] known)
    {
        var parent = Enumerable.Range(0, problem.Variables.Count).ToArray();
        int Find(int x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }
        var active = problem.Relations.Where(r => r.Terms.Any(t => !known[t.Variable])).ToList();
        foreach (var relation in active)
        {
            var unknown = relation.Terms.Where(t => !known[t.Variable]).Select(t => t.Variable).ToList();
            foreach (var v in unknown.Skip(1)) parent[Find(v)] = Find(unknown[0]);
        }
        var byRoot = new Dictionary<int, Component>();
        foreach (var v in problem.Variables.Where(v => !known[v.Id]))
        {
            var root = Find(v.Id);
            if (!byRoot.TryGetValue(root, out var c)) byRoot[root] = c = new Component([], []);
            c.Variables.Add(v.Id);
        }
        foreach (var relation in active)
            byRoot[Find(relation.Terms.First(t => !known[t.Variable]).Variable)].Relations.Add(relation);
        return byRoot.Values.ToList();
    }

    /// <summary>
    /// The range of each target, or enough of it: a count whose true value t can also be t + 5 (or anything
    /// six whole numbers wide) is safe whatever else is true. Solving for the sum of the open targets first
    /// settles most of them in a few programmes; only the rest get their own minimum and maximum.
    /// </summary>
    private static IEnumerable<CountRange> Ranges(DisclosureProblem problem, bool[] known, Component component, List<int> targets)
    {
        using var solver = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("The GLOP linear solver is not available.");
        // A finite ceiling keeps every programme bounded; a count that reaches it is as good as unbounded.
        var ceiling = 10.0 * component.Variables.Max(v => problem.Variables[v].TrueValue) + 1000;
        var x = component.Variables.ToDictionary(v => v, v => solver.MakeNumVar(0, ceiling, $"x{v}"));
        var constraints = new List<(Relation Relation, Constraint Constraint)>();
        foreach (var relation in component.Relations)
        {
            // Shown counts move to the right-hand side: sum(unknown) = -sum(known).
            var constant = -relation.Terms.Where(t => known[t.Variable]).Sum(t => (double)t.Coefficient * problem.Variables[t.Variable].TrueValue);
            var constraint = solver.MakeConstraint(constant, constant, $"r{relation.Id}");
            foreach (var (v, c) in relation.Terms.Where(t => !known[t.Variable])) constraint.SetCoefficient(x[v], c);
            constraints.Add((relation, constraint));
        }
        var low = targets.ToDictionary(v => v, v => (double)problem.Variables[v].TrueValue);
        var high = targets.ToDictionary(v => v, v => (double)problem.Variables[v].TrueValue);
        bool Wide(int v) => WholeNumbersIn(low[v], high[v]) >= MinimumWholeNumbers;
        var objective = solver.Objective();

        var binding = new Dictionary<int, HashSet<int>>();

        bool Witness(IEnumerable<int> vars, bool maximise)
        {
            objective.Clear();
            foreach (var v in vars) objective.SetCoefficient(x[v], 1);
            objective.SetOptimizationDirection(maximise);
            if (solver.Solve() != Solver.ResultStatus.OPTIMAL) return false;
            foreach (var v in targets)
            {
                var value = x[v].SolutionValue();
                low[v] = Math.Min(low[v], value);
                high[v] = Math.Max(high[v], value);
            }
            return true;
        }

        // The relations with a dual value in the programme just solved: those holding the extreme where it is.
        void NoteBinding(int v)
        {
            if (!binding.TryGetValue(v, out var relations)) binding[v] = relations = [];
            foreach (var (relation, constraint) in constraints)
                if (Math.Abs(constraint.DualValue()) > 1e-9) relations.Add(relation.Id);
        }

        for (var batch = 0; batch < 4; batch++)
        {
            var open = targets.Where(v => !Wide(v)).ToList();
            if (open.Count == 0) break;
            var before = open.Count;
            Witness(open, maximise: true);
            Witness(open.Where(v => !Wide(v)), maximise: false);
            if (targets.Count(v => !Wide(v)) == before) break;
        }
        foreach (var v in targets.Where(v => !Wide(v)).ToList())
        {
            if (Witness([v], maximise: true) && !Wide(v)) NoteBinding(v);
            if (!Wide(v) && Witness([v], maximise: false) && !Wide(v)) NoteBinding(v);
        }
        foreach (var target in targets)
        {
            var variable = problem.Variables[target];
            var max = high[target] >= ceiling - 1e-6 ? double.PositiveInfinity : high[target];
            var pinning = Wide(target) ? [] : component.Relations.Where(r => r.Terms.Any(t => t.Variable == target)).Select(r => r.Name).Take(6).ToList();
            yield return new CountRange(target, variable.Name, variable.TrueValue, Math.Max(0, low[target]), max, pinning)
            {
                Binding = Wide(target) || !binding.TryGetValue(target, out var relations) ? [] : [.. relations.Order()],
            };
        }
    }

    private static int WholeNumbersIn(double min, double max) => (int)Math.Floor(max + 1e-6) - (int)Math.Ceiling(min - 1e-6) + 1;
}
