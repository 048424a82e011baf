using CorporateParenting.Ssda903.Model;

namespace CorporateParenting.Ssda903.Measures;

/// <summary>Stability and where children live.</summary>
internal static class PlacementMeasures
{
    private const double MilesPerKm = 0.621371;

    public static IEnumerable<Measure> All()
    {
        // DfE: children looked after at 31 March with three or more placements during the year (temporary placements and short breaks not counted).
        yield return new Measure(
            new("placements_3_or_more", "Three or more placements in the year", "Children looked after at 31 March who had three or more placements between 1 April and 31 March. Denominator: children looked after at 31 March.",
                MeasureKind.Percent, "percent", Polarity.LowerIsBetter, true),
            c => c.LookedAfterAtEnd().Select(child => new Contribution(child, c.PlacementsInYear(child) >= 3)));

        // DfE: children under 16 at 31 March looked after continuously for 2.5 years or more who had been in the same placement
        // for at least 2 years, or placed for adoption (the adoption placement and the one before together lasting 2 years).
        yield return new Measure(
            new("long_term_stability", "Long-term stability of placements", "Children under 16 at 31 March who had been looked after for 2.5 years or more: the share living in the same placement for at least 2 years, or placed for adoption.",
                MeasureKind.Percent, "percent", Polarity.HigherIsBetter, true),
            c => c.LookedAfterAtEnd()
                .Where(child => child.AgeOn(c.End) is < 16 && child.PeriodOn(c.End) is { } p && p.Start <= c.End.AddMonths(-30))
                .Select(child => new Contribution(child, InSamePlacementTwoYears(child, c.End))));

        // DfE placement mix at 31 March, each a share of children looked after at 31 March.
        yield return Mix("placement_foster", "Placed in foster care", "foster placements (U1-U6)", true, p => p.StartsWith('U') || p is "Q1" or "Q2");
        yield return Mix("placement_with_parents", "Placed with parents", "placed with parents or others with parental responsibility (P1)", true, p => p == "P1");
        yield return Mix("placement_childrens_homes_secure", "Children's homes and secure units", "secure children's homes and children's homes (K1, K2) or residential care homes (R1)", true, p => p is "K1" or "K2" or "R1");
        yield return Mix("placement_independent_semi_independent", "Independent or semi-independent living", "independent or semi-independent living or supported accommodation (P2, H5, K3)", true, p => p is "P2" or "H5" or "K3");
        yield return Mix("placement_adoption", "Placed for adoption", "placed for adoption (A3-A6)", false, p => p.StartsWith('A'));
        yield return Mix("placement_other", "Other placements", "any other placement (residential schools, health settings, youth custody, other)", false,
            p => !(p.StartsWith('U') || p.StartsWith('A') || p is "Q1" or "Q2" or "P1" or "K1" or "K2" or "R1" or "P2" or "H5" or "K3"));

        // DfE: children looked after at 31 March placed outside the council's boundary and more than 20 miles from home (straight line between postcodes).
        yield return new Measure(
            new("placed_over_20_miles_outside_la", "Placed outside the area and over 20 miles from home", "Children looked after at 31 March placed outside the council's boundary and more than 20 miles (straight line) from the home postcode. Denominator: children looked after at 31 March with both postcodes known.",
                MeasureKind.Percent, "percent", Polarity.LowerIsBetter, true),
            c => c.LookedAfterAtEnd().Select(child => (child, d: Distance(c, child))).Where(x => x.d is not null)
                .Select(x => new Contribution(x.child, x.d!.Value.Miles > 20 && x.d.Value.OutsideArea)),
            NeedsLookup);

        yield return new Measure(
            new("placed_outside_la", "Placed outside the council's area", "Children looked after at 31 March whose placement postcode is outside the council's area. Denominator: those with a known placement postcode.",
                MeasureKind.Percent, "percent", Polarity.LowerIsBetter, false),
            c => c.LookedAfterAtEnd().Select(child => (child, info: Lookup(c, child.EpisodeOn(c.End)!.PlacementPostcode))).Where(x => x.info is not null)
                .Select(x => new Contribution(x.child, x.info!.LocalAuthority != c.Options.CouncilCode)),
            NeedsLookup);
    }

    private static Measure Mix(string id, string name, string what, bool england, Func<string, bool> matches) => new(
        new(id, name, $"Children looked after at 31 March in {what}, as a share of all children looked after at 31 March.", MeasureKind.Percent, "percent", Polarity.Neither, england),
        c => c.LookedAfterAtEnd().Select(child => new Contribution(child, matches(child.EpisodeOn(c.End)!.Placement.Code))));

    private static bool InSamePlacementTwoYears(Child child, DateOnly end)
    {
        var current = child.EpisodeOn(end)!;
        if (current.Placement.Code.StartsWith('A')) return true;
        // The placement began at the latest episode that started a new placement, on or before this one.
        var placementStart = child.Episodes.Where(e => e.Start <= current.Start && e.StartsNewPlacement && !e.IsTemporary).Select(e => e.Start).DefaultIfEmpty(current.Start).Max();
        return placementStart <= end.AddYears(-2);
    }

    private static string? NeedsLookup(MeasureContext c) =>
        c.Options.PostcodeLookup is null || c.Options.CouncilCode is null ? "not available: needs a postcode lookup and the council's code" : null;

    private static PostcodeInfo? Lookup(MeasureContext c, string postcode) =>
        postcode.Length == 0 || c.Options.PostcodeLookup is null ? null : c.Options.PostcodeLookup(postcode);

    private static (double Miles, bool OutsideArea)? Distance(MeasureContext c, Child child)
    {
        var episode = child.EpisodeOn(c.End)!;
        if (Lookup(c, episode.HomePostcode) is not { } home || Lookup(c, episode.PlacementPostcode) is not { } placed) return null;
        return (GreatCircleKm(home, placed) * MilesPerKm, placed.LocalAuthority != c.Options.CouncilCode);
    }

    private static double GreatCircleKm(PostcodeInfo a, PostcodeInfo b)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(b.Latitude - a.Latitude);
        var dLon = Radians(b.Longitude - a.Longitude);
        var h = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(Radians(a.Latitude)) * Math.Cos(Radians(b.Latitude)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * 6371.0 * Math.Asin(Math.Sqrt(h));
    }
}
