using static CorporateParenting.Ssda903.Rules.Catalogue.RuleHelpers;
using static CorporateParenting.Ssda903.Tables.TableKind;

namespace CorporateParenting.Ssda903.Rules.Catalogue;

/// <summary>Rules within the Episodes table: one episode's fields, and one child's episodes in order.</summary>
internal static class EpisodeRules
{
    private static readonly DateOnly EarliestEpisode = new(1991, 10, 14);
    /// <summary>Placement orders (LS E1) replaced freeing orders in December 2005 (the DfE rule's own date).</summary>
    private static readonly DateOnly PlacementOrdersFrom = new(2005, 12, 1);
    private static readonly DateOnly FreeingOrdersEnded = new(2005, 12, 30);

    private static string E(RuleContext c, int i, string column) => c.Cell(Episodes, i, column);
    private static DateOnly? Decom(RuleContext c, int i) => c.Dates(Episodes, "DECOM")[i];
    private static DateOnly? Dec(RuleContext c, int i) => c.Dates(Episodes, "DEC")[i];

    public static IEnumerable<IRule> All() =>
    [
        new RowRule("148", Episodes, (c, i) => (!c.Given(Episodes, i, "DEC")) != (!c.Given(Episodes, i, "REC"))),
        new RowRule("353", Episodes, (c, i) => Decom(c, i) < EarliestEpisode),
        new RowRule("354", Episodes, (c, i) => Decom(c, i) > c.End),
        new RowRule("385", Episodes, (c, i) => Dec(c, i) > c.End),
        new RowRule("355", Episodes, (c, i) => Dec(c, i) is { } end && end == Decom(c, i)),
        new RowRule("356", Episodes, (c, i) => Dec(c, i) is { } end && end < Decom(c, i)),
        // 365: a single short break (V3) lasts at most 17 days; one still open is counted to 31 March.
        new RowRule("365", Episodes, (c, i) => E(c, i, "LS") == "V3" && Decom(c, i) is { } start && (Dec(c, i) ?? c.End).DayNumber - start.DayNumber > 17),
        // 213: no provider for a temporary placement (Z1 "other placements" may name one: 526 does not ask for it).
        new RowRule("213", Episodes, (c, i) => IsTemporary(E(c, i, "PLACE")) && c.Given(Episodes, i, "PLACE_PROVIDER")),
        new RowRule("218", Episodes, (c, i) => E(c, i, "PLACE") is { Length: > 0 } p && !IsOutsideOfsted(p) && p is not ("P2" or "H5") && !c.Given(Episodes, i, "URN")),
        new RowRule("222", Episodes, (c, i) => IsOutsideOfsted(E(c, i, "PLACE")) && c.Given(Episodes, i, "URN")),
        new RowRule("378", Episodes, (c, i) => E(c, i, "PLACE") == "P1" && E(c, i, "LS") == "V2"),
        // 380: a temporary placement is only ever a change of placement and carers (RNE P or B), never the start of care.
        new RowRule("380", Episodes, (c, i) => IsTemporary(E(c, i, "PLACE")) && E(c, i, "RNE") is not ("P" or "B")),
        new RowRule("381", Episodes, (c, i) => E(c, i, "REC") is { Length: > 0 } r && r != "X1" && IsTemporary(E(c, i, "PLACE"))),
        new RowRule("382", Episodes, (c, i) => IsShortBreak(E(c, i, "LS")) && IsTemporary(E(c, i, "PLACE"))),
        new RowRule("384", Episodes, (c, i) => IsShortBreak(E(c, i, "LS")) && E(c, i, "PLACE") is "U1" or "U4"),
        new RowRule("445", Episodes, (c, i) => E(c, i, "LS") == "D1" && Decom(c, i) > FreeingOrdersEnded),
        new RowRule("446", Episodes, (c, i) => E(c, i, "LS") == "E1" && Decom(c, i) < PlacementOrdersFrom),
        new RowRule("526", Episodes, (c, i) => E(c, i, "PLACE") is { Length: > 0 } p && !IsTemporary(p) && p is not ("Z1" or "Z11" or "Z12" or "Z13" or "Z14") && !c.Given(Episodes, i, "PLACE_PROVIDER")),
        new RowRule("527", Episodes, (c, i) => E(c, i, "PLACE_PROVIDER") == "PR1" && E(c, i, "PLACE") is "P1" or "R2" or "R5"),
        new RowRule("528", Episodes, (c, i) => E(c, i, "PLACE_PROVIDER") == "PR2" && E(c, i, "PLACE") is "P1" or "R2" or "R5"),
        new RowRule("529", Episodes, (c, i) => E(c, i, "PLACE_PROVIDER") == "PR3" && E(c, i, "PLACE") is "P1" or "A3" or "A4" or "A5" or "A6" or "K1" or "K2" or "U1" or "U2" or "U3" or "U4" or "U5" or "U6"),
        new RowRule("530", Episodes, (c, i) => E(c, i, "PLACE_PROVIDER") == "PR4" && E(c, i, "PLACE") == "P1"),
        new RowRule("531", Episodes, (c, i) => E(c, i, "PLACE_PROVIDER") == "PR5" && E(c, i, "PLACE") == "P1"),
        new RowRule("550", Episodes, (c, i) => E(c, i, "PLACE_PROVIDER") == "PR0" && E(c, i, "PLACE") != "P1"),

        // One child's episodes, in order of DECOM.
        PairRule.Later("501", Episodes, (c, p) => Decom(c, p.Next) < Dec(c, p.This)),
        // 142: an episode followed by another has ended: a valid DEC and a reason.
        PairRule.Earlier("142", Episodes, (c, p) => Decom(c, p.This) is not null && (Dec(c, p.This) is null || !c.Given(Episodes, p.This, "REC"))),
        // 388: X1 promises an episode starting the day this one ends; any other reason says none does.
        new ChildRule("388", Episodes, EndReasonDisagreesWithNext),
        PairRule.Earlier("437", Episodes, (c, p) => E(c, p.This, "REC") is "E2" or "E15"),
        PairRule.Later("431", Episodes, (c, p) => E(c, p.Next, "RNE") == "S" && Dec(c, p.This) is { } end && Decom(c, p.Next) == end),
        PairRule.Later("432", Episodes, (c, p) => E(c, p.This, "REC") is { Length: > 0 } r && r != "X1" && E(c, p.Next, "RNE") is { Length: > 0 } n && n != "S"),
        PairRule.Later("433", Episodes, (c, p) => E(c, p.Next, "RNE") is "P" or "L" or "T" or "U" or "B" && Dec(c, p.This) is { } end && Decom(c, p.Next) is { } start && start != end),
        // 225: a move (REC X1 followed by RNE P, B, T or U, neither placement temporary) needs a reason for the change.
        PairRule.Earlier("225", Episodes, (c, p) => E(c, p.This, "REC") == "X1" && E(c, p.Next, "RNE") is "P" or "B" or "T" or "U"
            && !IsTemporary(E(c, p.This, "PLACE")) && !IsTemporary(E(c, p.Next, "PLACE")) && !c.Given(Episodes, p.This, "REASON_PLACE_CHANGE")),
        // 226: going into a temporary placement is no change of placement, so neither the temporary episode nor the one
        // it follows gives a reason for a change.
        new ChildRule("226", Episodes, TemporaryWithReason),
        // 504: the category of need stays as it was at the start of the period of care (episodes chained by X1 on the day).
        new ChildRule("504", Episodes, (c, rows) => CinChangedInPeriod(c, rows)),
    ];

    /// <summary>226: a temporary episode with a reason for a change of placement, or following one with a reason (no closure per child).</summary>
    private static IEnumerable<int> TemporaryWithReason(RuleContext c, IReadOnlyList<int> rows)
    {
        List<int>? found = null;
        for (var k = 0; k < rows.Count; k++)
            if (IsTemporary(E(c, rows[k], "PLACE"))
                && (c.Given(Episodes, rows[k], "REASON_PLACE_CHANGE") || k > 0 && c.Given(Episodes, rows[k - 1], "REASON_PLACE_CHANGE")))
                (found ??= []).Add(rows[k]);
        return found ?? (IEnumerable<int>)[];
    }

    /// <summary>504: each episode of a period whose CIN differs from the CIN of the period's first episode in the file.</summary>
    private static IEnumerable<int> CinChangedInPeriod(RuleContext c, IReadOnlyList<int> rows)
    {
        var first = -1;
        for (var k = 0; k < rows.Count; k++)
        {
            var chained = k > 0 && E(c, rows[k - 1], "REC") == "X1" && Dec(c, rows[k - 1]) is { } end && Decom(c, rows[k]) == end;
            if (!chained) first = rows[k];
            else if (E(c, rows[k], "CIN") != E(c, first, "CIN")) yield return rows[k];
        }
    }

    private static IEnumerable<int> EndReasonDisagreesWithNext(RuleContext c, IReadOnlyList<int> rows)
    {
        List<int>? failing = null;
        for (var k = 0; k < rows.Count; k++)
        {
            var row = rows[k];
            if (Dec(c, row) is not { } end) continue;
            var fails = k == rows.Count - 1
                ? E(c, row, "REC") == "X1"
                : Decom(c, rows[k + 1]) is { } next && (E(c, row, "REC") == "X1" ? next != end : c.Given(Episodes, row, "REC") && next == end);
            if (fails) (failing ??= []).Add(row);
        }
        return failing ?? [];
    }
}
