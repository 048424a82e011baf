using static CorporateParenting.Ssda903.Rules.Catalogue.Periods;
using static CorporateParenting.Ssda903.Tables.TableKind;

namespace CorporateParenting.Ssda903.Rules.Catalogue;

/// <summary>Rules within the table of decisions that a child should be placed for adoption (and their reversal).</summary>
internal static class PlacedForAdoptionRules
{
    private static string P(RuleContext c, int i, string column) => c.Cell(PlacedAdoption, i, column);

    public static IEnumerable<IRule> All() =>
    [
        // A blank decision date is 563's when the reversal is given.
        DateRules.Valid("115", PlacedAdoption, "DATE_PLACED", blankAllowed: true),
        DateRules.Valid("116", PlacedAdoption, "DATE_PLACED_CEASED", blankAllowed: true),
        CodeRules.Valid("120", PlacedAdoption, "REASON_PLACED_CEASED", blankAllowed: true),
        // A reversal has both its date and its reason.
        new RowRule("119", PlacedAdoption, (c, i) => (!c.Given(PlacedAdoption, i, "DATE_PLACED_CEASED")) != (!c.Given(PlacedAdoption, i, "REASON_PLACED_CEASED"))),
        new RowRule("522", PlacedAdoption, (c, i) => c.Dates(PlacedAdoption, "DATE_PLACED")[i] is { } placed && placed > c.Dates(PlacedAdoption, "DATE_PLACED_CEASED")[i]),
        new RowRule("563", PlacedAdoption, (c, i) => !c.Given(PlacedAdoption, i, "DATE_PLACED") && (c.Given(PlacedAdoption, i, "DATE_PLACED_CEASED") || c.Given(PlacedAdoption, i, "REASON_PLACED_CEASED"))),
        // 579 reports the new decision; 583 the earlier one never revoked.
        StartsBeforePreviousEnds("579", PlacedAdoption, "DATE_PLACED", "DATE_PLACED_CEASED", whileOpen: true),
        OpenBeforeLater("583", PlacedAdoption, "DATE_PLACED", "DATE_PLACED_CEASED"),
    ];
}
