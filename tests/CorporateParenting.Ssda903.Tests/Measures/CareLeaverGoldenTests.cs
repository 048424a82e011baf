using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Tests.Measures;

public sealed class CareLeaverGoldenTests
{
    [Fact]
    public void A_care_leaver_whose_birthday_is_31_march_falls_in_that_years_age_group()
    {
        var build = Build.Return()
            .Child(2025, "BDAY3103", "31/03/2006")   // 19th birthday on 31 March 2025: aged 19 in the year
            .Child(2025, "BDAY0104", "01/04/2006")   // 18th birthday on 1 April 2024: aged 18 in the year
            .Child(2025, "NEET21", "15/10/2003")     // 21st birthday in October 2024
            .Child(2025, "AWAY", "15/10/2004")       // 20, not in touch
            .Add(2025, TableKind.OC3,
                "CHILD=BDAY3103;DOB=31/03/2006;IN_TOUCH=YES;ACTIV=F2;ACCOM=D1",
                "CHILD=BDAY0104;DOB=01/04/2006;IN_TOUCH=YES;ACTIV=F5;ACCOM=B1",
                "CHILD=NEET21;DOB=15/10/2003;IN_TOUCH=YES;ACTIV=G5;ACCOM=S2",
                "CHILD=AWAY;DOB=15/10/2004;IN_TOUCH=NO;ACTIV=0;ACCOM=0");

        var eet1921 = build.Measure(2025, "care_leavers_19_21_eet");
        var eet1718 = build.Measure(2025, "care_leavers_17_18_eet");
        var suitable = build.Measure(2025, "care_leavers_19_21_suitable_accommodation");
        var notInTouch = build.Measure(2025, "care_leavers_19_21_not_in_touch");
        var neet = build.Measure(2025, "care_leavers_19_21_neet");

        Assert.Equal(["AWAY", "BDAY3103", "NEET21"], eet1921.DenominatorChildren.Order());
        Assert.Equal(["BDAY3103"], eet1921.NumeratorChildren);
        Assert.Equal(["BDAY0104"], eet1718.NumeratorChildren);
        Assert.Equal(["BDAY0104"], eet1718.DenominatorChildren);
        Assert.Equal(["BDAY3103"], suitable.NumeratorChildren);
        Assert.Equal(["AWAY"], notInTouch.NumeratorChildren);
        Assert.Equal(["NEET21"], neet.NumeratorChildren);
        Assert.Equal(100.0 / 3, eet1921.Value);
    }

    [Fact]
    public void Staying_put_follows_those_who_left_foster_care_on_their_18th_birthday()
    {
        var measure = Build.Return()
            .Child(2025, "STAYED", "10/06/2006").Episode(2025, "STAYED", "01/01/2020", "10/06/2024", "S", "C2", "U4", "E17")
            .Child(2025, "MOVEDON", "11/07/2006").Episode(2025, "MOVEDON", "01/01/2020", "11/07/2024", "S", "C2", "U6", "E5")
            .Child(2025, "HOME", "12/08/2006").Episode(2025, "HOME", "01/01/2020", "12/08/2024", "S", "C2", "K2", "E5")   // left from a children's home
            .Add(2025, TableKind.OC3,
                "CHILD=STAYED;DOB=10/06/2006;IN_TOUCH=YES;ACTIV=F2;ACCOM=Z1",
                "CHILD=MOVEDON;DOB=11/07/2006;IN_TOUCH=YES;ACTIV=F2;ACCOM=D1",
                "CHILD=HOME;DOB=12/08/2006;IN_TOUCH=YES;ACTIV=F2;ACCOM=D1")
            .Measure(2025, "staying_put");

        Assert.Equal(["MOVEDON", "STAYED"], measure.DenominatorChildren.Order());
        Assert.Equal(["STAYED"], measure.NumeratorChildren);
    }
}
