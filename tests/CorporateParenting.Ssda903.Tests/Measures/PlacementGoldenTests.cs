using CorporateParenting.Ssda903.Measures;

namespace CorporateParenting.Ssda903.Tests.Measures;

public sealed class PlacementGoldenTests
{
    [Fact]
    public void A_child_moved_three_times_in_the_year_has_three_or_more_placements()
    {
        var measure = Build.Return()
            // Placement held on 1 April, then two moves: three placements in the year.
            .Episode(2025, "MOVER", "01/01/2024", "01/06/2024", "S", "C2", "U4", "X1")
            .Episode(2025, "MOVER", "01/06/2024", "01/09/2024", "P", "C2", "U6", "X1")
            .Episode(2025, "MOVER", "01/09/2024", "", "P", "C2", "K2")
            // A change of legal status in the same placement is not a move: one placement.
            .Episode(2025, "STATUS", "01/01/2024", "01/07/2024", "S", "V2", "U4", "X1")
            .Episode(2025, "STATUS", "01/07/2024", "", "L", "C2", "U4")
            // A hospital stay (T1) between two foster placements is not counted: two placements.
            .Episode(2025, "HOSPITAL", "01/01/2024", "01/05/2024", "S", "C2", "U4", "X1")
            .Episode(2025, "HOSPITAL", "01/05/2024", "10/05/2024", "T", "C2", "T1", "X1")
            .Episode(2025, "HOSPITAL", "10/05/2024", "", "P", "C2", "U6")
            // Three placements but left care before 31 March: not in the cohort.
            .Episode(2025, "GONE", "01/04/2024", "01/05/2024", "S", "C2", "U4", "X1")
            .Episode(2025, "GONE", "01/05/2024", "01/06/2024", "P", "C2", "U6", "X1")
            .Episode(2025, "GONE", "01/06/2024", "01/07/2024", "P", "C2", "K2", "E13")
            .Measure(2025, "placements_3_or_more");

        Assert.Equal(["MOVER"], measure.NumeratorChildren);
        Assert.Equal(["HOSPITAL", "MOVER", "STATUS"], measure.DenominatorChildren.Order());
        Assert.Equal(100.0 / 3, measure.Value);
    }

    [Fact]
    public void Long_term_stability_takes_under_16s_in_care_two_and_a_half_years_and_asks_for_two_years_in_one_placement()
    {
        // 30 months before 31 March 2025 is 30 September 2022.
        var measure = Build.Return()
            .Child(2025, "STABLE", "01/01/2013").Episode(2025, "STABLE", "30/09/2022", "", "S", "C2", "U4")               // 2.5 years exactly, same placement
            .Child(2025, "SHORT", "01/01/2013").Episode(2025, "SHORT", "01/10/2022", "", "S", "C2", "U4")                  // a day short of 2.5 years
            .Child(2025, "MOVED", "01/01/2013")
                .Episode(2025, "MOVED", "01/01/2022", "01/06/2023", "S", "C2", "U4", "X1")
                .Episode(2025, "MOVED", "01/06/2023", "", "P", "C2", "U6")                                                 // current placement under 2 years
            .Child(2025, "STATUS", "01/01/2013")
                .Episode(2025, "STATUS", "01/01/2022", "01/06/2024", "S", "V2", "U4", "X1")
                .Episode(2025, "STATUS", "01/06/2024", "", "L", "C2", "U4")                                                // legal status changed, same placement since 2022
            .Child(2025, "ADOPT", "01/01/2020")
                .Episode(2025, "ADOPT", "01/01/2022", "01/12/2024", "S", "C2", "U4", "X1")
                .Episode(2025, "ADOPT", "01/12/2024", "", "P", "E1", "A6")                                                 // placed for adoption
            .Child(2025, "SIXTEEN", "30/03/2009").Episode(2025, "SIXTEEN", "01/01/2020", "", "S", "C2", "U4")              // 16 at 31 March
            .Measure(2025, "long_term_stability");

        Assert.Equal(["ADOPT", "MOVED", "STABLE", "STATUS"], measure.DenominatorChildren.Order());
        Assert.Equal(["ADOPT", "STABLE", "STATUS"], measure.NumeratorChildren.Order());
        Assert.Equal(75.0, measure.Value);
    }

    [Fact]
    public void The_placement_mix_adds_up_to_everyone_looked_after_at_31_march()
    {
        var set = Build.Return()
            .Episode(2025, "F1", "01/01/2024", "", "S", "C2", "U4")
            .Episode(2025, "F2", "01/01/2024", "", "S", "C2", "U1")
            .Episode(2025, "P", "01/01/2024", "", "S", "C2", "P1")
            .Episode(2025, "K", "01/01/2024", "", "S", "C2", "K2")
            .Episode(2025, "I", "01/01/2024", "", "S", "C2", "H5")
            .Episode(2025, "A", "01/01/2024", "", "S", "E1", "A6")
            .Episode(2025, "O", "01/01/2024", "", "S", "C2", "S1")
            .Set();
        var results = NationalMeasures.Compute(set, 2025).Where(m => m.Id.StartsWith("placement_", StringComparison.Ordinal)).ToDictionary(m => m.Id);

        Assert.Equal(["F1", "F2"], results["placement_foster"].NumeratorChildren.Order());
        Assert.Equal(["P"], results["placement_with_parents"].NumeratorChildren);
        Assert.Equal(["K"], results["placement_childrens_homes_secure"].NumeratorChildren);
        Assert.Equal(["I"], results["placement_independent_semi_independent"].NumeratorChildren);
        Assert.Equal(["A"], results["placement_adoption"].NumeratorChildren);
        Assert.Equal(["O"], results["placement_other"].NumeratorChildren);
        Assert.Equal(7, results.Values.Sum(r => r.Numerator));
        Assert.Equal(100.0, results.Values.Sum(r => r.Value!.Value), precision: 9);
    }

    [Fact]
    public void Distance_from_home_needs_a_postcode_lookup_and_counts_only_placements_outside_the_area_over_20_miles()
    {
        // Latitude 1 degree = 69.1 miles: 0.5 degrees is about 34.5 miles, 0.2 degrees about 13.8.
        var places = new Dictionary<string, PostcodeInfo>
        {
            ["HOME 1AA"] = new(53.0, -2.0, "OURS"),
            ["NEAR 1AA"] = new(53.2, -2.0, "NEIGHBOUR"),
            ["FAR 1AA"] = new(53.5, -2.0, "NEIGHBOUR"),
            ["FARHERE 1AA"] = new(53.5, -2.0, "OURS"),
        };
        var build = Build.Return()
            .Add(2025, Ssda903.Tables.TableKind.Episodes,
                "CHILD=NEAR;DECOM=01/01/2024;RNE=S;LS=C2;PLACE=U4;HOME_POST=HOME 1AA;PL_POST=NEAR 1AA",
                "CHILD=FAR;DECOM=01/01/2024;RNE=S;LS=C2;PLACE=U4;HOME_POST=HOME 1AA;PL_POST=FAR 1AA",
                "CHILD=FARHERE;DECOM=01/01/2024;RNE=S;LS=C2;PLACE=U4;HOME_POST=HOME 1AA;PL_POST=FARHERE 1AA",
                "CHILD=UNKNOWN;DECOM=01/01/2024;RNE=S;LS=C2;PLACE=U4;HOME_POST=;PL_POST=FAR 1AA");
        var options = new MeasureOptions(PostcodeLookup: p => places.GetValueOrDefault(p), CouncilCode: "OURS");

        var without = build.Measure(2025, "placed_over_20_miles_outside_la");
        var with = build.Measure(2025, "placed_over_20_miles_outside_la", options);

        Assert.False(without.Available);
        Assert.Contains("postcode lookup", without.NotAvailableReason);
        Assert.Equal(["FAR"], with.NumeratorChildren);
        Assert.Equal(["FAR", "FARHERE", "NEAR"], with.DenominatorChildren.Order());
    }
}
