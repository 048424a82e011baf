using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Rules.Catalogue;

/// <summary>
/// One child's dated spells in one table (social worker episodes, missing spells, decisions to place for adoption),
/// taken in order of their start dates, as the DfE compares each spell with the one before it.
/// </summary>
internal static class Periods
{
    /// <summary>The child's rows in order of start date (rows without a valid start last), as consecutive pairs.</summary>
    public static (int This, int Next)[] Pairs(RuleContext c, TableKind table, string start, IReadOnlyList<int> rows)
    {
        if (rows.Count < 2) return [];
        var starts = c.Dates(table, start);
        return RowPairs.Consecutive(RowPairs.StableSort(rows, (a, b) => (starts[a] ?? DateOnly.MaxValue).CompareTo(starts[b] ?? DateOnly.MaxValue)));
    }

    /// <summary>A spell left open although a later one follows it: the open one is reported.</summary>
    public static PairRule OpenBeforeLater(string code, TableKind table, string start, string end) =>
        PairRule.Earlier(code, table, (c, p) => c.Cell(table, p.This, end).Length == 0, orderBy: start);

    /// <summary>
    /// A spell starting before the one before it ended, or (when <paramref name="whileOpen"/>) while that one is still open:
    /// the later one is reported. Starting on the day the previous one ended is no overlap.
    /// </summary>
    public static PairRule StartsBeforePreviousEnds(string code, TableKind table, string start, string end, bool whileOpen) =>
        PairRule.Later(code, table, (c, p) => c.Dates(table, start)[p.Next] is { } next
            && (c.Cell(table, p.This, end).Length == 0 ? whileOpen : next < c.Dates(table, end)[p.This]), orderBy: start);
}
