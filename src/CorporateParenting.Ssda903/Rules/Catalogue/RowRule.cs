using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Rules.Catalogue;

/// <summary>A rule that judges each row of one table on its own.</summary>
internal sealed class RowRule(string code, TableKind table, Func<RuleContext, int, bool> fails) : IRule
{
    public string Code { get; } = code;

    public IEnumerable<(TableKind Table, int RowIndex)> Failures(RuleContext context)
    {
        var count = context[table].Count;
        for (var i = 0; i < count; i++)
            if (fails(context, i)) yield return (table, i);
    }
}

/// <summary>A rule over one child's rows of one table together (duplicates, sequences of episodes).</summary>
internal sealed class ChildRule(string code, TableKind table, Func<RuleContext, IReadOnlyList<int>, IEnumerable<int>> failingRows) : IRule
{
    public string Code { get; } = code;

    public IEnumerable<(TableKind Table, int RowIndex)> Failures(RuleContext context) =>
        (table == TableKind.Episodes ? context.EpisodesByChild() : context.ChildRowsOf(table).Groups.Select(g => (IReadOnlyList<int>)g.Rows))
            .SelectMany(rows => failingRows(context, rows)).Select(i => (table, i));
}
