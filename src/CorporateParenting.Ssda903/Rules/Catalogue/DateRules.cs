using CorporateParenting.Ssda903.Tables;
using static CorporateParenting.Ssda903.Tables.TableKind;

namespace CorporateParenting.Ssda903.Rules.Catalogue;

/// <summary>"Not a valid date": dd/mm/yyyy with two-digit day and month and a four-digit year.</summary>
internal static class DateRules
{
    public static IEnumerable<IRule> All() =>
    [
        Valid("102", Header, "DOB"),
        Valid("141", Episodes, "DECOM"),
        Valid("147", Episodes, "DEC", blankAllowed: true),
        Valid("166", Reviews, "REVIEW"),
        Valid("171", Header, "MC_DOB", blankAllowed: true),
        // 104: blank while UASC status goes on; a date before the year is not one this year's return can hold.
        new RowRule("104", UASC, (c, i) => c.Given(UASC, i, "DUC") && !(c.Dates(UASC, "DUC")[i] >= c.Start)),
        Valid("112", AD1, "DATE_INT", blankAllowed: true),
        Valid("113", AD1, "DATE_MATCH", blankAllowed: true),
        // 1004: a missing spell always has a start.
        Valid("1004", Missing, "MIS_START"),
        Valid("1005", Missing, "MIS_END", blankAllowed: true),
    ];

    public static ValueRule Valid(string code, TableKind table, string field, bool blankAllowed = false) =>
        new(code, table, field, (_, v) => v.Length == 0 ? !blankAllowed : Model.Dates.Parse(v) is null);
}
