using CorporateParenting.Ssda903.Rules;
using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Tests.Rules;

/// <summary>
/// Rules that compare the year 2025 with last year's return (2024): "Table_last CHILD ..." is a row of last year's.
/// Last year holds only the rows a case gives; this year, a child with no episode given has one open since 01/01/2023,
/// as does a base row of last year's episodes, so the episode open at 31 March 2024 goes on unchanged.
/// </summary>
public sealed class LastYearRuleTests
{
    private const string LeftBeforeTheYear = "DECOM=01/01/2020;DEC=01/01/2024;REC=E8";
    private const string Ceased = "DATE_PLACED_CEASED=01/03/2024;REASON_PLACED_CEASED=RD2";

    /// <summary>503 and 452/453: an open episode whose first episode this year changes a field, and one closed last year.</summary>
    private static string[] Continues(string change, params string[] more) =>
    [
        "Episodes PASS", "Episodes_last PASS", $"Episodes FAIL {change}", "Episodes_last FAIL",
        $"Episodes CLOSED {change}", "Episodes_last CLOSED DEC=01/01/2024;REC=E8", .. more,
    ];

    private static string[] Sw(string change) =>
    [
        "SWEpisodes PASS SW_DECOM=01/01/2024", "SWEpisodes_last PASS SW_DECOM=01/01/2024", "SWEpisodes PASS SW_DECOM=01/06/2024;SW_ID=SW654321;SW_REASON=FCONTA",
        $"SWEpisodes FAIL {change}", "SWEpisodes_last FAIL SW_DECOM=01/01/2024",
        $"SWEpisodes ENDED {change}", "SWEpisodes_last ENDED SW_DECOM=01/01/2024;SW_DEC=31/03/2024",
    ];

    public static TheoryData<string, string[], string[]> Cases => new()
    {
        // rule, the return's rows, the failing rows
        { "202", ["Header PASS SEX=F", "Header_last PASS SEX=2", "Header SAME SEX=M", "Header_last SAME SEX=M", "Header FAIL SEX=M", "Header_last FAIL SEX=2", "Header NEW SEX=M"],
            ["Header 3 FAIL"] },
        { "203", ["Header PASS", "Header_last PASS", "Header FAIL DOB=02/06/2012", "Header_last FAIL", "Header BAD DOB=31/02/2012", "Header_last BAD DOB=31/02/2012"],
            ["Header 2 FAIL"] },
        { "204", ["Header PASS", "Header_last PASS", "Header FAIL ETHNIC=WIRI", "Header_last FAIL"], ["Header 2 FAIL"] },
        { "207", ["Header PASS MOTHER=1;MC_DOB=01/01/2023", "Header_last PASS MOTHER=1;MC_DOB=01/01/2023", "Header FAIL MOTHER=0", "Header_last FAIL MOTHER=1;MC_DOB=01/01/2023",
            "Header BECAME MOTHER=1;MC_DOB=01/06/2024", "Header_last BECAME MOTHER=0",
            "Header LEAVER MOTHER=", "Header_last LEAVER MOTHER=1;MC_DOB=01/01/2023", $"Episodes LEAVER {LeftBeforeTheYear}", "OC3 LEAVER"], ["Header 2 FAIL"] },
        { "208", ["Header PASS", "Header_last PASS", "Header KNOWN UPN=A123456789012", "Header_last KNOWN UPN=UN2", "Header SCHOOL UPN=UN2", "Header_last SCHOOL UPN=UN1",
            "Header BLANKLAST UPN=UN1", "Header_last BLANKLAST UPN=", "Header FAIL UPN=B123456789012", "Header_last FAIL",
            "Header UNKNOWN UPN=UN3", "Header_last UNKNOWN UPN=UN4", "Header LOST UPN=", "Header_last LOST UPN=UN1"], ["Header 5 FAIL", "Header 6 UNKNOWN", "Header 7 LOST"] },
        { "624", ["Header PASS MOTHER=1;MC_DOB=01/01/2023", "Header_last PASS MOTHER=1;MC_DOB=01/01/2023", "Header FAIL MOTHER=1;MC_DOB=02/01/2023", "Header_last FAIL MOTHER=1;MC_DOB=01/01/2023",
            "Header BLANK MOTHER=1;MC_DOB=", "Header_last BLANK MOTHER=1;MC_DOB=01/01/2023", "Header NEW MOTHER=1;MC_DOB=01/06/2024", "Header_last NEW MOTHER=0"],
            ["Header 2 FAIL", "Header 3 BLANK"] },
        { "626", ["Header PASS MOTHER=1;MC_DOB=01/06/2024", "Header_last PASS MOTHER=0", "Header FAIL MOTHER=1;MC_DOB=01/01/2024", "Header_last FAIL MOTHER=0",
            "Header WAS MOTHER=1;MC_DOB=01/01/2024", "Header_last WAS MOTHER=1;MC_DOB=01/01/2024"], ["Header 2 FAIL"] },

        // UASC in a year is a row in that year's UASC table.
        { "205A", ["Header CEASED", "Header_last CEASED", "UASC_last CEASED DUC=15/06/2023", "Header FAIL", "Header_last FAIL", "UASC_last FAIL DUC=",
            "Header LEAVER", "Header_last LEAVER", "UASC_last LEAVER DUC=", $"Episodes LEAVER {LeftBeforeTheYear}", "Header STILL", "Header_last STILL", "UASC STILL", "UASC_last STILL"],
            ["Header 2 FAIL"] },
        { "205B", ["Header PASS", "UASC PASS", "Header_last PASS", "UASC_last PASS", "Header SAME", "UASC SAME DUC=15/06/2023", "UASC_last SAME DUC=15/06/2023",
            "Header DIFF", "UASC DIFF DUC=15/06/2024", "UASC_last DIFF DUC=15/06/2023", "Header EARLY", "UASC EARLY DUC=15/01/2024", "UASC_last EARLY DUC=",
            "Header NOW", "UASC NOW DUC=15/06/2024", "UASC_last NOW DUC="], ["Header 3 DIFF", "Header 4 EARLY", "UASC 3 DIFF", "UASC 4 EARLY"] },
        { "205C", ["Header PASS", "UASC PASS DUC=15/06/2023", "UASC_last PASS DUC=15/06/2023", "Header_last PASS", "Header FAIL", "UASC FAIL DUC=15/01/2023"],
            ["Header 2 FAIL", "UASC 2 FAIL"] },
        { "205D", ["Header PASS", "UASC PASS", "Header_last PASS", "UASC_last PASS", "Header FAIL", "UASC FAIL", "Header_last FAIL", "Header NEW", "UASC NEW"], ["Header 2 FAIL"] },

        { "502", Continues("DECOM=02/01/2023"), ["Episodes 2 FAIL"] },
        { "503A", Continues("RNE=P"), ["Episodes 2 FAIL"] },
        { "503B", Continues("LS=C1"), ["Episodes 2 FAIL"] },
        { "503C", Continues("CIN=N2"), ["Episodes 2 FAIL"] },
        // H5 may become K3 (registered supported accommodation) across the end of 2023-24.
        { "503D", Continues("PLACE=U5", "Episodes K3 PLACE=K3", "Episodes_last K3 PLACE=H5"), ["Episodes 2 FAIL"] },
        { "503E", Continues("PLACE_PROVIDER=PR2"), ["Episodes 2 FAIL"] },
        { "503F", Continues("URN=SC123456"), ["Episodes 2 FAIL"] },
        { "503G", Continues("HOME_POST=NB1 1AB", "Episodes SPACE PL_POST=NB22BB", "Episodes_last SPACE"), ["Episodes 2 FAIL"] },
        { "503H", Continues("PL_POST=NB3 3CC"), ["Episodes 2 FAIL"] },
        { "503J", Continues("PL_POST=NB3 3CC"), ["Episodes 2 FAIL"] },
        // 452, 453: only where the first episode gives the open one's reason for new episode.
        { "452", Continues("PL_POST=NB3 3CC", "Episodes MOVED PL_POST=NB3 3CC;RNE=P", "Episodes_last MOVED"), ["Episodes 2 FAIL"] },
        { "453", Continues("HOME_POST=NB1 1AB", "Episodes MOVED HOME_POST=NB1 1AB;RNE=P", "Episodes_last MOVED"), ["Episodes 2 FAIL"] },
        { "562", ["Episodes PASS", "Episodes_last PASS", "Episodes FAIL", "Episodes_last FAIL DECOM=01/06/2022", "Episodes NEW DECOM=01/06/2024", "Episodes ABSENT"],
            ["Episodes 2 FAIL", "Episodes 4 ABSENT"] },
        { "NoE", ["Episodes PASS", "Episodes_last PASS", "Episodes FAIL DEC=01/06/2024;REC=X1;REASON_PLACE_CHANGE=CARPL", "Episodes FAIL DECOM=01/06/2024;RNE=P",
            "Episodes NEW DECOM=01/06/2024"], ["Episodes 2 FAIL"] },

        { "1010", ["OC3 PASS", $"Episodes PASS {LeftBeforeTheYear}", $"Episodes_last PASS {LeftBeforeTheYear}", "OC3 FAIL", "Episodes FAIL (none)", "Episodes_last FAIL DECOM=01/01/2020",
            "OC3 BLANK IN_TOUCH=;ACTIV=;ACCOM=", "Episodes BLANK (none)", "Episodes_last BLANK DECOM=01/01/2020",
            "OC3 ENDED", "Episodes ENDED (none)", $"Episodes_last ENDED {LeftBeforeTheYear}"], ["OC3 2 FAIL", "OC3 3 BLANK"] },
        // 1002: judged when the loaded years (2023-24 on) reach back to the 16th birthday.
        { "1002", ["Header PASS DOB=01/06/2007", "OC3 PASS DOB=01/06/2007", "Episodes PASS (none)", "Episodes_last PASS DECOM=01/01/2022;DEC=01/07/2023;REC=E8",
            "Header FAIL DOB=01/06/2007", "OC3 FAIL DOB=01/06/2007", "Episodes FAIL (none)", "Header OLDER DOB=01/06/2005", "OC3 OLDER DOB=01/06/2005", "Episodes OLDER (none)"],
            ["OC3 2 FAIL"] },
        // 1001: adopted, or too little care after the 14th birthday when the loaded years reach back to it.
        { "1001", ["Header OLDER DOB=01/06/2005", "OC3 OLDER DOB=01/06/2005", $"Episodes OLDER {LeftBeforeTheYear}", $"Episodes_last OLDER {LeftBeforeTheYear}",
            "Header ADOPTED DOB=01/06/2007", "OC3 ADOPTED DOB=01/06/2007", "Episodes ADOPTED DECOM=01/01/2023;DEC=01/06/2024;REC=E11",
            "Header SHORT DOB=01/06/2009", "OC3 SHORT DOB=01/06/2009", "Episodes SHORT DECOM=01/07/2023;DEC=01/08/2023;REC=E8", "Episodes_last SHORT DECOM=01/07/2023;DEC=01/08/2023;REC=E8"],
            ["OC3 2 ADOPTED", "OC3 3 SHORT"] },
        { "1012", ["Reviews PASS", "Reviews FAIL", "Episodes FAIL (none)", "OC3 FAIL", "OC2 OLD", $"Episodes OLD {LeftBeforeTheYear}", "Missing PASS"],
            ["OC2 1 OLD", "Reviews 2 FAIL"] },

        { "559", ["PlacedAdoption PASS DATE_PLACED=01/01/2024", "PlacedAdoption_last PASS DATE_PLACED=01/01/2024", "PlacedAdoption NEW DATE_PLACED=01/06/2024",
            "PlacedAdoption FAIL DATE_PLACED=01/01/2024", "PlacedAdoption BLANK DATE_PLACED=01/01/2024", "PlacedAdoption_last BLANK DATE_PLACED="],
            ["PlacedAdoption 3 FAIL", "PlacedAdoption 4 BLANK"] },
        { "560", ["PlacedAdoption PASS", "PlacedAdoption_last PASS", "PlacedAdoption FAIL DATE_PLACED=02/01/2024", "PlacedAdoption_last FAIL",
            "PlacedAdoption CEASED DATE_PLACED=01/06/2024", $"PlacedAdoption_last CEASED {Ceased}",
            "PlacedAdoption TWO DATE_PLACED_CEASED=01/05/2024;REASON_PLACED_CEASED=RD2", "PlacedAdoption TWO DATE_PLACED=01/09/2024", "PlacedAdoption_last TWO"],
            ["PlacedAdoption 2 FAIL"] },
        { "561", ["PlacedAdoption PASS", "PlacedAdoption_last PASS", "PlacedAdoption FAIL", $"PlacedAdoption_last FAIL {Ceased}",
            "PlacedAdoption REASON", "PlacedAdoption_last REASON REASON_PLACED_CEASED=RD2"], ["PlacedAdoption 2 FAIL", "PlacedAdoption 3 REASON"] },
        { "584", ["PlacedAdoption PASS DATE_PLACED=01/06/2024", $"PlacedAdoption_last PASS {Ceased}", "PlacedAdoption FAIL DATE_PLACED=01/12/2023", $"PlacedAdoption_last FAIL {Ceased}",
            "PlacedAdoption BLANK DATE_PLACED=", "PlacedAdoption_last BLANK REASON_PLACED_CEASED=RD2", "PlacedAdoption OPEN DATE_PLACED=01/12/2023", "PlacedAdoption_last OPEN"],
            ["PlacedAdoption 2 FAIL", "PlacedAdoption 3 BLANK"] },

        { "576", ["Missing PASS MIS_START=01/03/2024;MIS_END=03/04/2024", "Missing_last PASS MIS_START=01/03/2024;MIS_END=",
            "Missing FAIL MIS_START=02/03/2024;MIS_END=03/04/2024", "Missing_last FAIL MIS_START=01/03/2024;MIS_END=",
            "Missing CLOSED", "Missing_last CLOSED MIS_START=01/03/2024;MIS_END=02/03/2024", "Header NONE", "Missing_last NONE MIS_START=01/03/2024;MIS_END="],
            ["Header 1 NONE", "Missing 2 FAIL"] },

        { "SW16aSTG2", Sw("SW_ID=SW654321"), ["SWEpisodes 3 FAIL"] },
        { "SW16bSTG2", Sw("SW_DECOM=02/01/2024"), ["SWEpisodes 3 FAIL"] },
        { "SW16cSTG2", Sw("SW_REASON=FCONTA"), ["SWEpisodes 3 FAIL"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_rule_reports_exactly_the_failing_rows(string rule, string[] rows, string[] failing) =>
        LinkedRuleCase.AssertFails(rule, rows, failing);

    /// <summary>Without last year's return there is nothing to compare with: the same cases report nothing (1012 reads this year only).</summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void Without_last_years_return_the_rule_reports_nothing(string rule, string[] rows, string[] failing)
    {
        _ = failing;
        if (rule == "1012") return;
        Assert.Empty(LinkedRuleCase.Failures(rule, rows.Where(r => !r.Split(' ')[0].EndsWith("_last", StringComparison.Ordinal)).ToArray()));
    }

    [Fact]
    public void A_table_left_out_of_last_years_return_is_not_compared()
    {
        // Last year is loaded (a header), but without its placed-for-adoption table: 559 cannot tell what it held.
        Assert.Empty(LinkedRuleCase.Failures("559", ["PlacedAdoption FAIL DATE_PLACED=01/01/2024", "Header_last FAIL"]));
        Assert.Equal(["PlacedAdoption 1 FAIL"], LinkedRuleCase.Failures("559", ["PlacedAdoption FAIL DATE_PLACED=01/01/2024", "PlacedAdoption_last OTHER"]));
    }

    /// <summary>1001 with three years loaded (2022-23 on): care since a 14th birthday in 2022 is all in view.</summary>
    [Fact]
    public void A_care_leaver_is_judged_on_the_care_the_loaded_years_show()
    {
        var build = new RuleTestReturn()
            .Row(TableKind.Header, "ENOUGH", "DOB=01/06/2008").Row(TableKind.OC3, "ENOUGH", "DOB=01/06/2008")
            .Row(TableKind.Episodes, "ENOUGH", "DECOM=01/07/2022;DEC=01/08/2024;REC=E8")
            .Row(TableKind.Header, "SHORT", "DOB=01/06/2008").Row(TableKind.OC3, "SHORT", "DOB=01/06/2008")
            .Row(TableKind.Episodes, "SHORT", "DECOM=01/07/2024;DEC=01/08/2024;REC=E8")
            .LastYear(TableKind.Episodes, "ENOUGH", "DECOM=01/07/2022");
        var twoYears = build.Set();
        var earlier = new ReturnYear(2023, new Dictionary<TableKind, RawTable>
        {
            [TableKind.Episodes] = new(TableKind.Episodes, "episodes.csv", TableSchema.For(TableKind.Episodes).Columns,
                [TableSchema.For(TableKind.Episodes).Columns.Select(c => c switch { "CHILD" => "ENOUGH", "DECOM" => "01/07/2022", _ => "" }).ToArray()]),
        });

        var report = Validator.Validate(new ReturnSet([.. twoYears.Years, earlier]), 2025);

        Assert.Equal(["SHORT"], report.Failures.Where(f => f.Rule == "1001").Select(f => f.Child));
        Assert.DoesNotContain(Validator.Validate(twoYears, 2025).Failures, f => f.Rule == "1001");
    }
}
