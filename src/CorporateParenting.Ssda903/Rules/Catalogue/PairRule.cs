using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Rules.Catalogue;

/// <summary>
/// A rule over each pair of consecutive rows of a child (episodes in order of DECOM, other tables in file order) that
/// reports one row of each pair that fails. No array, iterator or closure is made per child: written as LINQ over each
/// child's pairs, the pairwise rules allocated a dozen megabytes each at England's size.
/// </summary>
internal sealed class PairRule : IRule
{
    private readonly TableKind _table;
    private readonly Func<RuleContext, int, int, bool> _fails;
    private readonly bool _reportsLater;
    private readonly string? _orderBy, _thenBy;

    private PairRule(string code, TableKind table, Func<RuleContext, int, int, bool> fails, bool reportsLater, string? orderBy, string? thenBy = null)
    {
        // Episodes go in order of DECOM; other tables in file order unless a date is given.
        _orderBy = orderBy ?? (table == TableKind.Episodes ? "DECOM" : null);
        _thenBy = thenBy;
        Code = code;
        _table = table;
        _fails = fails;
        _reportsLater = reportsLater;
    }

    public string Code { get; }

    /// <summary>
    /// Reports the later row of a failing pair (pairs in order of the date column <paramref name="orderBy"/>, then of
    /// <paramref name="thenBy"/>, when given).
    /// </summary>
    public static PairRule Later(string code, TableKind table, Func<RuleContext, (int This, int Next), bool> fails, string? orderBy = null, string? thenBy = null) =>
        new(code, table, (c, earlier, later) => fails(c, (earlier, later)), reportsLater: true, orderBy, thenBy);

    /// <summary>Reports the earlier row of a failing pair (pairs in order of the date column <paramref name="orderBy"/>, when given).</summary>
    public static PairRule Earlier(string code, TableKind table, Func<RuleContext, (int This, int Next), bool> fails, string? orderBy = null) =>
        new(code, table, (c, earlier, later) => fails(c, (earlier, later)), reportsLater: false, orderBy);

    /// <summary>Reports a row whose pair with the row before it fails.</summary>
    public static PairRule AfterPrevious(string code, TableKind table, Func<RuleContext, (int Previous, int This), bool> fails) =>
        new(code, table, (c, earlier, later) => fails(c, (earlier, later)), reportsLater: true, orderBy: null);

    public IEnumerable<(TableKind Table, int RowIndex)> Failures(RuleContext context)
    {
        var failures = new List<(TableKind, int)>();
        void Check(IReadOnlyList<int> rows)
        {
            for (var k = 0; k + 1 < rows.Count; k++)
                if (_fails(context, rows[k], rows[k + 1])) failures.Add((_table, _reportsLater ? rows[k + 1] : rows[k]));
        }
        foreach (var rows in _orderBy is null ? context.ChildRowsOf(_table).GroupRows : context.ChildRowsInOrder(_table, _orderBy, _thenBy)) Check(rows);
        return failures;
    }
}
