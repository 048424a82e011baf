using CorporateParenting.Ssda903.Tables;
using static CorporateParenting.Ssda903.Tables.TableKind;

namespace CorporateParenting.Ssda903.Rules.Catalogue;

/// <summary>
/// Care leavers (OC3) against the episodes of this year and the years before: care leaver information is for relevant
/// and former relevant children, so for young people whose care the loaded returns show. A row in OC3 is care leaver
/// information, whether or not its items are filled in (blank items are other rules' concern).
/// </summary>
internal static class LastYearCareLeaverRules
{
    /// <summary>The tables 1012 expects only for children with an episode this year.</summary>
    private static readonly TableKind[] LookedAfterOnly = [PlacedAdoption, Missing, Reviews, AD1, PrevPerm, OC2];

    private static string Child(RuleContext c, TableKind table, int i) => c.Cell(table, i, "CHILD");

    public static IEnumerable<IRule> All() =>
    [
        // 1010: last year ended with the child in care, yet no episode this year and care leaver information given.
        LastYearRule.Rows("1010", OC3, [Episodes], (c, i) => !c.InCareThisYear(OC3, i)
            && c.LatestLastYear(Episodes, "DECOM").TryGetValue(Child(c, OC3, i), out var last) && !c.LastGiven(Episodes, last, "DEC")),
        // 1002: care leaver information for a young person with no episode of care in any loaded year, judged only when
        // the loaded years reach back to the 16th birthday (a care leaver was looked after at some time after it).
        LastYearRule.Rows("1002", OC3, [Episodes], (c, i) => !c.CareLeaverHistories().ContainsKey(Child(c, OC3, i))
            && (Dob(c, i) is not { } dob || c.LoadedSince <= Model.Dates.Birthday(dob, dob.Year + 16))),
        LastYearRule.Rows("1001", OC3, [Episodes], NotACareLeaver),
        // 1012: a child with no episode this year is in the return only as a care leaver: no looked-after tables.
        new ChildlessRowsRule(),
    ];

    private static DateOnly? Dob(RuleContext c, int oc3Row) => c.HeaderDob(OC3, oc3Row) ?? c.Dates(OC3, "DOB")[oc3Row];

    /// <summary>
    /// 1001: a relevant or former relevant child was looked after (short breaks aside) for 13 weeks (91 days) after the
    /// 14th birthday, at least a day of it after the 16th, and did not leave care by adoption. Too little care is judged
    /// only when the loaded years reach back to the 14th birthday; an adoption, whenever it is seen.
    /// </summary>
    private static bool NotACareLeaver(RuleContext c, int i)
    {
        if (Dob(c, i) is not { } dob) return false;
        var episodes = c.CareLeaverHistories().GetValueOrDefault(Child(c, OC3, i)) ?? [];
        if (episodes.Count > 0 && episodes[^1].Reason is "E11" or "E12") return true;
        DateOnly fourteen = Model.Dates.Birthday(dob, dob.Year + 14), sixteen = Model.Dates.Birthday(dob, dob.Year + 16);
        int after14 = 0, after16 = 0;
        foreach (var e in episodes)
        {
            if (RuleHelpers.IsShortBreak(e.LegalStatus)) continue;
            var end = e.End ?? c.End;
            after14 += Math.Max(0, end.DayNumber - Math.Max(e.Start.DayNumber, fourteen.DayNumber));
            after16 += Math.Max(0, end.DayNumber - Math.Max(e.Start.DayNumber, sixteen.DayNumber));
        }
        return !(after14 >= 91 && after16 >= 1) && c.LoadedSince <= fourteen;
    }

    /// <summary>1012: rows of the looked-after tables for children with no episode in this year's return.</summary>
    private sealed class ChildlessRowsRule : IRule
    {
        public string Code => "1012";

        public IEnumerable<(TableKind Table, int RowIndex)> Failures(RuleContext c)
        {
            foreach (var table in LookedAfterOnly)
                for (var i = 0; i < c[table].Count; i++)
                    if (!c.InCareThisYear(table, i)) yield return (table, i);
        }
    }
}
