using CorporateParenting.Ssda903.Rules;
using CorporateParenting.Ssda903.Tables;
using static CorporateParenting.Ssda903.Tables.TableKind;

namespace CorporateParenting.Ssda903.Tests.Rules;

/// <summary>
/// One case per rule: a row that passes (child PASS, row 1) and a row that fails (child FAIL, row 2).
/// The rule must report exactly the failing row, with its table, row number, CHILD and the DfE fields and message.
/// Year 2025 (1 April 2024 to 31 March 2025).
/// </summary>
public sealed class RowRuleTests
{
    public static TheoryData<string, TableKind, string, string, string> Cases => new()
    {
        // Codes valid for the year
        { "101", Header, "SEX=M", "SEX=1", "" },
        { "103", Header, "ETHNIC=BAFR", "ETHNIC=XXXX", "" },
        { "143", Episodes, "RNE=S", "RNE=Q", "" },
        { "144", Episodes, "LS=V2", "LS=C9", "" },
        { "145", Episodes, "CIN=N8", "CIN=N9", "" },
        { "146", Episodes, "PLACE=K2;URN=SC123456", "PLACE=K9", "" },
        { "149", Episodes, "DEC=01/02/2025;REC=E13", "DEC=01/02/2025;REC=E99", "" },
        { "178", Episodes, "PLACE_PROVIDER=PR4", "PLACE_PROVIDER=PR9", "" },
        { "1009", Episodes, "REASON_PLACE_CHANGE=", "REASON_PLACE_CHANGE=WHIM", "" },
        { "167", Reviews, "REVIEW_CODE=PN7", "REVIEW_CODE=PN8", "" },
        { "131", OC3, "IN_TOUCH=NREQ", "IN_TOUCH=MAYBE", "" },
        { "132", OC3, "ACTIV=G6", "ACTIV=G9", "" },
        { "133", OC3, "ACCOM=S2", "ACCOM=S1", "" },
        { "196", OC2, "SDQ_SCORE=;SDQ_REASON=SDQ5", "SDQ_SCORE=;SDQ_REASON=SDQ9", "" },
        { "1006", Missing, "MISSING=A", "MISSING=X", "" },
        { "114", AD1, "FOSTER_CARE=1", "FOSTER_CARE=2", "" },
        { "175", AD1, "NB_ADOPTR=1;SEX_ADOPTR=F1;LS_ADOPTR=L0", "NB_ADOPTR=3", "" },
        { "176", AD1, "SEX_ADOPTR=FF;LS_ADOPTR=L12", "SEX_ADOPTR=XY", "" },
        { "177", AD1, "LS_ADOPTR=L3", "LS_ADOPTR=L9", "" },
        // Dates
        { "102", Header, "DOB=29/02/2012", "DOB=30/02/2012", "" },
        { "141", Episodes, "DECOM=01/01/2023", "DECOM=1/1/2023", "" },
        { "147", Episodes, "DEC=01/02/2025;REC=E13", "DEC=2025-02-01;REC=E13", "" },
        { "166", Reviews, "REVIEW=01/09/2024", "REVIEW=", "" },
        { "171", Header, "MC_DOB=", "MC_DOB=31/13/2020", "" },
        { "104", UASC, "DUC=15/06/2026", "DUC=15-06-2026", "" },
        { "112", AD1, "DATE_INT=01/01/2024", "DATE_INT=01/01/24", "" },
        { "113", AD1, "DATE_MATCH=01/02/2024", "DATE_MATCH=zz/02/2024", "" },
        { "1004", Missing, "MIS_START=01/07/2024", "MIS_START=01/07/2024 10:00", "" },
        { "1005", Missing, "MIS_END=02/07/2024", "MIS_END=32/07/2024", "" },
        // Header
        { "168", Header, "UPN=UN3", "UPN=I123456789012", "" },
        { "174", Header, "SEX=F;MOTHER=1;MC_DOB=01/01/2024", "SEX=M;MC_DOB=01/01/2024", "" },
        { "209", Header, "DOB=01/06/2022;UPN=UN1", "DOB=01/06/2012;UPN=UN1", "" },
        { "301", Header, "DOB=31/03/2025", "DOB=01/04/2025", "" },
        { "351", Header, "DOB=01/04/1999", "DOB=31/03/1999", "" },
        { "611", Header, "MOTHER=1;MC_DOB=01/01/2024", "MOTHER=1;MC_DOB=", "" },
        { "612", Header, "MOTHER=1;MC_DOB=01/01/2024", "MOTHER=0;MC_DOB=01/01/2024", "" },
        { "620", Header, "DOB=01/06/2009;MOTHER=1;MC_DOB=01/01/2024", "DOB=01/06/2014;MOTHER=1;MC_DOB=01/01/2024", "" },
        { "621", Header, "DOB=01/06/2008;MOTHER=1;MC_DOB=01/01/2024", "DOB=01/06/2008;MOTHER=1;MC_DOB=01/06/2008", "" },
        // Episodes, one row at a time
        { "148", Episodes, "DEC=01/02/2025;REC=E13", "DEC=01/02/2025;REC=", "" },
        { "353", Episodes, "DECOM=14/10/1991;DEC=01/01/1992;REC=E13", "DECOM=13/10/1991;DEC=01/01/1992;REC=E13", "" },
        { "354", Episodes, "DECOM=31/03/2025", "DECOM=01/04/2025", "" },
        { "385", Episodes, "DEC=31/03/2025;REC=E13", "DEC=01/04/2025;REC=E13", "" },
        { "355", Episodes, "DEC=02/01/2023;REC=E13", "DEC=01/01/2023;REC=E13", "" },
        { "356", Episodes, "DEC=02/01/2023;REC=E13", "DEC=31/12/2022;REC=E13", "" },
        { "365", Episodes, "LS=V3;DECOM=01/05/2024;DEC=18/05/2024;REC=E13", "LS=V3;DECOM=01/05/2024;DEC=19/05/2024;REC=E13", "" },
        { "213", Episodes, "PLACE=T1;PLACE_PROVIDER=;URN=", "PLACE=T1;PLACE_PROVIDER=PR1;URN=", "" },
        { "218", Episodes, "PLACE=K2;URN=SC123456", "PLACE=K2;URN=", "" },
        { "222", Episodes, "PLACE=P1;PLACE_PROVIDER=PR0;URN=", "PLACE=P1;PLACE_PROVIDER=PR0;URN=1234567", "" },
        { "226", Episodes, "PLACE=T2;PLACE_PROVIDER=;URN=;REASON_PLACE_CHANGE=", "PLACE=T2;PLACE_PROVIDER=;URN=;REASON_PLACE_CHANGE=CARPL", "" },
        { "378", Episodes, "PLACE=P1;PLACE_PROVIDER=PR0;URN=;LS=C2", "PLACE=P1;PLACE_PROVIDER=PR0;URN=;LS=V2", "" },
        { "380", Episodes, "RNE=P;DECOM=01/01/2023;PLACE=T1;PLACE_PROVIDER=;URN=", "RNE=S;PLACE=T1;PLACE_PROVIDER=;URN=", "" },
        { "381", Episodes, "PLACE=T1;PLACE_PROVIDER=;URN=;DEC=01/02/2025;REC=X1", "PLACE=T1;PLACE_PROVIDER=;URN=;DEC=01/02/2025;REC=E13", "" },
        { "382", Episodes, "LS=V3;PLACE=K2;URN=SC123456", "LS=V3;PLACE=T3;PLACE_PROVIDER=;URN=", "" },
        { "384", Episodes, "LS=V3;PLACE=U6", "LS=V4;PLACE=U4", "" },
        { "445", Episodes, "LS=D1;DECOM=01/12/2005;DEC=01/12/2006;REC=E11", "LS=D1;DECOM=01/01/2006;DEC=01/12/2006;REC=E11", "" },
        { "446", Episodes, "LS=E1;DECOM=01/12/2005", "LS=E1;DECOM=30/11/2005", "" },
        { "526", Episodes, "PLACE_PROVIDER=PR1", "PLACE_PROVIDER=", "" },
        { "527", Episodes, "PLACE=R2;PLACE_PROVIDER=PR3;URN=", "PLACE=R2;PLACE_PROVIDER=PR1;URN=", "" },
        { "528", Episodes, "PLACE=R5;PLACE_PROVIDER=PR4;URN=", "PLACE=R5;PLACE_PROVIDER=PR2;URN=", "" },
        { "529", Episodes, "PLACE=R1;PLACE_PROVIDER=PR3;URN=", "PLACE=K2;PLACE_PROVIDER=PR3;URN=SC123456", "" },
        { "530", Episodes, "PLACE=P1;PLACE_PROVIDER=PR0;URN=", "PLACE=P1;PLACE_PROVIDER=PR4;URN=", "" },
        { "531", Episodes, "PLACE=K2;PLACE_PROVIDER=PR5;URN=SC123456", "PLACE=P1;PLACE_PROVIDER=PR5;URN=", "" },
        { "550", Episodes, "PLACE=P1;PLACE_PROVIDER=PR0;URN=", "PLACE=U4;PLACE_PROVIDER=PR0", "" },
        // OC2
        { "180", OC2, "SDQ_SCORE=40", "SDQ_SCORE=41", "" },
        { "181", OC2, "IMMUNISATIONS=0", "IMMUNISATIONS=Y", "" },
        { "182", OC2, "TEETH_CHECK=0", "TEETH_CHECK=", "" },
        { "188", OC2, "DOB=31/03/2021;SDQ_SCORE=10", "DOB=01/04/2021;SDQ_SCORE=10", "DOB=01/04/2021" },
        { "189", OC2, "DOB=02/04/2008;SDQ_SCORE=10", "DOB=01/04/2007;SDQ_SCORE=10", "DOB=01/04/2007" },
        { "192", OC2, "SUBSTANCE_MISUSE=1;INTERVENTION_RECEIVED=1", "SUBSTANCE_MISUSE=1;INTERVENTION_RECEIVED=", "" },
        { "193", OC2, "SUBSTANCE_MISUSE=0", "SUBSTANCE_MISUSE=0;INTERVENTION_OFFERED=1", "" },
        { "158", OC2, "SUBSTANCE_MISUSE=1;INTERVENTION_RECEIVED=1;INTERVENTION_OFFERED=", "SUBSTANCE_MISUSE=1;INTERVENTION_RECEIVED=1;INTERVENTION_OFFERED=1", "" },
        { "159", OC2, "SUBSTANCE_MISUSE=1;INTERVENTION_RECEIVED=0;INTERVENTION_OFFERED=1", "SUBSTANCE_MISUSE=1;INTERVENTION_RECEIVED=0;INTERVENTION_OFFERED=", "" },
        { "197a", OC2, "SDQ_SCORE=12;SDQ_REASON=", "SDQ_SCORE=12;SDQ_REASON=SDQ1", "" },
        { "544", OC2, "CONVICTED=1", "CONVICTED=1;HEALTH_ASSESSMENT=", "" },
        { "545", OC2, "DOB=01/06/2021;SDQ_SCORE=;HEALTH_CHECK=1", "DOB=01/06/2021;SDQ_SCORE=;HEALTH_CHECK=", "DOB=01/06/2021" },
        { "546", OC2, "HEALTH_CHECK=", "HEALTH_CHECK=1", "" },
        { "547", OC2, "DOB=01/06/2021;SDQ_SCORE=;HEALTH_CHECK=1", "DOB=01/06/2021;SDQ_SCORE=;HEALTH_CHECK=1;IMMUNISATIONS=", "DOB=01/06/2021" },
        // OC3
        { "153", OC3, "IN_TOUCH=YES;ACTIV=F1;ACCOM=U1", "IN_TOUCH=YES;ACTIV=;ACCOM=U1", "" },
        { "344", OC3, "IN_TOUCH=DIED;ACTIV=0;ACCOM=0", "IN_TOUCH=RHOM;ACTIV=F1;ACCOM=0", "" },
        { "345", OC3, "IN_TOUCH=YES;ACTIV=F1;ACCOM=U1", "IN_TOUCH=YES;ACTIV=F1;ACCOM=0", "" },
        { "391", OC3, "DOB=01/04/2007", "DOB=02/04/2008", "DOB=02/04/2008" },
        // Missing, UASC, AD1, Reviews
        { "564", Missing, "MISSING=M;MIS_START=01/07/2024", "MISSING=M;MIS_START=", "" },
        { "565", Missing, "MISSING=A;MIS_START=01/07/2024", "MISSING=;MIS_START=01/07/2024;MIS_END=", "" },
        { "566", Missing, "MISSING=A;MIS_END=02/07/2024", "MISSING=;MIS_START=;MIS_END=02/07/2024", "" },
        { "567", Missing, "MIS_START=01/07/2024;MIS_END=01/07/2024", "MIS_START=01/07/2024;MIS_END=30/06/2024", "" },
        { "570", Missing, "MIS_START=31/03/2025;MIS_END=", "MIS_START=01/04/2025;MIS_END=", "" },
        { "571", Missing, "MIS_START=30/03/2024;MIS_END=01/04/2024", "MIS_START=30/03/2024;MIS_END=31/03/2024", "" },
        { "586", Missing, "DOB=01/06/2012;MIS_START=01/06/2012", "DOB=01/06/2012;MIS_START=31/05/2012;MIS_END=", "" },
        { "304", UASC, "DOB=15/06/2008;DUC=15/06/2026", "DOB=15/06/2008;DUC=16/06/2026", "" },
        { "151", AD1, "DATE_INT=01/01/2024", "FOSTER_CARE=", "" },
        { "333", AD1, "DATE_INT=01/02/2024;DATE_MATCH=01/02/2024", "DATE_INT=02/02/2024;DATE_MATCH=01/02/2024", "" },
        { "511", AD1, "NB_ADOPTR=2;SEX_ADOPTR=FF;LS_ADOPTR=L12", "NB_ADOPTR=2;SEX_ADOPTR=F1;LS_ADOPTR=L0", "" },
        { "514", AD1, "NB_ADOPTR=1;SEX_ADOPTR=M1;LS_ADOPTR=L0", "NB_ADOPTR=2;SEX_ADOPTR=MF;LS_ADOPTR=L0", "" },
        { "517", AD1, "SEX_ADOPTR=MF;LS_ADOPTR=L3", "SEX_ADOPTR=FF;LS_ADOPTR=L3", "" },
        { "518", AD1, "SEX_ADOPTR=MM;LS_ADOPTR=L4", "SEX_ADOPTR=MF;LS_ADOPTR=L4", "" },
        { "519", AD1, "SEX_ADOPTR=MF;LS_ADOPTR=L2", "SEX_ADOPTR=F1;LS_ADOPTR=L2", "" },
        { "520", AD1, "SEX_ADOPTR=MF;LS_ADOPTR=L11", "SEX_ADOPTR=MM;LS_ADOPTR=L11", "" },
        { "524", AD1, "SEX_ADOPTR=FF;LS_ADOPTR=L12", "SEX_ADOPTR=MF;LS_ADOPTR=L12", "" },
        { "440", Reviews, "DOB=01/06/2022;REVIEW=01/09/2024;REVIEW_CODE=PN0", "DOB=01/06/2020;REVIEW=01/09/2024;REVIEW_CODE=PN0", "" },
        { "441", Reviews, "DOB=01/06/2020;REVIEW=01/09/2024;REVIEW_CODE=PN1", "DOB=01/06/2022;REVIEW=01/09/2024;REVIEW_CODE=PN1", "" },
        // Episodes with the header's date of birth
        { "352", Episodes, "DECOM=31/05/2024", "DECOM=01/06/2024", "DOB=01/06/2006" },
        { "371", Episodes, "PLACE=K3;DECOM=01/06/2024", "PLACE=K3;DECOM=01/06/2024", "DOB=02/06/2008" },
        { "372", Episodes, "PLACE=R5;PLACE_PROVIDER=PR0;URN=;DECOM=01/06/2024", "PLACE=R5;PLACE_PROVIDER=PR0;URN=;DECOM=01/06/2024", "DOB=02/06/2014" },
        { "373", Episodes, "PLACE=S1;DECOM=01/06/2024", "PLACE=S1;DECOM=01/06/2024", "DOB=02/06/2020" },
        { "374", Episodes, "PLACE=P3;PLACE_PROVIDER=;URN=;DECOM=01/06/2024", "PLACE=P3;PLACE_PROVIDER=;URN=;DECOM=01/06/2024", "DOB=02/06/2010" },
        { "386", Episodes, "DEC=01/02/2025;REC=E11", "DEC=01/02/2025;REC=E11", "DOB=01/02/2007" },
        { "387", Episodes, "DEC=01/02/2025;REC=E5", "DEC=01/02/2025;REC=E5", "DOB=02/02/2011" },
        { "389", Episodes, "DEC=01/02/2025;REC=E7", "DEC=01/02/2025;REC=E7", "DOB=02/02/2009" },
        { "460", Episodes, "DEC=01/06/2024;REC=E17", "DEC=01/06/2024;REC=E17", "DOB=02/06/2006" },
        { "442", Header, "UPN=A123456789012", "UPN=", "" },
        { "393", Header, "SEX=F;MOTHER=0", "SEX=F;MOTHER=", "" },
        { "INT14", OC2, "DOB=01/06/2012", "DOB=02/06/2012", "" },
        { "INT15", OC3, "DOB=01/06/2012", "DOB=02/06/2012", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_rule_reports_exactly_the_failing_row(string rule, TableKind table, string passing, string failing, string failingHeader)
    {
        var build = new RuleTestReturn().Row(table, "PASS", passing).Row(table, "FAIL", failing);
        if (failingHeader.Length > 0) build.Row(Header, "FAIL", failingHeader);
        if (AgeRules.Contains(rule)) build.Row(Header, "PASS", "DOB=" + PassingDob(rule));
        // OC2 and OC3 rows repeat the child's date of birth: the header agrees (except in the INT checks of that agreement).
        if (table is OC2 or OC3)
        {
            var passingDob = Value(passing, "DOB") ?? Value(RuleTestReturn.Base[table], "DOB");
            build.Row(Header, "PASS", $"DOB={passingDob}");
            if (failingHeader.Length == 0)
                build.Row(Header, "FAIL", rule is "INT14" or "INT15" ? "" : $"DOB={Value(failing, "DOB") ?? passingDob}");
        }

        var failures = build.Failures(rule);
        var entry = RuleCatalogue.For(rule);

        var failure = Assert.Single(failures);
        Assert.Equal((table, 2, "FAIL"), (failure.Table, failure.Row, failure.Child));
        Assert.Equal(entry.Message, failure.Message);
        Assert.Equal(entry.Fields, failure.Fields);
    }

    private static readonly string[] AgeRules = ["352", "358", "371", "372", "373", "374", "386", "387", "389", "407", "460"];

    /// <summary>For age rules the passing child is old (or young) enough: the failing header's date moved a safe way.</summary>
    private static string PassingDob(string rule) => rule switch
    {
        "352" or "386" or "407" => "01/06/2010",
        "358" or "372" => "01/06/2010",
        "371" => "01/06/2007",
        "373" => "01/06/2018",
        "374" => "01/06/2008",
        "387" => "01/06/2008",
        "389" => "01/06/2006",
        "460" => "01/06/2006",
        _ => "01/06/2012",
    };

    private static string? Value(string spec, string column) =>
        spec.Split(';').Select(p => p.Split('=', 2)).FirstOrDefault(p => p[0] == column && p.Length > 1)?[1];
}
