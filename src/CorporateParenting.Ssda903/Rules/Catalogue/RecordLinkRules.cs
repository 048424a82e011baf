using CorporateParenting.Ssda903.Tables;
using static CorporateParenting.Ssda903.Rules.Catalogue.LinkHelpers;
using static CorporateParenting.Ssda903.Rules.Catalogue.RuleHelpers;
using static CorporateParenting.Ssda903.Tables.TableKind;

namespace CorporateParenting.Ssda903.Rules.Catalogue;

/// <summary>
/// Care leavers (OC3) against OC2 and the header, short breaks against the header and reviews, social worker episodes
/// against the episodes, and the header's UASC flag against the UASC table.
/// </summary>
internal static class RecordLinkRules
{
    private static readonly string[] Oc2Items = ["CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"];

    /// <summary>Social worker episodes are returned from 2023-24 (collection year 2024).</summary>
    private const int SocialWorkersFrom = 2024;

    private static string Child(RuleContext c, TableKind table, int i) => c.Cell(table, i, "CHILD");

    public static IEnumerable<IRule> All() =>
    [
        new LinkedRule("215", CareLeaverWithOc2Items),
        // 3001: ACCOM Z1/Z2 (with former foster carers, "staying put") for a young person whose 17th birthday is in the year.
        new RowRule("3001", OC3, (c, i) => c.Cell(OC3, i, "ACCOM") is "Z1" or "Z2" && c.HeaderDob(OC3, i) is { } dob
            && Model.Dates.Birthday(dob, dob.Year + 17) is var seventeenth && seventeenth >= c.Start && seventeenth <= c.End),
        new LinkedRule("399", ShortBreaksOnlyWithMotherOrReviews),
        // SW01: from 2023-24, looked after on 31 March (an open episode, not a short break) and no social worker episode with an id and a start.
        new RowRule("SW01STG1", Episodes, (c, i) => c.Year >= SocialWorkersFrom && !c.Given(Episodes, i, "DEC") && !IsShortBreak(c.Cell(Episodes, i, "LS"))
            && !c.RowsOfChild(SWEpisodes, Episodes, i).Any(s => c.Given(SWEpisodes, s, "SW_ID") && c.Given(SWEpisodes, s, "SW_DECOM"))),
        new LinkedRule("SW12STG2", SocialWorkerYearIncomplete),
        // 105 and 303 read the header's UASC flag, which only the DfE XML carries: a CSV return's UASC status is its UASC file.
        new RowRule("105", Header, (c, i) => c[Header].HasColumn("UASC") && c.Cell(Header, i, "UASC") is not ("0" or "1")),
        new LinkedRule("303", UascEndedButNotUasc),
    ];

    /// <summary>215: a care leaver (OC3 items given) with any of the OC2 items of a child looked after for 12 months: both rows.</summary>
    private static IEnumerable<(TableKind, int)> CareLeaverWithOc2Items(RuleContext c)
    {
        var oc3 = c[OC3];
        for (var i = 0; i < oc3.Count; i++)
        {
            if (!Oc3Completed(c, i)) continue;
            foreach (var row in c.RowsOfChild(OC2, OC3, i))
                if (c.AnyGiven(OC2, row, Oc2Items)) { yield return (OC3, i); yield return (OC2, row); }
        }
    }

    /// <summary>
    /// 399: a child looked after only under short breaks (every episode V3/V4) with the header's MOTHER or a review given:
    /// the child's episodes, and the header and review rows that hold them.
    /// </summary>
    private static IEnumerable<(TableKind, int)> ShortBreaksOnlyWithMotherOrReviews(RuleContext c)
    {
        foreach (var episodes in c.EpisodesByChild())
        {
            var allShortBreaks = true;
            foreach (var e in episodes) allShortBreaks &= IsShortBreak(c.Cell(Episodes, e, "LS"));
            if (!allShortBreaks) continue;
            var child = Child(c, Episodes, episodes[0]);
            var headers = c.RowsByChild(Header)[child].Where(h => c.Given(Header, h, "MOTHER")).ToList();
            var reviews = c.RowsByChild(Reviews)[child].Where(r => c.Given(Reviews, r, "REVIEW") || c.Given(Reviews, r, "REVIEW_CODE")).ToList();
            if (headers.Count == 0 && reviews.Count == 0) continue;
            foreach (var e in episodes) yield return (Episodes, e);
            foreach (var h in headers) yield return (Header, h);
            foreach (var r in reviews) yield return (Reviews, r);
        }
    }

    /// <summary>
    /// SW12: a child looked after on 31 March whose social worker episodes do not reach back to 1 April, or to the start of
    /// the child's first episode in the year if that is later (a child new to care may have had no social worker before).
    /// The earliest social worker episode is reported; a child with none is SW01's.
    /// </summary>
    private static IEnumerable<(TableKind, int)> SocialWorkerYearIncomplete(RuleContext c)
    {
        var began = c.Dates(SWEpisodes, "SW_DECOM");
        foreach (var rows in c.ChildRowsOf(SWEpisodes).GroupRows)
        {
            if (!c.LookedAfterAt31March(SWEpisodes, rows[0])) continue;   // the table exists from 2023-24; before, it has no rows
            var earliest = -1;
            foreach (var r in rows)
                if (began[r] is { } day && (earliest < 0 || day < began[earliest]!.Value)) earliest = r;
            if (earliest < 0) continue;
            // The first period of care that reaches into the year began on or before 1 April, or on the day care began in it.
            var needed = c.End;
            foreach (var period in c.CarePeriodsOf(SWEpisodes, rows[0]))
                if (period.Start <= c.End && !(period.End < c.Start) && period.Start < needed) needed = period.Start;
            if (needed < c.Start) needed = c.Start;
            if (began[earliest] > needed) yield return (SWEpisodes, earliest);
        }
    }

    /// <summary>303: a UASC row with a date UASC status ceased for a child whose header UASC flag (DfE XML) is not 1: both rows.</summary>
    private static IEnumerable<(TableKind, int)> UascEndedButNotUasc(RuleContext c)
    {
        if (!c[Header].HasColumn("UASC")) yield break;
        var uasc = c[UASC];
        for (var i = 0; i < uasc.Count; i++)
        {
            if (!c.Given(UASC, i, "DUC")) continue;
            foreach (var header in c.RowsOfChild(Header, UASC, i))
                if (c.Cell(Header, header, "UASC") != "1") { yield return (UASC, i); yield return (Header, header); }
        }
    }
}
