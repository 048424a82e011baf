using static CorporateParenting.Ssda903.Rules.Catalogue.LinkHelpers;
using static CorporateParenting.Ssda903.Rules.Catalogue.RuleHelpers;
using CorporateParenting.Ssda903.Tables;
using static CorporateParenting.Ssda903.Tables.TableKind;

namespace CorporateParenting.Ssda903.Rules.Catalogue;

/// <summary>Header fields bound by the child's episodes, and episodes bound by the header's date of birth.</summary>
internal static class HeaderEpisodeRules
{
    private static string H(RuleContext c, int i, string column) => c.Cell(Header, i, column);
    private static string E(RuleContext c, int i, string column) => c.Cell(Episodes, i, column);
    private static DateOnly? Decom(RuleContext c, int i) => c.Dates(Episodes, "DECOM")[i];
    private static DateOnly? Dec(RuleContext c, int i) => c.Dates(Episodes, "DEC")[i];

    public static IEnumerable<IRule> All() =>
    [
        // 165: the header row and the child's OC3 row (the care leaver items are among its fields).
        new HeaderAnd("165", (c, i) => InvalidMotherStatus(c, i)
            ? [.. c.RowsOfChild(OC3, Header, i).Select(r => (OC3, r))] : null),
        // 607: a girl who left care in the year (short breaks aside) needs the mother field: the header and each such ending.
        new HeaderAnd("607", (c, i) => IsFemale(H(c, i, "SEX")) && !c.Given(Header, i, "MOTHER")
            && CeasedInYear(c, H(c, i, "CHILD")).ToList() is { Count: > 0 } ended ? [.. ended.Select(e => (Episodes, e))] : null),
        // 625: her child is born after 31 March, or after she left care: the header and the child's latest episode.
        new HeaderAnd("625", (c, i) => c.Dates(Header, "MC_DOB")[i] is { } born && (born > c.End || born > CeasedOn(c, H(c, i, "CHILD")))
            ? [.. Ordered(c, H(c, i, "CHILD")).TakeLast(1).Select(e => (Episodes, e))] : null),
        // 210: UN4 is for a child newly looked after in the last week of the year: not one whose period of care began before
        // 24 March. The header and the episode that began the period.
        new HeaderAnd("210", (c, i) => H(c, i, "UPN") == "UN4" && OpenPeriodFirstEpisode(c, H(c, i, "CHILD")) is { } first
            && Decom(c, first) < c.End.AddDays(-7) ? [(Episodes, first)] : null),

        // 359: after 18 a young person can stay looked after only under s20(5) (V2) in a children's home (K2).
        new RowRule("359", Episodes, (c, i) => !(E(c, i, "LS") == "V2" && E(c, i, "PLACE") == "K2")
            && c.HeaderDob(Episodes, i) is { } dob && Model.Dates.Birthday(dob, dob.Year + 18) < (Dec(c, i) ?? c.End)),
        // Temporary placements have limits: hospital six weeks, foster carers' holiday three weeks, other reasons a week.
        new RowRule("375", Episodes, (c, i) => E(c, i, "PLACE") == "T1" && DaysPlaced(c, i) > 42),
        new RowRule("376", Episodes, (c, i) => E(c, i, "PLACE") == "T3" && DaysPlaced(c, i) > 21),
        new RowRule("379", Episodes, (c, i) => E(c, i, "PLACE") == "T4" && DaysPlaced(c, i) > 7),
    ];

    /// <summary>
    /// 165: MOTHER is 0 or 1, only for girls; a girl looked after in the year (short breaks aside) needs it,
    /// and a girl in the return only as a care leaver must not have it.
    /// </summary>
    private static bool InvalidMotherStatus(RuleContext c, int i)
    {
        var mother = H(c, i, "MOTHER");
        if (mother.Length > 0 && (mother is not ("0" or "1") || IsMale(H(c, i, "SEX")))) return true;
        if (!IsFemale(H(c, i, "SEX"))) return false;
        return LookedAfterInYear(c, i) ? mother.Length == 0 : mother.Length > 0 && HasOc3Data(c, Header, i);
    }

    /// <summary>The header row's child has an episode in the year that is not a short break (<see cref="EpisodesInYear"/>, without a closure per row).</summary>
    private static bool LookedAfterInYear(RuleContext c, int headerRow)
    {
        foreach (var e in c.RowsOfChild(Episodes, Header, headerRow))
            if (InYear(c, e) && !IsShortBreak(E(c, e, "LS"))) return true;
        return false;
    }

    /// <summary>The child's episodes that ended care (not short breaks) in the year.</summary>
    private static IEnumerable<int> CeasedInYear(RuleContext c, string child) =>
        c.RowsByChild(Episodes)[child].Where(e => LeftCare(c, e) && !IsShortBreak(E(c, e, "LS")) && Dec(c, e) >= c.Start && Dec(c, e) <= c.End);

    /// <summary>The first episode of the period of care open at 31 March (back along episodes chained on the day), if any.</summary>
    private static int? OpenPeriodFirstEpisode(RuleContext c, string child)
    {
        var rows = Ordered(c, child);
        if (rows.Count == 0 || c.Given(Episodes, rows[^1], "DEC") || IsShortBreak(E(c, rows[^1], "LS"))) return null;
        var k = rows.Count - 1;
        while (k > 0 && Dec(c, rows[k - 1]) == Decom(c, rows[k])) k--;
        return rows[k];
    }

    /// <summary>A header rule that also reports rows of other tables: the function gives them, or null when the row passes.</summary>
    private sealed class HeaderAnd(string code, Func<RuleContext, int, IReadOnlyList<(TableKind, int)>?> failing) : IRule
    {
        public string Code { get; } = code;

        public IEnumerable<(TableKind Table, int RowIndex)> Failures(RuleContext c)
        {
            for (var i = 0; i < c[Header].Count; i++)
            {
                if (failing(c, i) is not { } others) continue;
                yield return (Header, i);
                foreach (var other in others) yield return other;
            }
        }
    }

    /// <summary>The day the child left care, if the latest episode ended that way.</summary>
    private static DateOnly? CeasedOn(RuleContext c, string child) =>
        Ordered(c, child) is { Count: > 0 } rows && LeftCare(c, rows[^1]) ? Dec(c, rows[^1]) : null;

    /// <summary>Days from DECOM to DEC, or to 31 March while the episode is open.</summary>
    private static int? DaysPlaced(RuleContext c, int i) => Decom(c, i) is { } start ? (Dec(c, i) ?? c.End).DayNumber - start.DayNumber : null;
}
