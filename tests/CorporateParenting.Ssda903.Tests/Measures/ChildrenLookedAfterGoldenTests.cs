using CorporateParenting.Ssda903.Measures;
using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Tests.Measures;

/// <summary>Year 2025 runs from 1 April 2024 to 31 March 2025 throughout.</summary>
public sealed class ChildrenLookedAfterGoldenTests
{
    [Fact]
    public void Looked_after_at_31_march_counts_open_episodes_but_not_short_breaks_or_those_who_left_that_day()
    {
        var measure = Build.Return()
            .Episode(2025, "OPEN", "01/06/2023", "", "S", "C2", "U4")
            .Episode(2025, "LEFT31", "01/06/2023", "31/03/2025", "S", "C2", "U4", "E13")      // left on 31 March: not looked after at its end
            .Episode(2025, "LEFT0104", "01/06/2023", "01/04/2025", "S", "C2", "U4", "E13")    // left on 1 April 2025: still looked after on 31 March
            .Episode(2025, "SHORT", "20/03/2025", "", "S", "V3", "U6")
            .Measure(2025, "cla_count");

        Assert.Equal(2, measure.Value);
        Assert.Equal(["LEFT0104", "OPEN"], measure.NumeratorChildren.Order());
    }

    [Fact]
    public void A_child_who_started_on_1_april_starts_in_that_year_and_not_the_year_before()
    {
        var set = Build.Return()
            .Episode(2024, "MARCH31", "31/03/2024", "", "S", "C2", "U4")
            .Episode(2025, "MARCH31", "31/03/2024", "", "S", "C2", "U4")
            .Episode(2025, "APRIL1", "01/04/2024", "", "S", "C2", "U4")
            .Set();

        var started2025 = NationalMeasures.Compute(set, 2025).Single(m => m.Id == "cla_started");
        var started2024 = NationalMeasures.Compute(set, 2024).Single(m => m.Id == "cla_started");

        Assert.Equal(["APRIL1"], started2025.NumeratorChildren);
        Assert.Equal(["MARCH31"], started2024.NumeratorChildren);
    }

    [Fact]
    public void A_move_between_episodes_is_not_leaving_care_but_a_non_x1_ending_is()
    {
        var measure = Build.Return()
            .Episode(2025, "MOVED", "01/01/2024", "01/06/2024", "S", "C2", "U4", "X1")
            .Episode(2025, "MOVED", "01/06/2024", "", "P", "C2", "U6")
            .Episode(2025, "HOME", "01/01/2024", "01/06/2024", "S", "C2", "U4", "E4A")
            .Episode(2025, "TWICE", "01/05/2024", "01/06/2024", "S", "V2", "U4", "E13")
            .Episode(2025, "TWICE", "01/08/2024", "01/09/2024", "S", "V2", "U4", "E13")
            .Measure(2025, "cla_ceased");

        Assert.Equal(2, measure.Numerator);   // each child once, however many periods ended
        Assert.Equal(["HOME", "TWICE"], measure.NumeratorChildren.Order());
    }

    [Fact]
    public void The_rate_per_10000_needs_the_child_population_and_then_divides_by_it()
    {
        var build = Build.Return()
            .Episode(2025, "A", "01/01/2024", "", "S", "C2", "U4")
            .Episode(2025, "B", "01/01/2024", "", "S", "C2", "U4")
            .Episode(2025, "C", "01/01/2024", "", "S", "C2", "U4");

        var without = build.Measure(2025, "cla_rate_per_10000");
        var with = build.Measure(2025, "cla_rate_per_10000", new MeasureOptions(ChildPopulation: 40_000));

        Assert.False(without.Available);
        Assert.Null(without.Value);
        Assert.Equal(3 * 10_000.0 / 40_000, with.Value);
        Assert.Equal(40_000, with.Denominator);
    }

    [Fact]
    public void Uasc_share_counts_only_children_whose_uasc_status_had_not_ceased_by_31_march()
    {
        var measure = Build.Return()
            .Episode(2025, "U1", "01/01/2024", "", "S", "V2", "U6")
            .Episode(2025, "U2", "01/01/2024", "", "S", "V2", "U6")
            .Episode(2025, "N", "01/01/2024", "", "S", "C2", "U6")
            .Add(2025, TableKind.UASC, "CHILD=U1;SEX=M;DOB=01/01/2008;DUC=", "CHILD=U2;SEX=M;DOB=01/02/2007;DUC=01/02/2025")
            .Measure(2025, "uasc_share");

        Assert.Equal(["U1"], measure.NumeratorChildren);
        Assert.Equal(3, measure.Denominator);
        Assert.Equal(100.0 / 3, measure.Value);
    }
}
