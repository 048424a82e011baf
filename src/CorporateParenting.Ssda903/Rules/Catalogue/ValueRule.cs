using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Rules.Catalogue;

/// <summary>
/// A rule that judges each row of one table by one cell alone (a code of its code set, a date that parses): asked once
/// per distinct value of the column, not once per row. A column of 200,000 rows holds a few dozen codes or a few
/// thousand dates, and asking per row cost more than the rest of such a rule's work.
/// </summary>
internal sealed class ValueRule(string code, TableKind table, string field, Func<RuleContext, string, bool> fails) : IRule
{
    public string Code { get; } = code;

    public IEnumerable<(TableKind Table, int RowIndex)> Failures(RuleContext context)
    {
        var rows = context[table];
        var (cells, values) = rows.Column(rows.IndexOf(field));
        var failing = new bool[values.Length];
        var any = false;
        for (var v = 0; v < values.Length; v++) any |= failing[v] = fails(context, values[v]);
        var failures = new List<(TableKind, int)>();
        if (!any) return failures;
        for (var i = 0; i < rows.Count; i++)
            if (failing[cells[i]]) failures.Add((table, i));
        return failures;
    }
}
