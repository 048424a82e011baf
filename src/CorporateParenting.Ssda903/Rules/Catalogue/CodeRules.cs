using CorporateParenting.Ssda903.Tables;
using static CorporateParenting.Ssda903.Tables.TableKind;

namespace CorporateParenting.Ssda903.Rules.Catalogue;

/// <summary>"The code is not valid": a coded field holds a code of its code set for the year (blank allowed where the field is optional).</summary>
internal static class CodeRules
{
    public static IEnumerable<IRule> All() =>
    [
        Valid("101", Header, "SEX"),
        Valid("103", Header, "ETHNIC"),
        Valid("143", Episodes, "RNE"),
        Valid("144", Episodes, "LS"),
        Valid("145", Episodes, "CIN"),
        Valid("146", Episodes, "PLACE"),
        Valid("149", Episodes, "REC", blankAllowed: true),
        Valid("178", Episodes, "PLACE_PROVIDER", blankAllowed: true),
        Valid("1009", Episodes, "REASON_PLACE_CHANGE", blankAllowed: true),
        // 167: a review needs a valid participation code; a row with neither review date nor code is wholly blank and passes.
        new RowRule("167", Reviews, (c, i) => c.Cell(Reviews, i, "REVIEW_CODE") is var v
            && !(v.Length == 0 && !c.Given(Reviews, i, "REVIEW")) && !CodeSets.IsValid("REVIEW_CODE", v, c.Year)),
        Valid("131", OC3, "IN_TOUCH", blankAllowed: true),
        Valid("132", OC3, "ACTIV", blankAllowed: true),
        // 133: S1 (homeless) and X1 can never be "suitable".
        new RowRule("133", OC3, (c, i) => c.Cell(OC3, i, "ACCOM") is var v && v.Length > 0 && (v is "S1" or "X1" || !CodeSets.IsValid("ACCOM", v, c.Year))),
        Valid("196", OC2, "SDQ_REASON", blankAllowed: true),
        Valid("1006", Missing, "MISSING", blankAllowed: true),
        Valid("114", AD1, "FOSTER_CARE", blankAllowed: true),
        Valid("176", AD1, "SEX_ADOPTR", blankAllowed: true),
        Valid("177", AD1, "LS_ADOPTR", blankAllowed: true),
    ];

    public static ValueRule Valid(string code, TableKind table, string field, bool blankAllowed = false) =>
        new(code, table, field, (c, v) => v.Length == 0 ? !blankAllowed : !CodeSets.IsValid(field, v, c.Year));
}
