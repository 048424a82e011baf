using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Rules.Catalogue;

/// <summary>
/// A rule that compares this year's return with last year's. When last year's return is not loaded, or lacks a
/// table the rule reads, the rule reports nothing: a missing year is no evidence of an error.
/// </summary>
internal sealed class LastYearRule(string code, TableKind[] lastYearTables, Func<RuleContext, IEnumerable<(TableKind Table, int RowIndex)>> failures) : IRule
{
    public string Code { get; } = code;

    public IEnumerable<(TableKind Table, int RowIndex)> Failures(RuleContext context) =>
        context.HasLastYear(lastYearTables) ? failures(context) : [];

    /// <summary>Each row of one of this year's tables judged on its own against last year.</summary>
    public static LastYearRule Rows(string code, TableKind table, TableKind[] lastYearTables, Func<RuleContext, int, bool> fails) =>
        new(code, lastYearTables, c => Enumerable.Range(0, c[table].Count).Where(i => fails(c, i)).Select(i => (table, i)));

    /// <summary>Each child's first row of this year's table (earliest valid date) judged against the child's latest row of last year's.</summary>
    public static LastYearRule FirstAgainstLatest(string code, TableKind table, string dateColumn, Func<RuleContext, int, int, bool> fails) =>
        new(code, [table], c =>
        {
            // The (first, latest) pairs are matched once per table and shared by the fifteen rules that compare them.
            var failing = new List<(TableKind, int)>();
            foreach (var (first, last) in c.FirstAgainstLatest(table, dateColumn))
                if (fails(c, first, last)) failing.Add((table, first));
            return failing;
        });
}
