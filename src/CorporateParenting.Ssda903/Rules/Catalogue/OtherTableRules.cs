using static CorporateParenting.Ssda903.Rules.Catalogue.RuleHelpers;
using static CorporateParenting.Ssda903.Tables.TableKind;

namespace CorporateParenting.Ssda903.Rules.Catalogue;

/// <summary>Rules within the Missing, UASC, AD1 and Reviews tables.</summary>
internal static class OtherTableRules
{
    private static readonly string[] AdoptionItems = ["DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"];

    private static string A(RuleContext c, int i, string column) => c.Cell(AD1, i, column);
    private static string M(RuleContext c, int i, string column) => c.Cell(Missing, i, column);

    public static IEnumerable<IRule> All() =>
    [
        // Missing
        new RowRule("564", Missing, (c, i) => c.Given(Missing, i, "MISSING") && !c.Given(Missing, i, "MIS_START")),
        new RowRule("565", Missing, (c, i) => c.Given(Missing, i, "MIS_START") && !c.Given(Missing, i, "MISSING")),
        new RowRule("566", Missing, (c, i) => c.Given(Missing, i, "MIS_END") && !c.Given(Missing, i, "MISSING")),
        new RowRule("567", Missing, (c, i) => c.Dates(Missing, "MIS_END")[i] is { } end && end < c.Dates(Missing, "MIS_START")[i]),
        new RowRule("570", Missing, (c, i) => c.Dates(Missing, "MIS_START")[i] > c.End),
        new RowRule("571", Missing, (c, i) => c.Dates(Missing, "MIS_END")[i] < c.Start),
        new RowRule("586", Missing, (c, i) => c.Dates(Missing, "MIS_START")[i] is { } start && start < c.Dates(Missing, "DOB")[i]),

        // UASC
        new RowRule("304", UASC, (c, i) => c.Dates(UASC, "DUC")[i] is { } ceased && c.Dates(UASC, "DOB")[i] is { } dob && ceased > dob.AddYears(18)),
        OnlyOnce("INT36", UASC),

        // AD1
        new RowRule("151", AD1, (c, i) => AdoptionItems.Count(f => A(c, i, f).Length > 0) is > 0 and < 6),
        new RowRule("175", AD1, (c, i) => A(c, i, "NB_ADOPTR") is { Length: > 0 } n && n is not ("1" or "2")),
        // 333: a match has a decision on or before it (a missing or unreadable decision date fails too).
        new RowRule("333", AD1, (c, i) => c.Dates(AD1, "DATE_MATCH")[i] is { } matched && !(c.Dates(AD1, "DATE_INT")[i] <= matched)),
        new RowRule("511", AD1, (c, i) => A(c, i, "NB_ADOPTR") == "2" && A(c, i, "SEX_ADOPTR") is "M1" or "F1"),
        new RowRule("514", AD1, (c, i) => A(c, i, "LS_ADOPTR") == "L0" && A(c, i, "NB_ADOPTR") == "2"),
        new RowRule("517", AD1, (c, i) => A(c, i, "LS_ADOPTR") == "L3" && A(c, i, "SEX_ADOPTR") != "MF"),
        new RowRule("518", AD1, (c, i) => A(c, i, "LS_ADOPTR") == "L4" && A(c, i, "SEX_ADOPTR") is not ("MM" or "FF")),
        // 519: a civil partnership is a couple of any sexes (opposite-sex partnerships since December 2019).
        new RowRule("519", AD1, (c, i) => A(c, i, "LS_ADOPTR") == "L2" && A(c, i, "SEX_ADOPTR") is not ("MM" or "FF" or "MF")),
        new RowRule("520", AD1, (c, i) => A(c, i, "LS_ADOPTR") == "L11" && A(c, i, "SEX_ADOPTR") != "MF"),
        new RowRule("524", AD1, (c, i) => A(c, i, "LS_ADOPTR") == "L12" && A(c, i, "SEX_ADOPTR") is not ("MM" or "FF")),
        OnlyOnce("INT31", AD1),

        // Reviews: PN0 means the child was under 4 at the review.
        new RowRule("440", Reviews, (c, i) => c.Cell(Reviews, i, "REVIEW_CODE") == "PN0" && c.Dates(Reviews, "REVIEW")[i] is { } on && Age(c.Dates(Reviews, "DOB")[i], on) >= 4),
        new RowRule("441", Reviews, (c, i) => c.Cell(Reviews, i, "REVIEW_CODE") is { Length: 3 } code && code != "PN0" && c.Dates(Reviews, "REVIEW")[i] is { } on && Age(c.Dates(Reviews, "DOB")[i], on) < 4),
    ];
}
