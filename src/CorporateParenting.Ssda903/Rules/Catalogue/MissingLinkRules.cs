using CorporateParenting.Ssda903.Tables;
using static CorporateParenting.Ssda903.Tables.TableKind;

namespace CorporateParenting.Ssda903.Rules.Catalogue;

/// <summary>
/// Missing and away-from-placement spells against the child's episodes and periods of care. A spell of a child with no
/// dated episode is left to the integrity checks; a spell without a valid start is 1004's.
/// </summary>
internal static class MissingLinkRules
{
    private static string M(RuleContext c, int i, string column) => c.Cell(Missing, i, column);
    private static DateOnly? Began(RuleContext c, int i) => c.Dates(Missing, "MIS_START")[i];
    private static bool Open(RuleContext c, int i) => !c.Given(Missing, i, "MIS_END");
    private static CarePeriod[] Periods(RuleContext c, int i) => c.CarePeriodsOf(M(c, i, "CHILD"));

    /// <summary>The spell began outside every period of care of a child who has one.</summary>
    private static bool OutsideCare(RuleContext c, int i, out CarePeriod[] periods)
    {
        periods = Periods(c, i);
        return Began(c, i) is { } start && periods.Length > 0 && !periods.Any(p => p.Contains(start));
    }

    public static IEnumerable<IRule> All() =>
    [
        // 575: still open although an episode (placement) it began in has ended.
        new RowRule("575", Missing, (c, i) => Open(c, i) && Began(c, i) is { } start
            && c.RowsOfChild(Episodes, Missing, i).Any(e => c.Dates(Episodes, "DECOM")[e] <= start && start <= c.Dates(Episodes, "DEC")[e])),
        // 577: still open, but no period of care that it began in is still open: the child has ceased to be looked after.
        new RowRule("577", Missing, (c, i) => Open(c, i) && Began(c, i) is { } start && Periods(c, i) is { Length: > 0 } periods
            && !periods.Any(p => p.End is null && p.Start <= start)),
        // 578: began outside care, after a period of care had ended. 581: began outside care, before a period of care began.
        // A spell between two periods is both.
        new RowRule("578", Missing, (c, i) => OutsideCare(c, i, out var periods) && periods.Any(p => p.End < Began(c, i))),
        new RowRule("581", Missing, (c, i) => OutsideCare(c, i, out var periods) && periods.Any(p => p.Start > Began(c, i))),
        new LinkedRule("580", MissingWhenLeftCareAt18),
    ];

    /// <summary>
    /// 580: a spell closed on the 18th birthday (where spells of children still missing are closed) on the day an episode
    /// ended: the child left care while missing, so the episode's REC should be E8. The episode is reported.
    /// </summary>
    private static IEnumerable<(TableKind, int)> MissingWhenLeftCareAt18(RuleContext c)
    {
        var dob = c.Dates(Missing, "DOB");
        var ended = c.Dates(Missing, "MIS_END");
        var dec = c.Dates(Episodes, "DEC");
        var missing = c[Missing];
        for (var i = 0; i < missing.Count; i++)
        {
            if (dob[i] is not { } born || ended[i] is not { } end || end != Model.Dates.Birthday(born, born.Year + 18)) continue;
            foreach (var episode in c.RowsOfChild(Episodes, Missing, i))
                if (dec[episode] == end && c.Cell(Episodes, episode, "REC") != "E8") yield return (Episodes, episode);
        }
    }
}
