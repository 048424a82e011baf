using CorporateParenting.Ssda903.Tables;
using static CorporateParenting.Ssda903.Rules.Catalogue.LinkHelpers;
using static CorporateParenting.Ssda903.Tables.TableKind;

namespace CorporateParenting.Ssda903.Rules.Catalogue;

/// <summary>
/// Decisions to place for adoption (PlacedAdoption) and adoptions (AD1) against the episodes, the header and OC3.
/// Where a rule compares dates both rows are reported: the decision and the episode it contradicts.
/// </summary>
internal static class AdoptionLinkRules
{
    private static readonly string[] Ad1Items = ["DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"];

    private static string E(RuleContext c, int i, string column) => c.Cell(Episodes, i, column);
    private static string P(RuleContext c, int i, string column) => c.Cell(PlacedAdoption, i, column);
    private static string Child(RuleContext c, TableKind table, int i) => c.Cell(table, i, "CHILD");
    private static bool PlacedForAdoption(string place) => place is "A3" or "A4" or "A5" or "A6";
    private static bool Ad1Given(RuleContext c, int i) => c.AnyGiven(AD1, i, Ad1Items);

    public static IEnumerable<IRule> All() =>
    [
        new LinkedRule("1003", DecisionBeforeCareBegan),
        new LinkedRule("117", DecisionAfterYearOrCare),
        new LinkedRule("118", ReversalBeforeYearOrCare),
        new RowRule("134", AD1, (c, i) => Ad1Given(c, i) && HasOc3Data(c, AD1, i)),
        new RowRule("184", PlacedAdoption, (c, i) => c.Dates(PlacedAdoption, "DATE_PLACED")[i] < c.HeaderDob(PlacedAdoption, i)),
        new LinkedRule("331", MatchedAfterPlacement),
        new LinkedRule("334", BestInterestBeforeLatestCare),
        new LinkedRule("335", FosterCarerAgainstPlacement),
        new LinkedRule("521", BestInterestAfterPlacement),
        new LinkedRule("523", BestInterestNotDecisionDate),
        new LinkedRule("525", AdoptedAfterReversal),
        // 551: no PlacedAdoption row with a decision date (one with an unreadable date is 115's).
        new RowRule("551", Episodes, (c, i) => PlacedForAdoption(E(c, i, "PLACE"))
            && !c.RowsOfChild(PlacedAdoption, Episodes, i).Any(r => c.Given(PlacedAdoption, r, "DATE_PLACED"))),
        new LinkedRule("552", c => FirstEpisodeBeforeDecision(c, r => PlacedForAdoption(E(c, r, "PLACE")))),
        new LinkedRule("553", c => OrderWithoutDecision(c, "E1")),
        new LinkedRule("554", c => FirstEpisodeBeforeDecision(c, r => E(c, r, "LS") == "E1")),
        new LinkedRule("555", c => OrderWithoutDecision(c, "D1")),
        // 556: every freeing order (D1) episode that began before the child's first decision.
        new RowRule("556", Episodes, (c, i) => E(c, i, "LS") == "D1" && c.Dates(Episodes, "DECOM")[i] is { } start
            && EarliestDecision(c, E(c, i, "CHILD")) is { } first && c.Dates(PlacedAdoption, "DATE_PLACED")[first] > start),
        new LinkedRule("557", LeftCareWithoutReversal),
        // 558: adopted, yet the decision the adoption followed (the latest) was reversed.
        new RowRule("558", Episodes, (c, i) => RuleContext.IsAdoption(E(c, i, "REC"))
            && c.LatestAdoptionDecision(E(c, i, "CHILD")) is { } decision && c.Given(PlacedAdoption, decision, "DATE_PLACED_CEASED")),
        new RowRule("582", Episodes, (c, i) => RuleContext.IsAdoption(E(c, i, "REC")) && c.Dates(Episodes, "DEC")[i] is { } adopted
            && c.RowsOfChild(AD1, Episodes, i).Any(a => c.Dates(AD1, "DATE_MATCH")[a] == adopted)),
        new LinkedRule("601", AdoptedWithoutAd1),
        // 602: adoption details for a child not adopted in the year (an AD1 row with every item blank says nothing).
        new RowRule("602", AD1, (c, i) => Ad1Given(c, i) && c.AdoptedInYear(Child(c, AD1, i)).Count == 0),
    ];

    /// <summary>The child's episode with the earliest (or latest) valid DECOM among those that match; the first such row on a tie.</summary>
    private static int? EpisodeBy(RuleContext c, string child, Func<int, bool> matches, bool latest)
    {
        var decom = c.Dates(Episodes, "DECOM");
        int? best = null;
        foreach (var row in c.RowsByChild(Episodes)[child])
        {
            if (decom[row] is not { } start || !matches(row)) continue;
            if (best is not { } b || (latest ? start > decom[b]!.Value : start < decom[b]!.Value)) best = row;
        }
        return best;
    }

    /// <summary>The child's decision with the earliest valid DATE_PLACED.</summary>
    private static int? EarliestDecision(RuleContext c, string child)
    {
        var placed = c.Dates(PlacedAdoption, "DATE_PLACED");
        int? best = null;
        foreach (var row in c.RowsByChild(PlacedAdoption)[child])
            if (placed[row] is { } date && (best is not { } b || date < placed[b]!.Value)) best = row;
        return best;
    }

    /// <summary>1003: a decision dated before the child's first episode that began a period of care (RNE S).</summary>
    private static IEnumerable<(TableKind, int)> DecisionBeforeCareBegan(RuleContext c)
    {
        var decom = c.Dates(Episodes, "DECOM");
        var placed = c.Dates(PlacedAdoption, "DATE_PLACED");
        foreach (var rows in c.RowsByChild(PlacedAdoption))
        {
            if (EpisodeBy(c, rows.Key, r => E(c, r, "RNE") == "S", latest: false) is not { } first) continue;
            foreach (var row in rows)
                if (placed[row] < decom[first]) { yield return (PlacedAdoption, row); yield return (Episodes, first); }
        }
    }

    /// <summary>
    /// 117: a decision or its reversal dated after 31 March, or after the DEC of the child's latest episode that did not
    /// continue into another (REC not X1). That episode is reported with the decision.
    /// </summary>
    private static IEnumerable<(TableKind, int)> DecisionAfterYearOrCare(RuleContext c)
    {
        var dec = c.Dates(Episodes, "DEC");
        var placed = c.Dates(PlacedAdoption, "DATE_PLACED");
        var ceased = c.Dates(PlacedAdoption, "DATE_PLACED_CEASED");
        foreach (var rows in c.RowsByChild(PlacedAdoption))
        {
            var last = EpisodeBy(c, rows.Key, r => E(c, r, "REC") != "X1", latest: true);
            var left = last is { } l ? dec[l] : null;
            foreach (var row in rows)
            {
                var beyondYear = placed[row] > c.End || ceased[row] > c.End;
                var afterCare = left is { } d && (placed[row] > d || ceased[row] > d);
                if (!beyondYear && !afterCare) continue;
                yield return (PlacedAdoption, row);
                if (last is { } episode) yield return (Episodes, episode);
            }
        }
    }

    /// <summary>118: a reversal dated before 1 April, or before the child's first episode other than a short break (reported with it).</summary>
    private static IEnumerable<(TableKind, int)> ReversalBeforeYearOrCare(RuleContext c)
    {
        var decom = c.Dates(Episodes, "DECOM");
        var ceased = c.Dates(PlacedAdoption, "DATE_PLACED_CEASED");
        foreach (var rows in c.RowsByChild(PlacedAdoption))
        {
            var first = EpisodeBy(c, rows.Key, r => !RuleHelpers.IsShortBreak(E(c, r, "LS")), latest: false);
            foreach (var row in rows)
            {
                if (ceased[row] is not { } reversed) continue;
                if (reversed >= c.Start && !(first is { } f && reversed < decom[f])) continue;
                yield return (PlacedAdoption, row);
                if (first is { } episode) yield return (Episodes, episode);
            }
        }
    }

    /// <summary>331: matched with the adopters after the adoptive placement began (the DECOM of the episode ended by adoption).</summary>
    private static IEnumerable<(TableKind, int)> MatchedAfterPlacement(RuleContext c)
    {
        var decom = c.Dates(Episodes, "DECOM");
        var matched = c.Dates(AD1, "DATE_MATCH");
        foreach (var rows in c.RowsByChild(AD1))
            foreach (var episode in c.RowsByChild(Episodes)[rows.Key])
                if (RuleContext.IsAdoption(E(c, episode, "REC")))
                    foreach (var row in rows)
                        if (matched[row] > decom[episode]) { yield return (AD1, row); yield return (Episodes, episode); }
    }

    /// <summary>334: the best-interest decision (DATE_INT) dated before the child's latest period of care began (latest RNE S).</summary>
    private static IEnumerable<(TableKind, int)> BestInterestBeforeLatestCare(RuleContext c)
    {
        var decom = c.Dates(Episodes, "DECOM");
        var decided = c.Dates(AD1, "DATE_INT");
        foreach (var rows in c.RowsByChild(AD1))
        {
            if (EpisodeBy(c, rows.Key, r => E(c, r, "RNE") == "S", latest: true) is not { } latest) continue;
            foreach (var row in rows)
                if (decided[row] < decom[latest]) { yield return (AD1, row); yield return (Episodes, latest); }
        }
    }

    /// <summary>335: adopted from an A2/A3/A5 placement (by the foster carers) with FOSTER_CARE 0, or from A1/A4/A6 with FOSTER_CARE 1.</summary>
    private static IEnumerable<(TableKind, int)> FosterCarerAgainstPlacement(RuleContext c)
    {
        foreach (var rows in c.RowsByChild(AD1))
            foreach (var episode in c.RowsByChild(Episodes)[rows.Key])
            {
                if (E(c, episode, "REC") is not ("E1" or "E11" or "E12")) continue;
                var place = E(c, episode, "PLACE");
                var wrong = place is "A2" or "A3" or "A5" ? "0" : place is "A1" or "A4" or "A6" ? "1" : null;
                foreach (var row in rows)
                    if (wrong is not null && c.Cell(AD1, row, "FOSTER_CARE") == wrong) { yield return (AD1, row); yield return (Episodes, episode); }
            }
    }

    /// <summary>521: placed for adoption (A3-A6) before the best-interest decision.</summary>
    private static IEnumerable<(TableKind, int)> BestInterestAfterPlacement(RuleContext c)
    {
        var decom = c.Dates(Episodes, "DECOM");
        var decided = c.Dates(AD1, "DATE_INT");
        foreach (var rows in c.RowsByChild(AD1))
            foreach (var episode in c.RowsByChild(Episodes)[rows.Key])
                if (PlacedForAdoption(E(c, episode, "PLACE")))
                    foreach (var row in rows)
                        if (decided[row] > decom[episode]) { yield return (AD1, row); yield return (Episodes, episode); }
    }

    /// <summary>523: DATE_INT differs from the date of the decision the adoption followed (the latest; an earlier one may have been reversed).</summary>
    private static IEnumerable<(TableKind, int)> BestInterestNotDecisionDate(RuleContext c)
    {
        var decided = c.Dates(AD1, "DATE_INT");
        var placed = c.Dates(PlacedAdoption, "DATE_PLACED");
        foreach (var rows in c.RowsByChild(AD1))
        {
            if (c.LatestAdoptionDecision(rows.Key) is not { } decision || placed[decision] is not { } date) continue;
            foreach (var row in rows)
                if (decided[row] is { } interest && interest != date) { yield return (AD1, row); yield return (PlacedAdoption, decision); }
        }
    }

    /// <summary>525: adoption details given although the decision the adoption would follow (the latest) was reversed.</summary>
    private static IEnumerable<(TableKind, int)> AdoptedAfterReversal(RuleContext c)
    {
        foreach (var rows in c.RowsByChild(AD1))
        {
            if (c.LatestAdoptionDecision(rows.Key) is not { } decision || !c.Given(PlacedAdoption, decision, "DATE_PLACED_CEASED")) continue;
            foreach (var row in rows)
                if (Ad1Given(c, row)) { yield return (AD1, row); yield return (PlacedAdoption, decision); }
        }
    }

    /// <summary>
    /// 552 and 554: the child's first episode of a kind (placed for adoption; placement order) began before the child's
    /// first decision to place for adoption. Both are reported. A child with no dated decision is 551's or 553's.
    /// </summary>
    private static IEnumerable<(TableKind, int)> FirstEpisodeBeforeDecision(RuleContext c, Func<int, bool> kind)
    {
        var decom = c.Dates(Episodes, "DECOM");
        var placed = c.Dates(PlacedAdoption, "DATE_PLACED");
        foreach (var rows in c.RowsByChild(PlacedAdoption))
        {
            if (EarliestDecision(c, rows.Key) is not { } decision) continue;
            if (EpisodeBy(c, rows.Key, kind, latest: false) is not { } first) continue;
            if (placed[decision] > decom[first]) { yield return (Episodes, first); yield return (PlacedAdoption, decision); }
        }
    }

    /// <summary>
    /// 553 (placement order, E1) and 555 (freeing order, D1): an episode under the order for a child with no decision
    /// to place for adoption; and, while the order is still in force, a decision shown as reversed.
    /// </summary>
    private static IEnumerable<(TableKind, int)> OrderWithoutDecision(RuleContext c, string order)
    {
        var episodes = c[Episodes];
        for (var i = 0; i < episodes.Count; i++)
        {
            if (E(c, i, "LS") != order) continue;
            var decisions = c.RowsOfChild(PlacedAdoption, Episodes, i);
            if (!decisions.Any()) { yield return (Episodes, i); continue; }
            if (c.Given(Episodes, i, "DEC")) continue;
            foreach (var row in decisions)
                if (c.Given(PlacedAdoption, row, "DATE_PLACED_CEASED") || c.Given(PlacedAdoption, row, "REASON_PLACED_CEASED")) yield return (PlacedAdoption, row);
        }
    }

    /// <summary>
    /// 557: left care other than by adoption while placed for adoption (A3-A6) or under an order (D1, E1), with no decision
    /// recorded, or with a decision whose reversal (date and reason) is incomplete. The episode and those decisions are reported.
    /// </summary>
    private static IEnumerable<(TableKind, int)> LeftCareWithoutReversal(RuleContext c)
    {
        var episodes = c[Episodes];
        for (var i = 0; i < episodes.Count; i++)
        {
            var rec = E(c, i, "REC");
            if (rec.Length == 0 || rec == "X1" || RuleContext.IsAdoption(rec)) continue;
            if (!PlacedForAdoption(E(c, i, "PLACE")) && E(c, i, "LS") is not ("D1" or "E1")) continue;
            var decisions = c.RowsOfChild(PlacedAdoption, Episodes, i).ToList();
            var incomplete = decisions.Where(r => !c.Given(PlacedAdoption, r, "DATE_PLACED_CEASED") || !c.Given(PlacedAdoption, r, "REASON_PLACED_CEASED")).ToList();
            if (decisions.Count > 0 && incomplete.Count == 0) continue;
            yield return (Episodes, i);
            foreach (var row in incomplete) yield return (PlacedAdoption, row);
        }
    }

    /// <summary>
    /// 601: adopted in the year (REC E11/E12, DEC in the year) without the AD1 items: no AD1 row (the episode is reported), or
    /// an AD1 row missing any item (it and the episode are reported).
    /// </summary>
    private static IEnumerable<(TableKind, int)> AdoptedWithoutAd1(RuleContext c)
    {
        var dec = c.Dates(Episodes, "DEC");
        var episodes = c[Episodes];
        for (var i = 0; i < episodes.Count; i++)
        {
            if (!RuleContext.IsAdoption(E(c, i, "REC")) || dec[i] is not { } adopted || adopted < c.Start || adopted > c.End) continue;
            var ad1 = c.RowsOfChild(AD1, Episodes, i).ToList();
            if (ad1.Count == 0) { yield return (Episodes, i); continue; }
            foreach (var row in ad1)
                if (c.AnyBlank(AD1, row, Ad1Items)) { yield return (AD1, row); yield return (Episodes, i); }
        }
    }
}
