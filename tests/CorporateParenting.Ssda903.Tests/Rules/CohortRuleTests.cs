namespace CorporateParenting.Ssda903.Tests.Rules;

/// <summary>
/// OC2, OC3, AD1 and UASC rows against the child's episodes (year 2025). A child with no episode given has one open
/// since 01/01/2023, so is in the 12-month OC2 cohort; "Episodes X DECOM=01/06/2024" starts care in the year (not in it).
/// </summary>
public sealed class CohortRuleTests
{
    private const string LeftBeforeTheYear = "DECOM=01/01/2020;DEC=01/01/2023;REC=E8";

    public static TheoryData<string, string[], string[]> Cases => new()
    {
        // rule, the return's rows, the failing rows
        { "186", ["OC2 PASS", "OC2 FAIL SDQ_SCORE=", "OC2 REASON SDQ_SCORE=;SDQ_REASON=SDQ2", "OC2 NEW SDQ_SCORE=", "Episodes NEW DECOM=01/06/2024"], ["OC2 2 FAIL"] },
        { "157", ["OC2 PASS DOB=01/06/2020;SDQ_SCORE=;SDQ_REASON=SDQ1", "OC2 FAIL SDQ_SCORE=;SDQ_REASON=SDQ1", "OC2 OTHER SDQ_SCORE=;SDQ_REASON=SDQ3"], ["OC2 2 FAIL"] },
        { "197B", ["OC2 PASS DOB=01/06/2020;SDQ_SCORE=;SDQ_REASON=SDQ1", "OC2 FAIL DOB=01/06/2020;SDQ_SCORE=", "OC2 SEVENTEEN DOB=01/06/2007;SDQ_SCORE=",
            "OC2 MIDDLE SDQ_SCORE=", "OC2 NEW DOB=01/06/2020;SDQ_SCORE=", "Episodes NEW DECOM=01/06/2024"], ["OC2 2 FAIL", "OC2 3 SEVENTEEN"] },
        { "198", ["OC2 PASS SDQ_SCORE=;SDQ_REASON=SDQ2", "OC2 FAIL SDQ_SCORE=;SDQ_REASON=SDQ2", "Episodes FAIL DECOM=01/06/2024"], ["OC2 2 FAIL"] },
        { "187", ["AD1 PASS", "Episodes PASS DECOM=01/01/2023;DEC=01/02/2025;REC=E11", "AD1 FAIL",
            "OC3 LEAVER", "Episodes LEAVER DECOM=01/01/2023;DEC=01/05/2024;REC=E8", "OC3 STAYS"], ["AD1 2 FAIL", "OC3 2 STAYS"] },
        { "1014", ["UASC PASS", "OC3 PASS", "UASC FAIL", "OC3 FAIL", $"Episodes FAIL {LeftBeforeTheYear}", "UASC PLAIN", $"Episodes PLAIN {LeftBeforeTheYear}"],
            ["OC3 2 FAIL", "UASC 2 FAIL"] },
        { "1016", ["OC3 PASS DOB=01/06/2007", "Episodes PASS DECOM=01/01/2023;DEC=01/05/2024;REC=E8", "OC3 FAIL DOB=01/06/2007",
            "Episodes FAIL DECOM=01/01/2023;DEC=01/07/2024;REC=E8", "OC3 OLDER DOB=01/06/2005", "Episodes OLDER DECOM=01/01/2023;DEC=01/07/2024;REC=E8"], ["OC3 2 FAIL"] },
        { "628", ["Header PASS MOTHER=", "OC3 PASS", $"Episodes PASS {LeftBeforeTheYear}", "Header FAIL MOTHER=0", "OC3 FAIL", $"Episodes FAIL {LeftBeforeTheYear}",
            "Header STAYS MOTHER=0", "OC3 STAYS"], ["Header 2 FAIL"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_rule_reports_exactly_the_failing_rows(string rule, string[] rows, string[] failing) =>
        LinkedRuleCase.AssertFails(rule, rows, failing);
}
