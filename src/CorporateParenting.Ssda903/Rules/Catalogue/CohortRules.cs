using CorporateParenting.Ssda903.Tables;
using static CorporateParenting.Ssda903.Rules.Catalogue.LinkHelpers;
using static CorporateParenting.Ssda903.Rules.Catalogue.RuleHelpers;
using static CorporateParenting.Ssda903.Tables.TableKind;

namespace CorporateParenting.Ssda903.Rules.Catalogue;

/// <summary>OC2, OC3, AD1 and UASC rows judged against the child's episodes: the 12-month OC2 cohort and care leavers.</summary>
internal static class CohortRules
{
    private static readonly string[] Ad1Items = ["DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"];

    private static string O(RuleContext c, int i, string column) => c.Cell(OC2, i, column);
    private static string Child(RuleContext c, TableKind table, int i) => c.Cell(table, i, "CHILD");
    private static bool InCohort(RuleContext c, TableKind table, int i) => c.InOc2Cohort(table, i);
    private static int? AgeAt(RuleContext c, int i, DateOnly on) => Age(c.Dates(OC2, "DOB")[i], on);
    private static bool NoSdq(RuleContext c, int i) => !c.Given(OC2, i, "SDQ_SCORE") && !c.Given(OC2, i, "SDQ_REASON");

    /// <summary>4 or over on 1 April and under 17 on 31 March: of SDQ age all year.</summary>
    private static bool SdqAgeAllYear(RuleContext c, int i) => AgeAt(c, i, c.Start) >= 4 && AgeAt(c, i, c.End) < 17;

    /// <summary>
    /// The 4th or 17th birthday falls in the year (the ages 188 and 189 leave open): a 4th birthday on 1 April or 31 March
    /// included, a 17th on 1 April not, since that child is 17 at the start of the year and 189 wants no SDQ at all.
    /// </summary>
    private static bool TurnedFourOrSeventeen(RuleContext c, int i) =>
        c.Dates(OC2, "DOB")[i] is { } dob
        && (Model.Dates.Birthday(dob, dob.Year + 4) is var fourth && fourth >= c.Start && fourth <= c.End
            || Model.Dates.Birthday(dob, dob.Year + 17) is var seventeenth && seventeenth > c.Start && seventeenth <= c.End);

    public static IEnumerable<IRule> All() =>
    [
        // 186: the message asks for a score, but a reason for having none answers it: 157 rules out only SDQ1 at these ages.
        new RowRule("186", OC2, (c, i) => SdqAgeAllYear(c, i) && NoSdq(c, i) && InCohort(c, OC2, i)),
        // 157: SDQ1 means "under 4 or over 17 when the form was due", untrue for a child of SDQ age all year.
        // It is a reason for no score, so a row with a score is 197a's.
        new RowRule("157", OC2, (c, i) => O(c, i, "SDQ_REASON") == "SDQ1" && !c.Given(OC2, i, "SDQ_SCORE") && SdqAgeAllYear(c, i) && InCohort(c, OC2, i)),
        new RowRule("197B", OC2, (c, i) => TurnedFourOrSeventeen(c, i) && NoSdq(c, i) && InCohort(c, OC2, i)),
        new RowRule("198", OC2, (c, i) => c.Given(OC2, i, "SDQ_REASON") && !InCohort(c, OC2, i)),

        // 187: a child still in care for the whole year cannot have been adopted or left care: both tables' rows fail.
        new RowRule("187", AD1, (c, i) => c.AnyGiven(AD1, i, Ad1Items) && InCohort(c, AD1, i)),
        new RowRule("187", OC3, (c, i) => Oc3Completed(c, i) && InCohort(c, OC3, i)),

        // 1014: a care leaver not looked after in the year has no UASC row to give: the UASC row and the OC3 row fail.
        new RowRule("1014", UASC, (c, i) => HasOc3Data(c, UASC, i) && !EpisodesInYear(c, Child(c, UASC, i)).Any()),
        new RowRule("1014", OC3, (c, i) => Oc3Completed(c, i) && c.HasChildIn(UASC, OC3, i) && !EpisodesInYear(c, Child(c, OC3, i)).Any()),

        new RowRule("1016", OC3, (c, i) => Oc3Completed(c, i) && CeasedAfterBirthday(c, i)),
        new RowRule("628", Header, (c, i) => c.Given(Header, i, "MOTHER") && HasOc3Data(c, Header, i) && !EpisodesInYear(c, Child(c, Header, i)).Any()),
    ];

    /// <summary>
    /// 1016: a 17th or 18th birthday in the year, and care (not short breaks) ended after it. Leaving on the birthday is not
    /// after it: the DfE's "staying put" figures are the OC3 of those who left care on their 18th birthday.
    /// </summary>
    private static bool CeasedAfterBirthday(RuleContext c, int i)
    {
        if (c.Dates(OC3, "DOB")[i] is not { } dob || CareLeaverRules.AgeAtBirthdayInYear(dob, c) is not { } age || age is not (17 or 18)) return false;
        var birthday = Model.Dates.Birthday(dob, dob.Year + age);
        var dec = c.Dates(Episodes, "DEC");
        return c.RowsOfChild(Episodes, OC3, i).Any(e => LeftCare(c, e) && !IsShortBreak(c.Cell(Episodes, e, "LS")) && dec[e] > birthday);
    }
}
