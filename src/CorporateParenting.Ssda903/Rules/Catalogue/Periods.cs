using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Rules.Catalogue;

/// <summary>
/// One child's dated spells in one table (social worker episodes, missing spells, decisions to place for adoption),
/// taken in order of their start dates, as the DfE compares each spell with the one before it.
/// </summary>
internal static class Periods
{
    /// <summary>A spell left open although a later one follows it: the open one is reported.</summary>
    public static PairRule OpenBeforeLater(string code, TableKind table, string start, string end) =>
        PairRule.Earlier(code, table, (c, p) => !c.Given(table, p.This, end), orderBy: start);

    /// <summary>
    /// A spell starting before the one before it ended, or (when <paramref name="whileOpen"/>) while that one is still open:
    /// the later one is reported. Starting on the day the previous one ended is no overlap.
    /// </summary>
    public static PairRule StartsBeforePreviousEnds(string code, TableKind table, string start, string end, bool whileOpen) =>
        PairRule.Later(code, table, (c, p) => c.Dates(table, start)[p.Next] is { } next
            && (!c.Given(table, p.This, end) ? whileOpen : next < c.Dates(table, end)[p.This]), orderBy: start);
}
