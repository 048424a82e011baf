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
        // A plain loop: one child's failures at a time, without a chain of enumerators over every child.
        var failures = new List<(TableKind, int)>();
        if (table == TableKind.Episodes)
            foreach (var rows in context.EpisodesByChild())
                foreach (var i in failingRows(context, rows)) failures.Add((table, i));
        else
            foreach (var group in context.ChildRowsOf(table).Groups)
                foreach (var i in failingRows(context, group.Rows)) failures.Add((table, i));
        return failures;
    }
}
