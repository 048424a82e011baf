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
    private static bool ReasonMissing(RuleContext c, int i) => S(c, i, "SW_REASON").Length == 0 && !(Began(c, i) < ReasonsCollectedFrom);

    public static IEnumerable<IRule> All() =>
    [
        new RowRule("SW02STG1", SWEpisodes, (c, i) => S(c, i, "SW_ID") is { Length: > 0 } id
            && !id.StartsWith("SW", StringComparison.Ordinal) && !id.StartsWith("XX", StringComparison.Ordinal)),
        new RowRule("SW03STG1", SWEpisodes, (c, i) => S(c, i, "SW_ID").Length == 0 || S(c, i, "SW_DECOM").Length == 0 || ReasonMissing(c, i)),
        // Blank start dates are SW03's; a blank end date is an open episode.
        DateRules.Valid("SW04STG1", SWEpisodes, "SW_DECOM", blankAllowed: true),
        DateRules.Valid("SW05STG1", SWEpisodes, "SW_DEC", blankAllowed: true),
        new RowRule("SW06STG2", SWEpisodes, (c, i) => Began(c, i) > c.End),
        new RowRule("SW07STG2", SWEpisodes, (c, i) => Ended(c, i) is { } end && (end < c.Start || end > c.End)),
        // Dates carry no time: ending on (or before) the day it began is less than a day.
        new RowRule("SW09STG2", SWEpisodes, (c, i) => Ended(c, i) is { } end && end <= Began(c, i)),
        new RowRule("SW13STG1", SWEpisodes, (c, i) => S(c, i, "SW_REASON") is { Length: > 0 } reason ? !CodeSets.IsValid("SW_REASON", reason, c.Year) : ReasonMissing(c, i)),
        // An episode that began in the year is a change of social worker in the year.
        new RowRule("SW15STG2", SWEpisodes, (c, i) => S(c, i, "SW_REASON").Length == 0 && Began(c, i) >= c.Start),

        // One child's episodes in order. The DfE lists the open-then-new check twice: SW108 and SW14 both report the open episode.
        OpenBeforeLater("SW108STG2", SWEpisodes, "SW_DECOM", "SW_DEC"),
        OpenBeforeLater("SW14STG2", SWEpisodes, "SW_DECOM", "SW_DEC"),
        StartsBeforePreviousEnds("SW10STG2", SWEpisodes, "SW_DECOM", "SW_DEC", whileOpen: false),
        // SW11: ended before 31 March and the next episode does not take over that day (a gap). A child's last episode may end
        // before 31 March when care ended; whether it did is in Episodes, which SW01/SW12 read.
        new ChildRule("SW11STG2", SWEpisodes, (c, rows) => Pairs(c, SWEpisodes, "SW_DECOM", rows)
            .Where(p => Ended(c, p.This) is { } end && end < c.End && !(Began(c, p.Next) <= end)).Select(p => p.This)),
    ];
}
