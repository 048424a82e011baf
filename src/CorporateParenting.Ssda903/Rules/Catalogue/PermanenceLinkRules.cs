using CorporateParenting.Ssda903.Tables;
using static CorporateParenting.Ssda903.Tables.TableKind;

namespace CorporateParenting.Ssda903.Rules.Catalogue;

/// <summary>The previous permanence table against the episodes.</summary>
internal static class PermanenceLinkRules
{
    /// <summary>Previous permanence has been collected for children starting to be looked after since 1 April 2016.</summary>
    private static readonly DateOnly CollectedFrom = new(2016, 4, 1);

    private static string P(RuleContext c, int i, string column) => c.Cell(PrevPerm, i, column);

    public static IEnumerable<IRule> All() =>
    [
        // 630: a child who started to be looked after in the year needs a previous permanence row with the option, and the
        // authority and date of the order unless there was none (Z1). The starting episode is reported.
        new RowRule("630", Episodes, (c, i) => c.Cell(Episodes, i, "RNE") == "S" && c.Dates(Episodes, "DECOM")[i] is { } start
            && start >= c.Start && start <= c.End && !PermanenceGiven(c, i)),
        new LinkedRule("632", OrderDateInvalidOrAfterCare),
        new LinkedRule("634", PermanenceBefore2016),
    ];

    /// <summary>The child of an episode has previous permanence rows, and each gives the option (and, but for Z1, the LA and date).</summary>
    private static bool PermanenceGiven(RuleContext c, int episode)
    {
        var any = false;
        foreach (var r in c.RowsOfChild(PrevPerm, Episodes, episode))
        {
            any = true;
            if (P(c, r, "PREV_PERM") is not { Length: > 0 } option || option != "Z1" && (!c.Given(PrevPerm, r, "LA_PERM") || !c.Given(PrevPerm, r, "DATE_PERM"))) return false;
        }
        return any;
    }

    /// <summary>
    /// DATE_PERM may hide unknown parts as ZZ, from the left: ZZ/mm/yyyy, ZZ/ZZ/yyyy or ZZ/ZZ/ZZZZ. Returns whether the value
    /// is valid and the earliest day it can mean (null when wholly unknown), so that an order is never judged late by a guess.
    /// </summary>
    public static bool TryEarliestDay(string value, out DateOnly? earliest)
    {
        earliest = null;
        if (value == "ZZ/ZZ/ZZZZ") return true;
        if (value.Length != 10 || value[2] != '/' || value[5] != '/') return false;
        var (day, month, year) = (value[..2], value[3..5], value[6..]);
        if (!int.TryParse(year, out var y) || y < 1 || year.Any(ch => !char.IsAsciiDigit(ch))) return false;
        if (day == "ZZ" && month == "ZZ") { earliest = new DateOnly(y, 1, 1); return true; }
        if (day == "ZZ")
        {
            if (!int.TryParse(month, out var m) || m is < 1 or > 12 || month.Any(ch => !char.IsAsciiDigit(ch))) return false;
            earliest = new DateOnly(y, m, 1);
            return true;
        }
        earliest = Model.Dates.Parse(value);
        return earliest is not null;
    }

    /// <summary>632: DATE_PERM not a (partly unknown) date, or not before the child's first episode; both rows reported.</summary>
    private static IEnumerable<(TableKind, int)> OrderDateInvalidOrAfterCare(RuleContext c)
    {
        var decom = c.Dates(Episodes, "DECOM");
        var table = c[PrevPerm];
        for (var i = 0; i < table.Count; i++)
        {
            var value = P(c, i, "DATE_PERM");
            if (value.Length == 0) continue;
            var ordered = LinkHelpers.Ordered(c, P(c, i, "CHILD"));
            int? first = ordered.Count > 0 ? ordered[0] : null;
            var valid = TryEarliestDay(value, out var earliest);
            if (valid && !(first is { } f && earliest >= decom[f])) continue;
            yield return (PrevPerm, i);
            if (first is { } episode) yield return (Episodes, episode);
        }
    }

    /// <summary>634: previous permanence given for a child whose latest episode began before 1 April 2016; the row and the child's episodes.</summary>
    private static IEnumerable<(TableKind, int)> PermanenceBefore2016(RuleContext c)
    {
        var decom = c.Dates(Episodes, "DECOM");
        var table = c[PrevPerm];
        for (var i = 0; i < table.Count; i++)
        {
            if (!c.Given(PrevPerm, i, "PREV_PERM") && !c.Given(PrevPerm, i, "LA_PERM") && !c.Given(PrevPerm, i, "DATE_PERM")) continue;
            var episodes = c.RowsOfChild(Episodes, PrevPerm, i);
            bool dated = false, since2016 = false;
            foreach (var episode in episodes)
            {
                if (decom[episode] is not { } start) continue;
                dated = true;
                if (start >= CollectedFrom) { since2016 = true; break; }
            }
            if (!dated || since2016) continue;
            yield return (PrevPerm, i);
            foreach (var episode in episodes) yield return (Episodes, episode);
        }
    }
}
