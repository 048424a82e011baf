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

    public IEnumerable<(TableKind Table, int RowIndex)> Failures(RuleContext context)
    {
        if (table == TableKind.Episodes)
        {
            foreach (var rows in context.EpisodesByChild())
                foreach (var row in failingRows(context, rows)) yield return (table, row);
            yield break;
        }
        foreach (var group in context.ChildRowsOf(table).Groups)
            foreach (var row in failingRows(context, group.Rows)) yield return (table, row);
    }
}
