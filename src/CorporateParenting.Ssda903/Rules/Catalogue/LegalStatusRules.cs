using static CorporateParenting.Ssda903.Rules.Catalogue.EpisodeHelpers;
using static CorporateParenting.Ssda903.Rules.Catalogue.RuleHelpers;
using static CorporateParenting.Ssda903.Tables.TableKind;

namespace CorporateParenting.Ssda903.Rules.Catalogue;

/// <summary>Legal status rules: time limits of short orders, short breaks, freeing orders.</summary>
internal static class LegalStatusRules
{
    private const int RespiteDaysAYear = 75;

    private static string E(RuleContext c, int i, string column) => c.Cell(Episodes, i, column);

    public static IEnumerable<IRule> All() =>
    [
        // Time limits of the Children Act 1989 and PACE, over chained episodes with the same status.
        LastsAtMost("361", "L1", 3),
        LastsAtMost("362", "L2", 21),
        LastsAtMost("363", "L3", 7),
        LastsAtMost("364", "J2", 21),
        new ChildRule("367", Episodes, (c, rows) => RespiteDays(c, rows) > RespiteDaysAYear ? rows.Where(r => E(c, r, "LS") == "V3" && DaysInYear(c, r) > 0) : []),
        // 426: a child's short breaks are either V3 (each break) or V4 (the agreement), not both in one year.
        new ChildRule("426", Episodes, (c, rows) => rows.Any(r => E(c, r, "LS") == "V3") && rows.Any(r => E(c, r, "LS") == "V4") ? rows.Where(r => IsShortBreak(E(c, r, "LS"))) : []),
        new RowRule("451", Episodes, (c, i) => E(c, i, "LS") == "D1" && !c.Given(Episodes, i, "DEC") && !c.Given(Episodes, i, "REC")),
        // 398 and 420: no postcodes, hence no distance or LA of placement, for short breaks.
        new RowRule("398", Episodes, (c, i) => IsShortBreak(E(c, i, "LS")) && (c.Given(Episodes, i, "HOME_POST") || c.Given(Episodes, i, "PL_POST"))),
        new RowRule("420", Episodes, (c, i) => IsShortBreak(E(c, i, "LS")) && HasPlacementLa(c, i)),
    ];

    private static ChildRule LastsAtMost(string code, string ls, int days) =>
        // Children without the status are answered without an enumerator each.
        new(code, Episodes, (c, rows) => HasStatus(c, rows, ls) ? LegalStatusRuns(c, rows, ls).Where(run => run.Days > days).SelectMany(run => run.Rows) : []);

    private static int RespiteDays(RuleContext c, IReadOnlyList<int> rows)
    {
        var days = 0;
        foreach (var r in rows)
            if (E(c, r, "LS") == "V3") days = checked(days + Math.Max(0, DaysInYear(c, r)));
        return days;
    }

    /// <summary>Days of the episode inside the collection year (an open episode runs to 31 March).</summary>
    private static int DaysInYear(RuleContext c, int row)
    {
        if (c.Dates(Episodes, "DECOM")[row] is not { } start) return 0;
        var end = c.Dates(Episodes, "DEC")[row] is { } d && d < c.End ? d : c.End;
        return end.DayNumber - (start > c.Start ? start : c.Start).DayNumber;
    }
}
