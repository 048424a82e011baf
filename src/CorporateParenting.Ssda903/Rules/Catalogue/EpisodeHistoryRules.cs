using System.Runtime.CompilerServices;
using static CorporateParenting.Ssda903.Rules.Catalogue.EpisodeHelpers;
using static CorporateParenting.Ssda903.Rules.Catalogue.RuleHelpers;
using static CorporateParenting.Ssda903.Tables.TableKind;

namespace CorporateParenting.Ssda903.Rules.Catalogue;

/// <summary>Rules over one child's episodes in order: how each episode follows the one before.</summary>
internal static class EpisodeHistoryRules
{
    /// <summary>What a placement is: a change of any of these is a change of placement.</summary>
    private static readonly string[] PlacementFields = ["PLACE", "PL_POST", "URN", "PLACE_PROVIDER"];

    private static string E(RuleContext c, int i, string column) => c.Cell(Episodes, i, column);
    private static DateOnly? Decom(RuleContext c, int i) => c.Dates(Episodes, "DECOM")[i];

    private static bool SamePlacement(RuleContext c, int a, int b) => PlacementFields.All(f => E(c, a, f) == E(c, b, f));
    private static bool SameStatus(RuleContext c, int a, int b) => E(c, a, "LS") == E(c, b, "LS");

    public static IEnumerable<IRule> All() =>
    [
        // 357: a child's first episode, when it starts in this year, starts a period of care.
        new ChildRule("357", Episodes, (c, rows) => rows.Count > 0 && Decom(c, rows[0]) >= c.Start && E(c, rows[0], "RNE") != "S" ? [rows[0]] : []),
        // 366: each V3 break is an episode of its own, so one starts only as a new break.
        new RowRule("366", Episodes, (c, i) => E(c, i, "LS") == "V3" && E(c, i, "RNE") != "S"),
        new ChildRule("377", Episodes, (c, rows) => rows.Count < 3 ? [] : MoreThanTwoInAYear(c, rows.Where(r => E(c, r, "PLACE") == "T3" && Decom(c, r) is not null).ToList())),
        // 383: after a temporary placement the child goes back (RNE P) to the placement before it.
        ChildRule.Pairwise("383", Episodes, (c, rows) => RowPairs.Matching(rows, (r, k) => k > 0 && k + 1 < rows.Count && IsTemporary(E(c, r, "PLACE"))
            && (E(c, rows[k + 1], "RNE") != "P" || E(c, rows[k + 1], "PLACE") != E(c, rows[k - 1], "PLACE")))),
        // 336: placed for adoption with the current foster carers (A3, A5), so the placement before is fostering or adoption.
        PairRule.AfterPrevious("336", Episodes, (c, p) => E(c, p.This, "PLACE") is "A3" or "A5"
            && E(c, p.Previous, "PLACE") is not ("A3" or "A4" or "A5" or "A6" or "U1" or "U2" or "U3" or "U4" or "U5" or "U6")),
        // 434-436: the reason for the new episode says what changed; the episodes must agree.
        PairRule.AfterPrevious("434", Episodes, (c, p) => E(c, p.This, "RNE") == "L"
            && (SameStatus(c, p.Previous, p.This) || !SamePlacement(c, p.Previous, p.This))),
        PairRule.AfterPrevious("435", Episodes, (c, p) => E(c, p.This, "RNE") is "P" or "T"
            && (!SameStatus(c, p.Previous, p.This) || SamePlacement(c, p.Previous, p.This))),
        PairRule.AfterPrevious("436", Episodes, (c, p) => E(c, p.This, "RNE") is "B" or "U"
            && (SameStatus(c, p.Previous, p.This) || SamePlacement(c, p.Previous, p.This))),
        // 199: an adopted child who comes back into care has a new CHILD id; last year's episodes count too.
        new ChildRule("199", Episodes, (c, rows) => AdoptedOn(c, rows) is { } adopted ? rows.Where(r => Decom(c, r) >= adopted) : []),
    ];

    /// <summary>377: three holidays of the foster carers (T3) starting within 12 months: every T3 of such a run.</summary>
    private static IEnumerable<int> MoreThanTwoInAYear(RuleContext c, IReadOnlyList<int> t3)
    {
        var failing = new SortedSet<int>();
        for (var k = 0; k + 2 < t3.Count; k++)
            if (Decom(c, t3[k + 2]) < Decom(c, t3[k])!.Value.AddYears(1))
                failing.UnionWith(t3.Skip(k).Take(3));
        return t3.Where(failing.Contains);
    }

    /// <summary>The earliest end of an episode ending in adoption (E11, E12), this year or last.</summary>
    private static DateOnly? AdoptedOn(RuleContext c, IReadOnlyList<int> rows)
    {
        var dec = c.Dates(Episodes, "DEC");
        DateOnly? earliest = LastYearAdoptions.GetValue(c, AdoptionsIn)[c.ChildRowsOf(Episodes).GroupOfRow(rows[0])];
        foreach (var r in rows)
            if (E(c, r, "REC") is "E11" or "E12" && dec[r] is { } d && (earliest is null || d < earliest)) earliest = d;
        return earliest;
    }

    private static readonly ConditionalWeakTable<RuleContext, DateOnly?[]> LastYearAdoptions = new();

    /// <summary>
    /// The earliest end of an adoption in last year's episodes for each child of this year's (by the child's group in its
    /// rows by child): last year's few adoptions looked up, not every child of this year in them.
    /// </summary>
    private static DateOnly?[] AdoptionsIn(RuleContext c)
    {
        var groups = c.ChildRowsOf(Episodes);
        var earliest = new DateOnly?[groups.Count];
        if (c.Previous?[Episodes] is not { } last) return earliest;
        for (var r = 0; r < last.Count; r++)
        {
            if (last.Cell(r, "REC") is not ("E11" or "E12") || Model.Dates.Parse(last.Cell(r, "DEC")) is not { } ended) continue;
            if (groups.GroupOf(last.Cell(r, "CHILD")) is var group and >= 0 && (earliest[group] is null || ended < earliest[group]))
                earliest[group] = ended;
        }
        return earliest;
    }
}
