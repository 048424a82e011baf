namespace CorporateParenting.Ssda903.Tests.Rules;

/// <summary>
/// Rules that link the episodes with the adoption, missing, previous permanence, social worker, OC2/OC3 and review tables
/// (collection year 2025: 1 April 2024 to 31 March 2025). Each case has children that pass and children that fail, and
/// names exactly the rows reported. A child with no episode given has one open since 01/01/2023; with no header given,
/// a girl born 01/06/2012 with MOTHER=0.
/// </summary>
public sealed class LinkRuleTests
{
    private const string Adopted = "PLACE=A6;LS=E1;DECOM=01/06/2024;DEC=01/01/2025;REC=E11";

    /// <summary>An episode placed for adoption that ended in the year with the reason given.</summary>
    private static string Ended(string rec, string place = "A6") => $"PLACE={place};LS=E1;DECOM=01/06/2024;DEC=01/01/2025;REC={rec}";
    private const string NoAd1Items = "DATE_INT=;DATE_MATCH=;FOSTER_CARE=;NB_ADOPTR=;SEX_ADOPTR=;LS_ADOPTR=";
    private const string Reversed = "DATE_PLACED_CEASED=01/05/2024;REASON_PLACED_CEASED=RD1";
    private const string ShortBreak = "LS=V3;PLACE=R1;DECOM=01/05/2024;DEC=05/05/2024;REC=E13";
    private const string ShortBreakV4 = "LS=V4;PLACE=R1;DECOM=01/05/2024;DEC=05/05/2024;REC=E13";

    public static TheoryData<string, string[], string[]> Cases => new()
    {
        // rule, the return's rows, the failing rows
        { "1003", ["Episodes PASS DECOM=01/01/2023", "PlacedAdoption PASS DATE_PLACED=01/02/2023",
            "Episodes FAIL DECOM=01/01/2023", "PlacedAdoption FAIL DATE_PLACED=01/12/2022",
            "Episodes NOSTART DECOM=01/01/2023;RNE=P", "PlacedAdoption NOSTART DATE_PLACED=01/12/2022"],
            ["Episodes 2 FAIL", "PlacedAdoption 2 FAIL"] },
        { "117", ["Episodes PASS DECOM=01/01/2023;DEC=01/03/2025;REC=E11", "PlacedAdoption PASS DATE_PLACED=01/06/2024",
            "Episodes AFTER DECOM=01/01/2023;DEC=01/06/2024;REC=E4A", "PlacedAdoption AFTER DATE_PLACED=01/01/2024;DATE_PLACED_CEASED=01/07/2024;REASON_PLACED_CEASED=RD1",
            "Episodes BEYOND DECOM=01/01/2023", "PlacedAdoption BEYOND DATE_PLACED=01/04/2025",
            "Episodes CHAIN DECOM=01/01/2023;DEC=01/06/2024;REC=X1", "Episodes CHAIN DECOM=01/06/2024;RNE=P", "PlacedAdoption CHAIN DATE_PLACED=01/07/2024"],
            ["Episodes 2 AFTER", "PlacedAdoption 2 AFTER", "Episodes 3 BEYOND", "PlacedAdoption 3 BEYOND"] },
        { "118", ["Episodes PASS DECOM=01/01/2023", "PlacedAdoption PASS DATE_PLACED_CEASED=01/06/2024;REASON_PLACED_CEASED=RD1",
            "Episodes EARLY DECOM=01/01/2023", "PlacedAdoption EARLY DATE_PLACED_CEASED=01/03/2024;REASON_PLACED_CEASED=RD1",
            $"Episodes BREAKS {ShortBreak}", "Episodes BREAKS DECOM=01/08/2024", "PlacedAdoption BREAKS DATE_PLACED=01/05/2024;DATE_PLACED_CEASED=01/07/2024;REASON_PLACED_CEASED=RD1"],
            ["Episodes 2 EARLY", "PlacedAdoption 2 EARLY", "Episodes 4 BREAKS", "PlacedAdoption 3 BREAKS"] },
        { "134", ["AD1 PASS", "AD1 FAIL", "OC3 FAIL", $"AD1 EMPTY {NoAd1Items}", "OC3 EMPTY", "AD1 BLANKOC3", "OC3 BLANKOC3 IN_TOUCH=;ACTIV=;ACCOM="],
            ["AD1 2 FAIL"] },
        { "184", ["Header PASS DOB=01/06/2022", "PlacedAdoption PASS DATE_PLACED=01/06/2022", "Header FAIL DOB=01/06/2022", "PlacedAdoption FAIL DATE_PLACED=31/05/2022"],
            ["PlacedAdoption 2 FAIL"] },
        { "215", ["OC3 PASS", "OC2 PASS CONVICTED=;IMMUNISATIONS=;TEETH_CHECK=;HEALTH_ASSESSMENT=;SUBSTANCE_MISUSE=", "OC3 FAIL", "OC2 FAIL", "OC2 NOLEAVER"],
            ["OC2 2 FAIL", "OC3 2 FAIL"] },
        { "3001", ["Header FAIL DOB=01/06/2007", "OC3 FAIL DOB=01/06/2007;ACCOM=Z1", "Header OLDER DOB=01/06/2006", "OC3 OLDER DOB=01/06/2006;ACCOM=Z1",
            "Header PASS DOB=01/06/2007", "OC3 PASS DOB=01/06/2007;ACCOM=D1"], ["OC3 1 FAIL"] },
        { "331", [$"Episodes PASS {Adopted}", "AD1 PASS DATE_MATCH=01/06/2024", $"Episodes FAIL {Adopted}", "AD1 FAIL DATE_MATCH=02/06/2024"],
            ["AD1 2 FAIL", "Episodes 2 FAIL"] },
        { "334", ["Episodes PASS DECOM=01/01/2023", "AD1 PASS DATE_INT=01/01/2024",
            "Episodes FAIL DECOM=01/01/2020;DEC=01/01/2021;REC=E8", "Episodes FAIL DECOM=01/01/2023", "AD1 FAIL DATE_INT=01/06/2022"],
            ["AD1 2 FAIL", "Episodes 3 FAIL"] },
        { "335", [$"Episodes PASS {Ended("E11", "A5")}", "AD1 PASS FOSTER_CARE=1", $"Episodes ZERO {Ended("E11", "A5")}", "AD1 ZERO FOSTER_CARE=0",
            $"Episodes ONE {Adopted}", "AD1 ONE FOSTER_CARE=1"],
            ["AD1 2 ZERO", "AD1 3 ONE", "Episodes 2 ZERO", "Episodes 3 ONE"] },
        { "399", [$"Episodes PASS {ShortBreak}", "Header PASS MOTHER=", $"Episodes MOTHER {ShortBreak}", "Header MOTHER MOTHER=0",
            $"Episodes REVIEWED {ShortBreakV4}", "Header REVIEWED MOTHER=", "Reviews REVIEWED",
            $"Episodes MIXED {ShortBreak}", "Episodes MIXED DECOM=01/06/2024", "Header MIXED MOTHER=0"],
            ["Episodes 2 MOTHER", "Episodes 3 REVIEWED", "Header 2 MOTHER", "Reviews 1 REVIEWED"] },
        { "521", ["Episodes PASS DECOM=01/06/2024;PLACE=A6;LS=E1", "AD1 PASS DATE_INT=01/06/2024", "Episodes FAIL DECOM=01/06/2024;PLACE=A4;LS=E1", "AD1 FAIL DATE_INT=02/06/2024",
            "Episodes OTHER DECOM=01/06/2024", "AD1 OTHER DATE_INT=02/06/2024"], ["AD1 2 FAIL", "Episodes 2 FAIL"] },
        { "523", ["PlacedAdoption PASS DATE_PLACED=01/01/2024", "AD1 PASS DATE_INT=01/01/2024", "PlacedAdoption FAIL DATE_PLACED=01/01/2024", "AD1 FAIL DATE_INT=02/01/2024",
            "PlacedAdoption AGAIN DATE_PLACED=01/01/2023;DATE_PLACED_CEASED=01/03/2023;REASON_PLACED_CEASED=RD1", "PlacedAdoption AGAIN DATE_PLACED=01/01/2024", "AD1 AGAIN DATE_INT=01/01/2024"],
            ["AD1 2 FAIL", "PlacedAdoption 2 FAIL"] },
        { "525", ["PlacedAdoption PASS", "AD1 PASS", $"PlacedAdoption FAIL {Reversed}", "AD1 FAIL", $"PlacedAdoption BLANK {Reversed}", $"AD1 BLANK {NoAd1Items}"],
            ["AD1 2 FAIL", "PlacedAdoption 2 FAIL"] },
        { "551", ["Episodes PASS PLACE=A6;LS=E1", "PlacedAdoption PASS", "Episodes NONE PLACE=A5;LS=E1", "Episodes BLANK PLACE=A3;LS=E1", "PlacedAdoption BLANK DATE_PLACED=",
            "Episodes OTHER PLACE=U4"], ["Episodes 2 NONE", "Episodes 3 BLANK"] },
        { "552", ["Episodes PASS DECOM=01/06/2024;PLACE=A6;LS=E1", "PlacedAdoption PASS DATE_PLACED=01/06/2024",
            "Episodes FAIL DECOM=01/06/2024;PLACE=A6;LS=E1", "PlacedAdoption FAIL DATE_PLACED=02/06/2024"], ["Episodes 2 FAIL", "PlacedAdoption 2 FAIL"] },
        { "553", ["Episodes PASS LS=E1", "PlacedAdoption PASS", "Episodes NONE LS=E1", "Episodes REVERSED LS=E1", "PlacedAdoption REVERSED DATE_PLACED_CEASED=01/06/2024;REASON_PLACED_CEASED=RD2",
            "Episodes ENDED LS=E1;DEC=01/06/2024;REC=E4A", "PlacedAdoption ENDED DATE_PLACED_CEASED=01/06/2024;REASON_PLACED_CEASED=RD2"],
            ["Episodes 2 NONE", "PlacedAdoption 2 REVERSED"] },
        { "554", ["Episodes PASS DECOM=01/06/2024;LS=E1", "PlacedAdoption PASS DATE_PLACED=01/06/2024",
            "Episodes FAIL DECOM=01/01/2023;DEC=01/06/2024;REC=X1", "Episodes FAIL DECOM=01/06/2024;RNE=L;LS=E1", "PlacedAdoption FAIL DATE_PLACED=02/06/2024"],
            ["Episodes 3 FAIL", "PlacedAdoption 2 FAIL"] },
        { "555", ["Episodes PASS LS=D1", "PlacedAdoption PASS", "Episodes NONE LS=D1", "Episodes REVERSED LS=D1", "PlacedAdoption REVERSED DATE_PLACED_CEASED=01/06/2024;REASON_PLACED_CEASED=RD2"],
            ["Episodes 2 NONE", "PlacedAdoption 2 REVERSED"] },
        { "556", ["Episodes PASS DECOM=01/06/2024;LS=D1", "PlacedAdoption PASS DATE_PLACED=01/06/2024", "Episodes FAIL DECOM=01/06/2024;LS=D1", "PlacedAdoption FAIL DATE_PLACED=02/06/2024"],
            ["Episodes 2 FAIL"] },
        { "557", [$"Episodes PASS {Adopted}", "PlacedAdoption PASS", $"Episodes REVERSED {Ended("E4A")}", $"PlacedAdoption REVERSED {Reversed}",
            "Episodes NONE LS=E1;DEC=01/06/2024;REC=E4A", $"Episodes OPEN {Ended("E4A")}", "PlacedAdoption OPEN",
            "Episodes MOVED PLACE=A6;LS=E1;DEC=01/06/2024;REC=X1", "Episodes MOVED DECOM=01/06/2024;RNE=P;LS=E1", "PlacedAdoption MOVED"],
            ["Episodes 3 NONE", "Episodes 4 OPEN", "PlacedAdoption 3 OPEN"] },
        { "558", [$"Episodes PASS {Adopted}", "PlacedAdoption PASS", $"Episodes FAIL {Ended("E12")}", $"PlacedAdoption FAIL {Reversed}",
            $"Episodes AGAIN {Adopted}", "PlacedAdoption AGAIN DATE_PLACED=01/01/2023;DATE_PLACED_CEASED=01/03/2023;REASON_PLACED_CEASED=RD1", "PlacedAdoption AGAIN DATE_PLACED=01/01/2024"],
            ["Episodes 2 FAIL"] },
        { "575", ["Episodes PASS DEC=10/07/2024;REC=X1", "Episodes PASS DECOM=10/07/2024;RNE=P", "Missing PASS MIS_START=01/07/2024;MIS_END=02/07/2024",
            "Episodes FAIL DEC=10/07/2024;REC=X1", "Episodes FAIL DECOM=10/07/2024;RNE=P", "Missing FAIL MIS_START=01/07/2024;MIS_END=",
            "Episodes OPEN", "Missing OPEN MIS_START=01/07/2024;MIS_END="], ["Missing 2 FAIL"] },
        { "577", ["Episodes PASS", "Missing PASS MIS_END=", "Episodes LEFT DEC=01/08/2024;REC=E4A", "Missing LEFT MIS_END=",
            "Episodes BACK DEC=01/06/2024;REC=E4A", "Episodes BACK DECOM=01/09/2024", "Missing BACK MIS_START=01/05/2024;MIS_END=",
            "Episodes ENDED DEC=01/08/2024;REC=E4A", "Missing ENDED"], ["Missing 2 LEFT", "Missing 3 BACK"] },
        { "578", ["Episodes PASS DEC=01/08/2024;REC=E4A", "Missing PASS MIS_START=01/08/2024;MIS_END=01/08/2024",
            "Episodes FAIL DEC=01/08/2024;REC=E4A", "Missing FAIL MIS_START=02/08/2024;MIS_END=03/08/2024",
            "Episodes BEFORE DECOM=01/06/2024", "Missing BEFORE MIS_START=01/05/2024;MIS_END=02/05/2024",
            "Episodes BETWEEN DEC=01/06/2024;REC=E4A", "Episodes BETWEEN DECOM=01/09/2024", "Missing BETWEEN MIS_START=01/07/2024;MIS_END=02/07/2024"],
            ["Missing 2 FAIL", "Missing 4 BETWEEN"] },
        { "581", ["Episodes PASS DECOM=01/06/2024", "Missing PASS MIS_START=01/06/2024;MIS_END=02/06/2024",
            "Episodes FAIL DECOM=01/06/2024", "Missing FAIL MIS_START=31/05/2024;MIS_END=31/05/2024",
            "Episodes AFTER DEC=01/08/2024;REC=E4A", "Missing AFTER MIS_START=02/08/2024;MIS_END=03/08/2024",
            "Episodes BETWEEN DEC=01/06/2024;REC=E4A", "Episodes BETWEEN DECOM=01/09/2024", "Missing BETWEEN MIS_START=01/07/2024;MIS_END=02/07/2024"],
            ["Missing 2 FAIL", "Missing 4 BETWEEN"] },
        { "580", ["Header FAIL DOB=15/07/2006", "Episodes FAIL DEC=15/07/2024;REC=E5", "Missing FAIL DOB=15/07/2006;MIS_START=10/07/2024;MIS_END=15/07/2024",
            "Header PASS DOB=15/07/2006", "Episodes PASS DEC=15/07/2024;REC=E8", "Missing PASS DOB=15/07/2006;MIS_START=10/07/2024;MIS_END=15/07/2024",
            "Header FOUND DOB=15/07/2006", "Episodes FOUND DEC=15/07/2024;REC=E5", "Missing FOUND DOB=15/07/2006;MIS_START=10/07/2024;MIS_END=12/07/2024"],
            ["Episodes 1 FAIL"] },
        { "582", [$"Episodes PASS {Adopted}", "AD1 PASS DATE_MATCH=01/05/2024", $"Episodes FAIL {Ended("E12")}", "AD1 FAIL DATE_MATCH=01/01/2025"], ["Episodes 2 FAIL"] },
        { "601", [$"Episodes PASS {Adopted}", "AD1 PASS", $"Episodes PART {Adopted}", "AD1 PART NB_ADOPTR=", $"Episodes NONE {Adopted}",
            "Episodes EARLIER PLACE=A6;LS=E1;DECOM=01/06/2023;DEC=01/01/2024;REC=E11"],
            ["AD1 2 PART", "Episodes 2 PART", "Episodes 3 NONE"] },
        { "602", [$"Episodes PASS {Adopted}", "AD1 PASS", "AD1 FAIL", $"AD1 BLANK {NoAd1Items}"], ["AD1 2 FAIL"] },
        { "630", ["Episodes PASS DECOM=01/06/2024", "PrevPerm PASS", "Episodes Z1 DECOM=01/06/2024", "PrevPerm Z1 PREV_PERM=Z1;LA_PERM=;DATE_PERM=",
            "Episodes NONE DECOM=01/06/2024", "Episodes NOLA DECOM=01/06/2024", "PrevPerm NOLA LA_PERM=", "Episodes OLD DECOM=01/01/2023"],
            ["Episodes 3 NONE", "Episodes 4 NOLA"] },
        { "632", ["Episodes PASS", "PrevPerm PASS DATE_PERM=ZZ/12/2022", "Episodes SAME", "PrevPerm SAME DATE_PERM=01/01/2023",
            "Episodes BAD", "PrevPerm BAD DATE_PERM=05/ZZ/2020", "Episodes UNKNOWN", "PrevPerm UNKNOWN DATE_PERM=ZZ/ZZ/ZZZZ",
            "Episodes MONTH DECOM=15/12/2022", "PrevPerm MONTH DATE_PERM=ZZ/12/2022", "Episodes NEXTMONTH DECOM=15/12/2022", "PrevPerm NEXTMONTH DATE_PERM=ZZ/01/2023"],
            ["Episodes 2 SAME", "Episodes 3 BAD", "Episodes 6 NEXTMONTH", "PrevPerm 2 SAME", "PrevPerm 3 BAD", "PrevPerm 6 NEXTMONTH"] },
        { "634", ["Episodes PASS DECOM=01/06/2016", "PrevPerm PASS", "Episodes FAIL DECOM=01/01/2010;DEC=01/01/2012;REC=E4A", "Episodes FAIL DECOM=01/01/2014", "PrevPerm FAIL",
            "Episodes EMPTY DECOM=01/01/2014", "PrevPerm EMPTY PREV_PERM=;LA_PERM=;DATE_PERM="],
            ["Episodes 2 FAIL", "Episodes 3 FAIL", "PrevPerm 2 FAIL"] },
        { "SW01STG1", ["Episodes PASS", "SWEpisodes PASS", "Episodes FAIL", "Episodes NOID", "SWEpisodes NOID SW_ID=", "Episodes LEFT DEC=01/06/2024;REC=E4A",
            "Episodes BREAK LS=V3;PLACE=R1;DECOM=25/03/2025"], ["Episodes 2 FAIL", "Episodes 3 NOID"] },
        { "SW12STG2", ["Episodes PASS", "SWEpisodes PASS", "Episodes LATE", "SWEpisodes LATE SW_DECOM=02/04/2024",
            "Episodes NEW DECOM=01/09/2024", "SWEpisodes NEW SW_DECOM=01/09/2024", "Episodes NEWLATE DECOM=01/09/2024", "SWEpisodes NEWLATE SW_DECOM=02/09/2024",
            "Episodes LEFT DEC=01/06/2024;REC=E4A", "SWEpisodes LEFT SW_DECOM=01/05/2024;SW_DEC=01/06/2024",
            "Episodes TWO", "SWEpisodes TWO SW_DECOM=01/10/2024", "SWEpisodes TWO SW_ID=SW000002;SW_DECOM=01/01/2024;SW_DEC=01/10/2024"],
            ["SWEpisodes 2 LATE", "SWEpisodes 4 NEWLATE"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_rule_reports_exactly_the_failing_rows(string rule, string[] rows, string[] failing) =>
        LinkedRuleCase.AssertFails(rule, rows, failing);

    [Fact]
    public void Social_worker_episodes_are_not_required_before_the_table_began_in_2023_24() =>
        Assert.Empty(new RuleTestReturn().Row(Ssda903.Tables.TableKind.Episodes, "OPEN").Failures("SW01STG1", year: 2023));
}
