using static CorporateParenting.Ssda903.Rules.Catalogue.EpisodeHelpers;
using static CorporateParenting.Ssda903.Rules.Catalogue.RuleHelpers;
using static CorporateParenting.Ssda903.Tables.TableKind;

namespace CorporateParenting.Ssda903.Rules.Catalogue;

/// <summary>
/// Placement rules on one episode: postcodes and what DfE derives from them (distance, LA of placement), and placement types.
/// 179, 411 and 1015 compare the derived LA of placement with the council's own area, which needs the ONS postcode
/// directory: they are not implemented.
/// </summary>
internal static class PlacementRules
{
    private static readonly DateOnly AdoptionReasonsFrom = new(2015, 4, 1);

    private static string E(RuleContext c, int i, string column) => c.Cell(Episodes, i, column);

    /// <summary>Postcodes and distance are expected unless the episode is a short break or the child is or was UASC.</summary>
    private static bool PostcodesExpected(RuleContext c, int i) => !IsShortBreak(E(c, i, "LS")) && !c.IsOrWasUasc(i);

    private static bool Malformed(RuleContext c, int i, string column) => c.Given(Episodes, i, column) && !WellFormed(c, column)[i];

    public static IEnumerable<IRule> All() =>
    [
        // 164: both postcodes given, yet no distance can be worked out from them.
        new RowRule("164", Episodes, (c, i) => PostcodesExpected(c, i) && c.Given(Episodes, i, "HOME_POST") && c.Given(Episodes, i, "PL_POST") && !HasValidDistance(c, i)),
        new RowRule("169", Episodes, (c, i) => !IsShortBreak(E(c, i, "LS")) && !HasValidPlacementLa(c, i)),
        new RowRule("392a", Episodes, (c, i) => PostcodesExpected(c, i) && !HasDistance(c, i)),
        new RowRule("392b", Episodes, (c, i) => PostcodesExpected(c, i) && (!c.Given(Episodes, i, "HOME_POST") || !c.Given(Episodes, i, "PL_POST"))),
        new RowRule("392c", Episodes, (c, i) => Malformed(c, i, "HOME_POST") || Malformed(c, i, "PL_POST")),
        // 392d: only a child placed with parents may live at the home address; spaces do not make postcodes differ.
        new RowRule("392d", Episodes, (c, i) => E(c, i, "PLACE") != "P1" && c.Given(Episodes, i, "HOME_POST")
            && SameIgnoringSpaces(E(c, i, "HOME_POST"), E(c, i, "PL_POST"))),
        new RowRule("406", Episodes, (c, i) => c.IsOrWasUasc(i) && HasDistance(c, i)),
        new RowRule("214", Episodes, (c, i) => IsShortBreak(E(c, i, "LS")) && (c.Given(Episodes, i, "PL_POST") || c.Given(Episodes, i, "URN"))),
        // 217: placed for adoption with the current foster carers means the carers stay the same (since April 2015).
        new RowRule("217", Episodes, (c, i) => E(c, i, "PLACE") is "A3" or "A5" && c.Dates(Episodes, "DECOM")[i] >= AdoptionReasonsFrom && E(c, i, "RNE") is not ("S" or "T" or "U")),
        new RowRule("408", Episodes, (c, i) => E(c, i, "PLACE") is "A5" or "A6" && E(c, i, "LS") != "E1"),
        new RowRule("390", Episodes, (c, i) => E(c, i, "REC") is "E11" or "E12" && E(c, i, "PLACE") is not ("A3" or "A4" or "A5" or "A6")),
        // 516: staying put with former foster carers (E45, E46) follows a foster placement.
        new RowRule("516", Episodes, (c, i) => E(c, i, "REC") is "E45" or "E46" && E(c, i, "PLACE") is not ("U1" or "U2" or "U3" or "U4" or "U5" or "U6")),
    ];
}
