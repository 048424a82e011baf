namespace CorporateParenting.Ssda903.Tests.Rules;

/// <summary>
/// Header fields against the child's episodes, and episodes against the header's date of birth (year 2025).
/// A child with no episode given has one open since 01/01/2023; with no header given, a girl born 01/06/2012 with MOTHER=0.
/// </summary>
public sealed class HeaderEpisodeRuleTests
{
    private const string Temporary = "PLACE_PROVIDER=;URN=;DECOM=01/01/2025;REC=X1";

    public static TheoryData<string, string[], string[]> Cases => new()
    {
        // rule, the return's rows, the failing rows
        { "165", ["Header PASS SEX=F;MOTHER=0", "Header FAIL SEX=F;MOTHER=", "Header BADVALUE MOTHER=2", "Header MALE SEX=M;MOTHER=0",
            "Header LEAVER SEX=F;MOTHER=1;MC_DOB=01/01/2024", "OC3 LEAVER", "Episodes LEAVER DECOM=01/01/2020;DEC=01/01/2023;REC=E8", "Header BOY SEX=M;MOTHER="],
            ["Header 2 FAIL", "Header 3 BADVALUE", "Header 4 MALE", "Header 5 LEAVER", "OC3 1 LEAVER"] },
        { "607", ["Header PASS MOTHER=0", "Episodes PASS DEC=01/02/2025;REC=E13", "Header FAIL MOTHER=", "Episodes FAIL DEC=01/02/2025;REC=E13",
            "Header STAYS MOTHER=", "Header BREAKS MOTHER=", "Episodes BREAKS LS=V3;DECOM=01/01/2025;DEC=05/01/2025;REC=E13"], ["Episodes 2 FAIL", "Header 2 FAIL"] },
        { "625", ["Header PASS MOTHER=1;MC_DOB=01/01/2025", "Header FAIL MOTHER=1;MC_DOB=01/04/2025", "Header LEFT MOTHER=1;MC_DOB=01/03/2025",
            "Episodes LEFT DEC=01/02/2025;REC=E8", "Header MOVED MOTHER=1;MC_DOB=01/03/2025",
            "Episodes MOVED DEC=01/02/2025;REC=X1;REASON_PLACE_CHANGE=CARPL", "Episodes MOVED DECOM=01/02/2025;RNE=P"], ["Episodes 1 LEFT", "Episodes 5 FAIL", "Header 2 FAIL", "Header 3 LEFT"] },
        { "210", ["Header PASS UPN=UN4", "Episodes PASS DECOM=25/03/2025", "Header FAIL UPN=UN4", "Header CHAIN UPN=UN4",
            "Episodes CHAIN DECOM=01/01/2025;DEC=26/03/2025;REC=X1;REASON_PLACE_CHANGE=CARPL", "Episodes CHAIN DECOM=26/03/2025;RNE=P",
            "Header BACK UPN=UN4", "Episodes BACK DECOM=01/01/2024;DEC=01/06/2024;REC=E8", "Episodes BACK DECOM=28/03/2025"],
            ["Episodes 2 CHAIN", "Episodes 6 FAIL", "Header 2 FAIL", "Header 3 CHAIN"] },
        { "359", ["Header PASS DOB=01/06/2006", "Episodes PASS LS=V2;PLACE=K2;URN=SC123456", "Header FAIL DOB=01/06/2006", "Episodes FAIL",
            "Header ENDED DOB=01/06/2006", "Episodes ENDED DEC=01/06/2024;REC=E5", "Header YOUNGER DOB=01/04/2007"], ["Episodes 2 FAIL"] },
        { "375", [$"Episodes PASS PLACE=T1;{Temporary};DEC=12/02/2025", $"Episodes FAIL PLACE=T1;{Temporary};DEC=13/02/2025",
            "Episodes OPEN PLACE=T1;PLACE_PROVIDER=;URN=;DECOM=01/02/2025"], ["Episodes 2 FAIL", "Episodes 3 OPEN"] },
        { "376", [$"Episodes PASS PLACE=T3;{Temporary};DEC=22/01/2025", $"Episodes FAIL PLACE=T3;{Temporary};DEC=23/01/2025"], ["Episodes 2 FAIL"] },
        { "379", [$"Episodes PASS PLACE=T4;{Temporary};DEC=08/01/2025", $"Episodes FAIL PLACE=T4;{Temporary};DEC=09/01/2025",
            "Episodes OPEN PLACE=T4;PLACE_PROVIDER=;URN=;DECOM=25/03/2025"], ["Episodes 2 FAIL"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_rule_reports_exactly_the_failing_rows(string rule, string[] rows, string[] failing) =>
        LinkedRuleCase.AssertFails(rule, rows, failing);
}
