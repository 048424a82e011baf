using CorporateParenting.Ssda903.Tables;
using static CorporateParenting.Ssda903.Rules.Catalogue.Periods;
using static CorporateParenting.Ssda903.Tables.TableKind;

namespace CorporateParenting.Ssda903.Rules.Catalogue;

/// <summary>
/// Rules within the social worker episodes table (new in 2023-24). The social worker reporting year is the
/// collection year, 1 April to 31 March.
/// </summary>
internal static class SocialWorkerRules
{
    /// <summary>The table began on 1 April 2023: episodes that began earlier may have no reason for the change.</summary>
    private static readonly DateOnly ReasonsCollectedFrom = new(2023, 4, 1);

    private static string S(RuleContext c, int i, string column) => c.Cell(SWEpisodes, i, column);
    private static DateOnly? Began(RuleContext c, int i) => c.Dates(SWEpisodes, "SW_DECOM")[i];
    private static DateOnly? Ended(RuleContext c, int i) => c.Dates(SWEpisodes, "SW_DEC")[i];

    /// <summary>No reason, where one is required (an episode with no start date counts as recent).</summary>
    private static bool ReasonMissing(RuleContext c, int i) => !c.Given(SWEpisodes, i, "SW_REASON") && !(Began(c, i) < ReasonsCollectedFrom);

    /// <summary>
    /// The child's episodes (a group of <c>ChildRowsOf(SWEpisodes)</c>, as a ChildRule is given) in order of start (blank
    /// last), then of end (open last): sorted once for all the rules.
    /// </summary>
    private static IReadOnlyList<int> Ordered(RuleContext c, IReadOnlyList<int> rows) =>
        rows.Count < 2 ? rows : c.ChildRowsInOrder(SWEpisodes, "SW_DECOM", "SW_DEC")[c.ChildRowsOf(SWEpisodes).GroupOfRow(rows[0])];

    private static IEnumerable<int> EndedWithoutSuccessor(RuleContext c, IReadOnlyList<int> rows)
    {
        var ordered = Ordered(c, rows);
        for (var k = 0; k < ordered.Count; k++)
        {
            if (Ended(c, ordered[k]) is not { } end || end >= c.End) continue;
            var gap = k + 1 < ordered.Count ? !(Began(c, ordered[k + 1]) <= end) : c.LookedAfterAt31March(SWEpisodes, ordered[k]);
            if (gap) yield return ordered[k];
        }
    }

    public static IEnumerable<IRule> All() =>
    [
        new RowRule("SW02STG1", SWEpisodes, (c, i) => S(c, i, "SW_ID") is { Length: > 0 } id
            && !id.StartsWith("SW", StringComparison.Ordinal) && !id.StartsWith("XX", StringComparison.Ordinal)),
        new RowRule("SW03STG1", SWEpisodes, (c, i) => !c.Given(SWEpisodes, i, "SW_ID") || !c.Given(SWEpisodes, i, "SW_DECOM") || ReasonMissing(c, i)),
        // Every episode has a start (blank fails here as in SW03); a blank end date is an open episode. No partial (ZZ) dates.
        DateRules.Valid("SW04STG1", SWEpisodes, "SW_DECOM"),
        DateRules.Valid("SW05STG1", SWEpisodes, "SW_DEC", blankAllowed: true),
        new RowRule("SW06STG2", SWEpisodes, (c, i) => Began(c, i) > c.End),
        new RowRule("SW07STG2", SWEpisodes, (c, i) => Ended(c, i) is { } end && (end < c.Start || end > c.End)),
        // Dates carry no time: ending on (or before) the day it began is less than a day.
        new RowRule("SW09STG2", SWEpisodes, (c, i) => Ended(c, i) is { } end && end <= Began(c, i)),
        new RowRule("SW13STG1", SWEpisodes, (c, i) => S(c, i, "SW_REASON") is { Length: > 0 } reason ? !CodeSets.IsValid("SW_REASON", reason, c.Year) : ReasonMissing(c, i)),
        // An episode that began in the year is a change of social worker in the year.
        new RowRule("SW15STG2", SWEpisodes, (c, i) => !c.Given(SWEpisodes, i, "SW_REASON") && Began(c, i) >= c.Start),

        // One child's episodes in order. The DfE lists the open-then-new check twice: SW108 and SW14 both report the open episode.
        OpenBeforeLater("SW108STG2", SWEpisodes, "SW_DECOM", "SW_DEC"),
        OpenBeforeLater("SW14STG2", SWEpisodes, "SW_DECOM", "SW_DEC"),
        // SW10: the DfE's logic gives the handover a week's grace either way: the next episode starts within 7 days of the
        // previous end (episodes in order of start, then end; an open previous episode is SW108's).
        PairRule.Later("SW10STG2", SWEpisodes, (c, p) => Ended(c, p.This) is { } end && Began(c, p.Next) is { } next
            && (next < end.AddDays(-7) || next > end.AddDays(7)), orderBy: "SW_DECOM", thenBy: "SW_DEC"),
        // SW11: ended before 31 March and the next episode does not take over that day (a gap); or the child's last episode
        // ended before 31 March although the child is still looked after then (a social worker is allocated while in care).
        new ChildRule("SW11STG2", SWEpisodes, EndedWithoutSuccessor),
    ];
}
