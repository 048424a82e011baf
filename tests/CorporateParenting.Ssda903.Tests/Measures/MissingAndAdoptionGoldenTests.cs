using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Tests.Measures;

public sealed class MissingAndAdoptionGoldenTests
{
    [Fact]
    public void Missing_and_away_are_shares_of_everyone_looked_after_during_the_year()
    {
        var build = Build.Return()
            .Episode(2025, "MISSED", "01/01/2024", "", "S", "C2", "K2")
            .Episode(2025, "AWAY", "01/01/2024", "01/12/2024", "S", "C2", "U4", "E13")   // left in the year: still in the cohort
            .Episode(2025, "NONE", "01/05/2024", "", "S", "C2", "U4")
            .Episode(2025, "SHORT", "01/05/2024", "03/05/2024", "S", "V3", "U6", "E13")  // short breaks are not in the cohort
            .Add(2025, TableKind.Missing,
                "CHILD=MISSED;DOB=01/01/2010;MISSING=M;MIS_START=01/06/2024;MIS_END=02/06/2024",
                "CHILD=MISSED;DOB=01/01/2010;MISSING=M;MIS_START=01/07/2024;MIS_END=02/07/2024",
                "CHILD=AWAY;DOB=01/01/2010;MISSING=A;MIS_START=01/08/2024;MIS_END=01/08/2024",
                "CHILD=SHORT;DOB=01/01/2010;MISSING=M;MIS_START=02/05/2024;MIS_END=02/05/2024");

        var missing = build.Measure(2025, "missing_incident");
        var away = build.Measure(2025, "away_without_authorisation");

        Assert.Equal(["AWAY", "MISSED", "NONE"], missing.DenominatorChildren.Order());
        Assert.Equal(["MISSED"], missing.NumeratorChildren);
        Assert.Equal(["AWAY"], away.NumeratorChildren);
        Assert.Equal(100.0 / 3, missing.Value);
    }

    [Fact]
    public void Adoptions_are_a_share_of_those_leaving_care_and_timed_from_entering_care()
    {
        var build = Build.Return()
            // Entered care 1 June 2022, moved to an adoptive placement, adopted 1 June 2024: 731 days (2024 is a leap year).
            .Episode(2025, "ADOPTED", "01/06/2022", "01/09/2023", "S", "C2", "U4", "X1")
            .Episode(2025, "ADOPTED", "01/09/2023", "01/06/2024", "P", "E1", "A6", "E11")
            // Entered care 1 January 2024, adopted 1 January 2025: 366 days.
            .Episode(2025, "QUICK", "01/01/2024", "01/01/2025", "S", "E1", "A4", "E12")
            .Episode(2025, "HOME", "01/01/2024", "01/10/2024", "S", "C2", "U4", "E4A")
            .Episode(2025, "STAYING", "01/01/2024", "", "S", "C2", "U4");

        var share = build.Measure(2025, "adopted_share_of_ceased");
        var days = build.Measure(2025, "adoption_entry_to_adoption_days");

        Assert.Equal(["ADOPTED", "HOME", "QUICK"], share.DenominatorChildren.Order());
        Assert.Equal(["ADOPTED", "QUICK"], share.NumeratorChildren.Order());
        Assert.Equal((731 + 366) / 2.0, days.Value);
    }
}
