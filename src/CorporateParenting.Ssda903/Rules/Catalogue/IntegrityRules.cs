using CorporateParenting.Ssda903.Tables;
using static CorporateParenting.Ssda903.Tables.TableKind;

namespace CorporateParenting.Ssda903.Rules.Catalogue;

/// <summary>
/// The DfE's integrity checks on the tables beside Episodes, OC2 and OC3 (those are in LinkingRules): every child
/// is in the header, and DOB (and SEX in UASC) agree with it. Values are compared only when both are there and
/// valid: a blank or malformed one is another rule's to report.
/// </summary>
internal static class IntegrityRules
{
    public static IEnumerable<IRule> All() =>
    [
        NotInHeader("INT01", AD1), NotInHeader("INT02", PlacedAdoption), NotInHeader("INT04", Missing),
        NotInHeader("INT07", PrevPerm), NotInHeader("INT08", Reviews), NotInHeader("INT09", UASC),
        DobDiffers("INT11", AD1), DobDiffers("INT12", PlacedAdoption), DobDiffers("INT13", Missing),
        DobDiffers("INT16", PrevPerm), DobDiffers("INT17", Reviews), DobDiffers("INT18", UASC),
        new RowRule("INT21", UASC, (c, i) => HeaderRow(c, UASC, i) is { } h
            && Sex(c.Cell(UASC, i, "SEX")) is { Length: > 0 } sex && Sex(c.Cell(Header, h, "SEX")) is { Length: > 0 } header && sex != header),
    ];

    private static RowRule NotInHeader(string code, TableKind table) =>
        new(code, table, (c, i) => !c.HasChildIn(Header, table, i));

    /// <summary>Also INT14 (OC2) and INT15 (OC3), in LinkingRules.</summary>
    internal static RowRule DobDiffers(string code, TableKind table) =>
        new(code, table, (c, i) => c.Dates(table, "DOB")[i] is { } dob && c.HeaderDob(table, i) is { } header && dob != header);

    private static int? HeaderRow(RuleContext c, TableKind table, int i)
    {
        foreach (var row in c.RowsOfChild(Header, table, i)) return row;
        return null;
    }

    /// <summary>SEX as 1/2 (to 2023-24) or M/F (from 2024-25): the same child written either way is the same.</summary>
    private static string Sex(string code) => code switch { "1" => "M", "2" => "F", _ => code };
}
