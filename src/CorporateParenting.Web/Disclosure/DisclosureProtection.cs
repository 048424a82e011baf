namespace CorporateParenting.Web.Disclosure;

/// <summary>
/// Decides which rows a restricted viewer is shown as "c": primary suppression of small counts, then
/// secondary suppression driven by the attacker's audit. While any hidden count can be narrowed to fewer
/// than six values, the cheapest shown count in a relation that pins it is hidden too (everywhere it is
/// shown, so equal cells are suppressed alike); zeros and empty cohorts are never chosen, because an
/// attacker knows them. Stops when the audit passes, which it must: in the end everything can be hidden.
/// </summary>
public static class DisclosureProtection
{
    public static bool[] Protect(DisclosureProblem problem, Action<string>? log = null)
    {
        var hidden = problem.Rows.Select(r => r.Primary).ToArray();
        var rowsShowing = problem.Variables.Select(_ => new List<ShownRow>()).ToArray();
        foreach (var row in problem.Rows) foreach (var v in row.Shows) rowsShowing[v].Add(row);
        var relationsOf = problem.Variables.Select(_ => new List<Relation>()).ToArray();
        foreach (var relation in problem.Relations) foreach (var (v, _) in relation.Terms) relationsOf[v].Add(relation);

        var wide = new HashSet<int>();
        for (var round = 0; round <= problem.Rows.Count; round++)
        {
            var audit = DisclosureAudit.Run(problem, hidden, wide);
            log?.Invoke($"round {round}: {hidden.Count(h => h)} rows hidden, {audit.Hidden.Count} hidden counts audited, {audit.Failures.Count} failures");
            if (audit.Passed) return hidden;
            wide.UnionWith(audit.Hidden.Where(h => h.WholeNumbers >= DisclosureAudit.MinimumWholeNumbers).Select(h => h.Variable));
            var handled = new HashSet<int>();
            var progress = false;
            foreach (var failure in audit.Failures)
            {
                var target = failure.Range.Variable;
                if (failure.ShownDirectly) { progress |= HideEverywhere(target, rowsShowing, hidden); continue; }
                var binding = failure.Range.Binding;
                if ((binding.Count > 0 ? binding : relationsOf[target].Select(r => r.Id)).Any(handled.Contains)) continue;   // a fix this round may already cover it
                var complement = BindingComplement(problem, binding, hidden, rowsShowing, relationsOf, handled)
                                 ?? CheapestComplement(problem, target, hidden, rowsShowing, relationsOf, handled);
                if (complement is { } c) progress |= HideEverywhere(c, rowsShowing, hidden);
            }
            if (!progress)
            {
                // Nothing cheap left to hide in any pinning relation: hide the rows that show the pinned count itself.
                foreach (var failure in audit.Failures) HideEverywhere(failure.Range.Variable, rowsShowing, hidden);
                if (audit.Failures.All(f => rowsShowing[f.Range.Variable].All(r => hidden[r.Id]))) return hidden;
            }
        }
        return hidden;
    }

    private const double AloneCost = 10_000;

    private static bool HideEverywhere(int variable, List<ShownRow>[] rowsShowing, bool[] hidden)
    {
        var changed = false;
        foreach (var row in rowsShowing[variable].Where(r => !hidden[r.Id])) hidden[row.Id] = changed = true;
        return changed;
    }

    /// <summary>
    /// The cheapest shown count in a relation that holds the pinned count at its extreme (the programme's binding
    /// relations): freeing one of those is what can widen the range, where a count merely near it in the relations may not.
    /// </summary>
    private static int? BindingComplement(DisclosureProblem problem, IReadOnlyList<int> binding, bool[] hidden, List<ShownRow>[] rowsShowing, List<Relation>[] relationsOf, HashSet<int> handled)
    {
        if (binding.Count == 0) return null;
        var relations = binding.Select(id => problem.Relations[id]).ToList();
        return Cheapest(problem, relations, hidden, rowsShowing, relationsOf, handled, allowHeadlines: false)
               ?? Cheapest(problem, relations, hidden, rowsShowing, relationsOf, handled, allowHeadlines: true);
    }

    /// <summary>
    /// Breadth-first from the pinned count through the relations of the hidden counts beside it, the first
    /// shown, non-zero count found at the least cost.
    /// </summary>
    private static int? CheapestComplement(DisclosureProblem problem, int target, bool[] hidden, List<ShownRow>[] rowsShowing, List<Relation>[] relationsOf, HashSet<int> handled) =>
        // A headline is the board's first figure: look through every linked relation for anything else first.
        CheapestComplement(problem, target, hidden, rowsShowing, relationsOf, handled, allowHeadlines: false)
        ?? CheapestComplement(problem, target, hidden, rowsShowing, relationsOf, handled, allowHeadlines: true);

    private static int? CheapestComplement(DisclosureProblem problem, int target, bool[] hidden, List<ShownRow>[] rowsShowing, List<Relation>[] relationsOf, HashSet<int> handled, bool allowHeadlines)
    {
        var seen = new HashSet<int> { target };
        var frontier = new List<int> { target };
        while (frontier.Count > 0)
        {
            var relations = frontier.SelectMany(v => relationsOf[v]).DistinctBy(r => r.Id).ToList();
            if (Cheapest(problem, relations, hidden, rowsShowing, relationsOf, handled, allowHeadlines) is { } best) return best;
            frontier = relations.SelectMany(r => r.Terms.Select(t => t.Variable)).Where(v => !IsShown(problem, v, hidden, rowsShowing) && seen.Add(v)).ToList();
        }
        return null;
    }

    private static bool IsShown(DisclosureProblem problem, int v, bool[] hidden, List<ShownRow>[] rowsShowing) =>
        !problem.Variables[v].AlwaysKnown && rowsShowing[v].Any(r => !hidden[r.Id]);

    /// <summary>The shown, non-zero count in these relations whose hiding costs least; those of the relations it is in are marked handled.</summary>
    private static int? Cheapest(DisclosureProblem problem, List<Relation> relations, bool[] hidden, List<ShownRow>[] rowsShowing, List<Relation>[] relationsOf, HashSet<int> handled, bool allowHeadlines)
    {
        bool Shown(int v) => IsShown(problem, v, hidden, rowsShowing);
        // Looking one step ahead: a complement that would be the only hidden count of another relation is
        // pinned by it at once, and hiding it only moves the failure.
        // What the board loses: every row that shows the count goes, and a big count is worth more than a small one.
        double Cost(int v) => rowsShowing[v].Where(r => !hidden[r.Id]).Sum(r => r.Cost + problem.Variables[v].TrueValue);
        int AloneIn(int v) => relationsOf[v].Count(r => r.Terms.All(t => t.Variable == v || Shown(t.Variable) || problem.Variables[t.Variable].AlwaysKnown));
        var best = relations.SelectMany(r => r.Terms.Select(t => t.Variable))
            .Where(v => Shown(v) && problem.Variables[v].TrueValue > 0 && (allowHeadlines || rowsShowing[v].All(r => r.Cost < IndicatorDisclosure.HeadlineCost)))
            .Distinct()
            .Select(v => (Variable: v, Cost: Cost(v) + AloneCost * AloneIn(v)))
            .OrderBy(c => c.Cost).ThenBy(c => c.Variable)
            .Select(c => (int?)c.Variable).FirstOrDefault();
        if (best is { } chosen) foreach (var r in relations.Where(r => r.Terms.Any(t => t.Variable == chosen))) handled.Add(r.Id);
        return best;
    }
}
