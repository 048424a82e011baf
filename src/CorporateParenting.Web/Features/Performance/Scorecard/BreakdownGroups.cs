using CorporateParenting.Ssda903.Measures;

namespace CorporateParenting.Web.Features.Performance.Scorecard;

/// <summary>
/// How a breakdown's groups are ordered and named: ordered groups (age bands) in their natural order, "Not known"
/// last, and the DfE's placement and legal status codes in plain words for readers without child access (analysts
/// keep the code in front of the words, since that is how the return and the DfE's tables name them).
/// </summary>
public static class BreakdownGroups
{
    private const string NotKnown = "Not known";

    private static readonly string[] AgeBands = ["Under 1", "1 to 4", "5 to 9", "10 to 15", "16 to 17", "18 and over"];

    private static readonly string[] Sexes = ["Female", "Male", "Not known or other"];

    /// <summary>The groups in the order a reader expects them.</summary>
    public static IEnumerable<T> Ordered<T>(IEnumerable<T> groups, string dimension, Func<T, string> group) =>
        groups.OrderBy(g => Rank(dimension, group(g))).ThenBy(g => group(g), StringComparer.Ordinal);

    /// <summary>Where a group sorts: its place in a natural order if it has one; "Not known" after everything else.</summary>
    public static int Rank(string dimension, string group)
    {
        if (group == NotKnown) return int.MaxValue;
        var natural = dimension switch
        {
            nameof(Dimension.AgeBand) => AgeBands,
            nameof(Dimension.Sex) => Sexes,
            _ => [],
        };
        var at = Array.IndexOf(natural, group);
        return at >= 0 ? at : natural.Length;
    }

    /// <summary>The group as a reader sees it: codes in plain words (with the code for analysts).</summary>
    public static string Label(string dimension, string group, bool technical)
    {
        // Stored groups name the code with the DfE's description ("A5 (Placed for adoption ...)"): the code is what is looked up.
        var code = group.Split(' ', 2)[0];
        var words = dimension switch
        {
            nameof(Dimension.PlacementType) => PlacementTypes.GetValueOrDefault(code),
            nameof(Dimension.LegalStatus) => LegalStatuses.GetValueOrDefault(code),
            nameof(Dimension.Uasc) => group switch { "UASC" => "Unaccompanied asylum-seeking children", "Not UASC" => "Other children", _ => null },
            _ => null,
        };
        if (words is null) return group;
        return technical && dimension != nameof(Dimension.Uasc) ? (code == group ? $"{group}: {words}" : group) : words;
    }

    /// <summary>Every code a group may be named by in the 903 (for the test that no member reads one).</summary>
    public static IEnumerable<string> Codes => PlacementTypes.Keys.Concat(LegalStatuses.Keys).Append("UASC");

    // Each code its own words, so that no two groups of a breakdown read the same.
    private static readonly Dictionary<string, string> PlacementTypes = new(StringComparer.Ordinal)
    {
        ["A3"] = "Placed for adoption with consent, with their foster carers",
        ["A4"] = "Placed for adoption with consent, with other adopters",
        ["A5"] = "Placed for adoption under a placement order, with their foster carers",
        ["A6"] = "Placed for adoption under a placement order, with other adopters",
        ["H5"] = "Semi-independent living",
        ["K1"] = "Secure children's home",
        ["K2"] = "Children's home",
        ["K3"] = "Supported accommodation",
        ["P1"] = "Living with their parents",
        ["P2"] = "Independent living",
        ["P3"] = "Living where they work",
        ["R1"] = "Residential care home",
        ["R2"] = "Hospital or other health care",
        ["R3"] = "Family centre or mother and baby unit",
        ["R5"] = "Young offender institution",
        ["S1"] = "Residential school",
        ["T0"] = "Temporary move",
        ["T1"] = "Temporary stay in hospital",
        ["T2"] = "Temporarily away on holiday",
        ["T3"] = "Temporary stay while their foster carers are on holiday",
        ["T4"] = "Other temporary stay of a week or less",
        ["U1"] = "Fostered by family or friends, long term",
        ["U2"] = "Fostered by family or friends who may adopt",
        ["U3"] = "Fostered by family or friends, other",
        ["U4"] = "Fostered by other carers, long term",
        ["U5"] = "Fostered by other carers who may adopt",
        ["U6"] = "Fostered by other carers, other",
        ["Z1"] = "Other placement",
        ["Z11"] = "Other placement (first kind)",
        ["Z12"] = "Other placement (second kind)",
        ["Z13"] = "Other placement (third kind)",
        ["Z14"] = "Other placement (fourth kind)",
    };

    private static readonly Dictionary<string, string> LegalStatuses = new(StringComparer.Ordinal)
    {
        ["C1"] = "Interim care order",
        ["C2"] = "Full care order",
        ["D1"] = "Freeing order",
        ["E1"] = "Placement order (for adoption)",
        ["V2"] = "Looked after with their parents' agreement",
        ["V3"] = "Short breaks, each stay recorded",
        ["V4"] = "Short breaks, agreement recorded",
        ["L1"] = "Police protection",
        ["L2"] = "Emergency protection order",
        ["L3"] = "Child assessment order",
        ["J1"] = "Remanded to the council's care",
        ["J2"] = "Held by the council after arrest",
        ["J3"] = "Youth rehabilitation order with a place to live",
    };
}
