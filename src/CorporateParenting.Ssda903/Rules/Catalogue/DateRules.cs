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
        Valid("104", UASC, "DUC", blankAllowed: true),
        Valid("112", AD1, "DATE_INT", blankAllowed: true),
        Valid("113", AD1, "DATE_MATCH", blankAllowed: true),
        Valid("1004", Missing, "MIS_START", blankAllowed: true),
        Valid("1005", Missing, "MIS_END", blankAllowed: true),
    ];

    public static RowRule Valid(string code, TableKind table, string field, bool blankAllowed = false) =>
        new(code, table, (c, i) => c.Cell(table, i, field) is var v && (v.Length == 0 ? !blankAllowed : c.Dates(table, field)[i] is null));
}
