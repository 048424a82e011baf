using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Tests.Measures;

public sealed class HealthGoldenTests
{
    /// <summary>
    /// IN12: looked after since before the year, continuously (in the OC2 cohort).
    /// APRIL1: started on 1 April 2024, so 12 months exactly at 31 March 2025 (in the cohort).
    /// APRIL2: started on 2 April 2024 (not 12 months).
    /// SHORT: a short-break (V3) child with an OC2 row (never in the cohort).
    /// GAP: left and came back during the year (not continuous).
    /// </summary>
    private static Build Cohort() => Build.Return()
        .Child(2025, "IN12", "01/06/2012").Episode(2025, "IN12", "01/01/2023", "", "S", "C2", "U4")
        .Child(2025, "APRIL1", "01/06/2021").Episode(2025, "APRIL1", "01/04/2024", "", "S", "C2", "U4")
        .Child(2025, "APRIL2", "01/06/2012").Episode(2025, "APRIL2", "02/04/2024", "", "S", "C2", "U4")
        .Child(2025, "SHORT", "01/06/2012").Episode(2025, "SHORT", "01/01/2023", "", "S", "V4", "U6")
        .Child(2025, "GAP", "01/06/2012")
            .Episode(2025, "GAP", "01/01/2023", "01/06/2024", "S", "C2", "U4", "E13")
            .Episode(2025, "GAP", "01/07/2024", "", "S", "C2", "U4")
        .Add(2025, TableKind.OC2,
            "CHILD=IN12;DOB=01/06/2012;HEALTH_ASSESSMENT=1;TEETH_CHECK=0;IMMUNISATIONS=1;SUBSTANCE_MISUSE=1;CONVICTED=1;SDQ_SCORE=18",
            "CHILD=APRIL1;DOB=01/06/2021;HEALTH_ASSESSMENT=0;TEETH_CHECK=1;IMMUNISATIONS=1;HEALTH_CHECK=1;SDQ_SCORE=",
            "CHILD=SHORT;DOB=01/06/2012;HEALTH_ASSESSMENT=1;TEETH_CHECK=1;IMMUNISATIONS=1;SDQ_SCORE=30");

    [Theory]
    [InlineData("oc2_health_assessment", new[] { "IN12" }, new[] { "APRIL1", "IN12" })]
    [InlineData("oc2_dental_check", new[] { "APRIL1" }, new[] { "APRIL1", "IN12" })]
    [InlineData("oc2_immunisations", new[] { "APRIL1", "IN12" }, new[] { "APRIL1", "IN12" })]
    [InlineData("oc2_substance_misuse", new[] { "IN12" }, new[] { "APRIL1", "IN12" })]
    [InlineData("oc2_development_checks", new[] { "APRIL1" }, new[] { "APRIL1" })]      // only APRIL1 (aged 3) is under 5
    [InlineData("oc2_convicted", new[] { "IN12" }, new[] { "IN12" })]                     // only IN12 (aged 12) is 10 or over
    [InlineData("oc2_sdq_completed", new[] { "IN12" }, new[] { "IN12" })]                 // APRIL1 (3) is under 4
    public void Oc2_measures_take_the_12_month_cohort_without_short_breaks(string id, string[] numerator, string[] denominator)
    {
        var measure = Cohort().Measure(2025, id);

        Assert.Equal(numerator, measure.NumeratorChildren.Order());
        Assert.Equal(denominator, measure.DenominatorChildren.Order());
        Assert.Equal(100.0 * numerator.Length / denominator.Length, measure.Value);
    }

    [Fact]
    public void The_average_sdq_score_is_the_mean_of_those_with_a_score()
    {
        var measure = Cohort()
            .Child(2025, "TEN", "01/06/2014").Episode(2025, "TEN", "01/01/2023", "", "S", "C2", "U4")
            .Add(2025, TableKind.OC2, "CHILD=TEN;DOB=01/06/2014;SDQ_SCORE=11")
            .Measure(2025, "oc2_sdq_average");

        Assert.Equal((18 + 11) / 2.0, measure.Value);
        Assert.Equal(["IN12", "TEN"], measure.NumeratorChildren.Order());
    }

    /// <summary>
    /// The cohort as the DfE's validation rules define it (issue 14), the same for the rules and the measures:
    /// X1END: the episode ends X1 on 31 March with nothing after it: care did not end, so in the cohort (was left out).
    /// LEFT31: left care (E13) on 31 March: not looked after at 31 March, out.
    /// RESTART: chained episodes all year, but one begins a new period (RNE S) in October: out (was counted).
    /// </summary>
    [Fact]
    public void The_cohort_keeps_an_episode_ending_X1_at_the_year_end_and_drops_a_new_period_in_the_year()
    {
        var measure = Build.Return()
            .Child(2025, "IN12", "01/06/2012").Episode(2025, "IN12", "01/01/2023", "", "S", "C2", "U4")
            .Child(2025, "X1END", "01/06/2012").Episode(2025, "X1END", "01/01/2023", "31/03/2025", "S", "C2", "U4", "X1")
            .Child(2025, "LEFT31", "01/06/2012").Episode(2025, "LEFT31", "01/01/2023", "31/03/2025", "S", "C2", "U4", "E13")
            .Child(2025, "RESTART", "01/06/2012")
                .Episode(2025, "RESTART", "01/01/2023", "01/10/2024", "S", "C2", "U4", "X1")
                .Episode(2025, "RESTART", "01/10/2024", "", "S", "C2", "U4")
            .Add(2025, TableKind.OC2,
                "CHILD=IN12;DOB=01/06/2012;HEALTH_ASSESSMENT=1",
                "CHILD=X1END;DOB=01/06/2012;HEALTH_ASSESSMENT=0",
                "CHILD=LEFT31;DOB=01/06/2012;HEALTH_ASSESSMENT=1",
                "CHILD=RESTART;DOB=01/06/2012;HEALTH_ASSESSMENT=1")
            .Measure(2025, "oc2_health_assessment");

        Assert.Equal(["IN12"], measure.NumeratorChildren.Order());
        Assert.Equal(["IN12", "X1END"], measure.DenominatorChildren.Order());
        Assert.Equal(50.0, measure.Value);
    }
}
