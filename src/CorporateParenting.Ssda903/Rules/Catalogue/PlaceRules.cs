using CorporateParenting.Ssda903.Places;
using CorporateParenting.Ssda903.Tables;
using static CorporateParenting.Ssda903.Rules.Catalogue.RuleHelpers;
using static CorporateParenting.Ssda903.Tables.TableKind;

namespace CorporateParenting.Ssda903.Rules.Catalogue;

/// <summary>What a rule needs beside the return; without it the rule is reported as not checked.</summary>
[Flags]
internal enum PlaceNeeds
{
    None = 0,
    Postcodes = 1,
    Providers = 2,
    /// <summary>Which council the return is: given, or worked out from the postcode directory.</summary>
    OwnAuthority = 4,
}

internal interface IPlaceRule : IRule
{
    PlaceNeeds Needs { get; }
}

/// <summary>An episode rule that needs the postcode directory, the provider list or the council's own LA.</summary>
internal sealed class PlaceRule(string code, PlaceNeeds needs, Func<RuleContext, int, bool> fails) : IPlaceRule
{
    public string Code { get; } = code;
    public PlaceNeeds Needs { get; } = needs;

    public IEnumerable<(TableKind Table, int RowIndex)> Failures(RuleContext context)
    {
        var count = context[Episodes].Count;
        for (var i = 0; i < count; i++)
            if (fails(context, i)) yield return (Episodes, i);
    }

    /// <summary>Why the rule cannot be checked with these lookups, or null when it can.</summary>
    public static string? Missing(PlaceNeeds needs, RuleContext context)
    {
        var missing = new List<string>();
        if (needs.HasFlag(PlaceNeeds.Postcodes) && context.Places.Postcodes is null) missing.Add("the ONS postcode directory");
        if (needs.HasFlag(PlaceNeeds.Providers) && context.Places.Providers is null) missing.Add("the Ofsted provider list");
        if (missing.Count == 0 && needs.HasFlag(PlaceNeeds.OwnAuthority) && context.OwnAuthority is null)
            missing.Add(context.Places.Postcodes is null ? "the council's LA number (or a postcode directory to find it from home postcodes)" : "the council's LA number (no home postcode is in the directory)");
        return missing.Count == 0 ? null : "needs " + string.Join(" and ", missing);
    }
}

/// <summary>
/// Rules that read the ONS postcode directory (PL_LA, PL_LOCATION as the DfE derives them) and Ofsted's
/// provider list (URN, type, sector, closure date, postcode). Unknown URNs are 1008's alone: the others judge
/// an episode only against a provider the list has and only on what the list says (ADR 21).
/// </summary>
internal static class PlaceRules
{
    private const PlaceNeeds Postcodes = PlaceNeeds.Postcodes;
    private const PlaceNeeds Providers = PlaceNeeds.Providers;
    private const PlaceNeeds Own = PlaceNeeds.OwnAuthority;

    private static string E(RuleContext c, int i, string column) => c.Cell(Episodes, i, column);

    private static bool HasUrn(RuleContext c, int i) => E(c, i, "URN") is { Length: > 0 } urn && urn != "XXXXXXX";

    private static bool IsFosteringOrAdoption(string place) => place is "A3" or "A4" or "A5" or "A6" or "U1" or "U2" or "U3" or "U4" or "U5" or "U6";

    public static IEnumerable<IRule> All() =>
    [
        // 1008: a URN (other than XXXXXXX) must be one Ofsted knows.
        new PlaceRule("1008", Providers, (c, i) => HasUrn(c, i) && c.Provider(i) is null),
        // 219: the placement type must be one the provider's registration covers.
        new PlaceRule("219", Providers, (c, i) => c.Provider(i) is { PlaceCodes.Count: > 0 } p && !p.PlaceCodes.Contains(E(c, i, "PLACE"))),
        // 221: a home, secure home, family centre or school is where the child is placed: PL_POST is its postcode.
        new PlaceRule("221", Providers, (c, i) => c.Provider(i) is { Postcode.Length: > 0 } p && !IsShortBreak(E(c, i, "LS"))
            && E(c, i, "PLACE") is "K1" or "K2" or "R3" or "S1"
            && E(c, i, "PL_POST") is { Length: > 0 } post && PostcodeDirectory.Key(post) != p.Postcode),
        // 224: the provider code must be one the provider's sector allows.
        new PlaceRule("224", Providers, (c, i) => c.Provider(i) is { ProviderCodes.Count: > 0 } p && E(c, i, "PLACE_PROVIDER") is { Length: > 0 } provider
            && !p.ProviderCodes.Contains(provider)),
        // 227: the episode cannot start on or after the provider closed.
        new PlaceRule("227", Providers, (c, i) => c.Provider(i) is { Closed: { } closed } && c.Dates(Episodes, "DECOM")[i] >= closed),
        // 228: nor end after it closed; an open episode needs the provider open at 31 March.
        new PlaceRule("228", Providers, (c, i) => c.Provider(i) is { Closed: { } closed }
            && (c.Dates(Episodes, "DEC")[i] is { } dec ? dec > closed : !c.Given(Episodes, i, "DEC") && c.End > closed)),
        // 229: own provision (PR1) is a setting in the council's area; another council's (PR2) is not.
        new PlaceRule("229", Providers | Own, (c, i) => c.ProviderAuthorities()[i] is { } la
            && (E(c, i, "PLACE_PROVIDER") == "PR1" && la != c.OwnAuthority || E(c, i, "PLACE_PROVIDER") == "PR2" && la == c.OwnAuthority)),

        // 1015: own provision other than fostering and adoption is in the council's own area.
        new PlaceRule("1015", Postcodes | Own, (c, i) => E(c, i, "PLACE_PROVIDER") == "PR1" && E(c, i, "PLACE") is { Length: > 0 } place
            && !IsFosteringOrAdoption(place) && E(c, i, "LS") is { Length: > 0 } ls && !IsShortBreak(ls)
            && c.PlacementLa()[i] is { } la && la != c.OwnAuthority),
        // 179: PL_LOCATION must be IN or OUT: it cannot be derived when PL_POST is missing or not a postcode the directory knows.
        new PlaceRule("179", Postcodes | Own, (c, i) => !IsShortBreak(E(c, i, "LS")) && c.PlacementLocation()[i] is not ("IN" or "OUT")),
        // 411: IN only when the placement's LA is the council's own.
        new PlaceRule("411", Postcodes | Own, (c, i) => c.PlacementLocation()[i] == "IN" && c.PlacementLa()[i] != c.OwnAuthority),
    ];
}
