using System.Globalization;
using static CorporateParenting.Ssda903.Rules.Catalogue.RuleHelpers;
using static CorporateParenting.Ssda903.Tables.TableKind;

namespace CorporateParenting.Ssda903.Rules.Catalogue;

/// <summary>Rules within the OC2 table (children looked after continuously for 12 months).</summary>
internal static class HealthRules
{
    private static readonly string[] ZeroOrOne = ["CONVICTED", "HEALTH_ASSESSMENT", "HEALTH_CHECK", "IMMUNISATIONS", "INTERVENTION_OFFERED", "INTERVENTION_RECEIVED", "SUBSTANCE_MISUSE", "TEETH_CHECK"];
    private static readonly string[] Core = ["IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE"];

    private static string O(RuleContext c, int i, string column) => c.Cell(OC2, i, column);
    private static int? AgeAt(RuleContext c, int i, DateOnly on) => Age(c.Dates(OC2, "DOB")[i], on);

    public static IEnumerable<IRule> All() =>
    [
        new RowRule("180", OC2, (c, i) => O(c, i, "SDQ_SCORE") is { Length: > 0 } s && !(int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 40)),
        new RowRule("181", OC2, (c, i) => ZeroOrOne.Any(f => O(c, i, f) is { Length: > 0 } v && v is not ("0" or "1"))),
        // 182: the four core items, or the whole row blank: any of the eight items given makes all four core ones due.
        new RowRule("182", OC2, (c, i) => c.AnyBlank(OC2, i, Core) && c.AnyGiven(OC2, i, ZeroOrOne)),
        new RowRule("188", OC2, (c, i) => AgeAt(c, i, c.End) < 4 && (c.Given(OC2, i, "SDQ_SCORE") || c.Given(OC2, i, "SDQ_REASON"))),
        new RowRule("189", OC2, (c, i) => AgeAt(c, i, c.Start) >= 17 && (c.Given(OC2, i, "SDQ_SCORE") || c.Given(OC2, i, "SDQ_REASON"))),
        new RowRule("192", OC2, (c, i) => O(c, i, "SUBSTANCE_MISUSE") == "1" && !c.Given(OC2, i, "INTERVENTION_RECEIVED")),
        new RowRule("193", OC2, (c, i) => O(c, i, "SUBSTANCE_MISUSE") != "1" && (c.Given(OC2, i, "INTERVENTION_RECEIVED") || c.Given(OC2, i, "INTERVENTION_OFFERED"))),
        new RowRule("158", OC2, (c, i) => O(c, i, "INTERVENTION_RECEIVED") == "1" && c.Given(OC2, i, "INTERVENTION_OFFERED")),
        new RowRule("159", OC2, (c, i) => O(c, i, "SUBSTANCE_MISUSE") == "1" && O(c, i, "INTERVENTION_RECEIVED") == "0" && !c.Given(OC2, i, "INTERVENTION_OFFERED")),
        new RowRule("197a", OC2, (c, i) => c.Given(OC2, i, "SDQ_SCORE") && c.Given(OC2, i, "SDQ_REASON")),
        new RowRule("544", OC2, (c, i) => c.Given(OC2, i, "CONVICTED") && c.AnyBlank(OC2, i, Core)),
        // 545 and 546 are about children in the 12-month cohort (the others' OC2 items are 190's); 5 on the 5th birthday.
        new RowRule("545", OC2, (c, i) => AgeAt(c, i, c.End) < 5 && !c.Given(OC2, i, "HEALTH_CHECK") && c.InOc2Cohort(OC2, i)),
        new RowRule("546", OC2, (c, i) => AgeAt(c, i, c.End) >= 5 && c.Given(OC2, i, "HEALTH_CHECK") && c.InOc2Cohort(OC2, i)),
        new RowRule("547", OC2, (c, i) => c.Given(OC2, i, "HEALTH_CHECK") && c.AnyBlank(OC2, i, Core)),
        OnlyOnce("INT33", OC2),
    ];
}
