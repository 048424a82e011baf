using static CorporateParenting.Ssda903.Rules.Catalogue.Periods;
using static CorporateParenting.Ssda903.Rules.Catalogue.RuleHelpers;
using static CorporateParenting.Ssda903.Tables.TableKind;

namespace CorporateParenting.Ssda903.Rules.Catalogue;

/// <summary>Further rules within the OC2, OC3, Missing and Header tables.</summary>
internal static class FurtherTableRules
{
    public static IEnumerable<IRule> All() =>
    [
        new RowRule("542", OC2, (c, i) => c.Given(OC2, i, "CONVICTED") && Age(c.Dates(OC2, "DOB")[i], c.End) < 10),
        // 347: a Foyer is ACCOM T1 or T2; the DfE takes the age at the start of the year (18 on the 18th birthday).
        new RowRule("347", OC3, (c, i) => c.Cell(OC3, i, "ACCOM").StartsWith('T') && Age(c.Dates(OC3, "DOB")[i], c.Start) < 18),
        StartsBeforePreviousEnds("574", Missing, "MIS_START", "MIS_END", whileOpen: true),
        // EPI: care leavers no longer looked after have a header and OC3 but no episodes in the year.
        new RowRule("EPI", Header, (c, i) => !c.HasChildIn(Episodes, Header, i) && !c.HasChildIn(OC3, Header, i)),
    ];
}
