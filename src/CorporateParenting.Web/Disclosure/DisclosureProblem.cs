namespace CorporateParenting.Web.Disclosure;

/// <summary>
/// Everything a restricted viewer could combine, written as an attacker would: the true counts
/// (variables), the published rows that show them, and the linear relations between counts that the
/// attacker knows (groups add up to the whole, one indicator's headline is cells of another's
/// breakdown, stock and flow across years). The same model serves the protection (which rows to hide)
/// and the audit (how far a hidden count can be narrowed), for every aggregate the Hub publishes.
/// </summary>
public sealed class DisclosureProblem
{
    private readonly List<CountVariable> _variables = [];
    private readonly List<Relation> _relations = [];
    private readonly List<ShownRow> _rows = [];
    private readonly HashSet<string> _relationKeys = [];

    public IReadOnlyList<CountVariable> Variables => _variables;
    public IReadOnlyList<Relation> Relations => _relations;
    public IReadOnlyList<ShownRow> Rows => _rows;

    /// <summary>A true count. <paramref name="alwaysKnown"/> for counts anyone can infer (an empty cohort, a structural zero).</summary>
    public int AddVariable(int trueValue, string name, bool alwaysKnown = false)
    {
        _variables.Add(new CountVariable(_variables.Count, trueValue, name, alwaysKnown));
        return _variables.Count - 1;
    }

    /// <summary>Sum of coefficient x count = 0. The same relation added twice is kept once.</summary>
    public void AddRelation(string name, IEnumerable<(int Variable, int Coefficient)> terms)
    {
        var merged = terms.GroupBy(t => t.Variable).Select(g => (Variable: g.Key, Coefficient: g.Sum(t => t.Coefficient)))
            .Where(t => t.Coefficient != 0).OrderBy(t => t.Variable).ToList();
        if (merged.Count < 2) return;   // "x = 0" or "0 = 0" is no relation between counts
        var sign = merged[0].Coefficient < 0 ? -1 : 1;
        var key = string.Join(' ', merged.Select(t => $"{t.Coefficient * sign}x{t.Variable}"));
        if (!_relationKeys.Add(key)) return;
        _relations.Add(new Relation(_relations.Count, name, merged));
    }

    /// <summary>
    /// A published row: the counts it shows, whether primary suppression hides it, and what hiding it
    /// costs (hiding a headline costs the board most).
    /// </summary>
    public int AddRow(string name, IReadOnlyList<int> shows, bool primary, double cost)
    {
        _rows.Add(new ShownRow(_rows.Count, name, shows, primary, cost));
        return _rows.Count - 1;
    }
}

public sealed record CountVariable(int Id, int TrueValue, string Name, bool AlwaysKnown);

public sealed record Relation(int Id, string Name, IReadOnlyList<(int Variable, int Coefficient)> Terms);

public sealed record ShownRow(int Id, string Name, IReadOnlyList<int> Shows, bool Primary, double Cost);
