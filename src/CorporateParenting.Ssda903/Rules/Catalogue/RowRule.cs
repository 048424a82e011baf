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
/// <param name="minRows">Children with fewer rows cannot fail the rule and are not asked about (for rules over consecutive rows).</param>
internal sealed class ChildRule(string code, TableKind table, Func<RuleContext, IReadOnlyList<int>, IEnumerable<int>> failingRows, int minRows = 1) : IRule
{
    public string Code { get; } = code;

    /// <summary>A rule over consecutive pairs of a child's rows: a child with one row has no pair and is skipped without calling it.</summary>
    public static ChildRule Pairwise(string code, TableKind table, Func<RuleContext, IReadOnlyList<int>, IEnumerable<int>> failingRows) =>
        new(code, table, failingRows, minRows: 2);

    public IEnumerable<(TableKind Table, int RowIndex)> Failures(RuleContext context)
    {
        // A plain loop: one child's failures at a time, without a chain of enumerators over every child.
        var failures = new List<(TableKind, int)>();
        if (table == TableKind.Episodes)
            foreach (var rows in context.EpisodesByChild())
            {
                if (rows.Count < minRows) continue;
                foreach (var i in failingRows(context, rows)) failures.Add((table, i));
            }
        else
            foreach (var rows in context.ChildRowsOf(table).GroupRows)
            {
                if (rows.Length < minRows) continue;
                foreach (var i in failingRows(context, rows)) failures.Add((table, i));
            }
        return failures;
    }
}
