using CorporateParenting.Ssda903.Rules;
using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Tests.Rules;

/// <summary>
/// Children in a table but not in the header, and DOB or SEX that differ from the header's (year 2025). A child with
/// no header given has one, a girl born 01/06/2012, except a child named ORPHAN, who has none.
/// </summary>
public sealed class IntegrityRuleTests
{
    public static TheoryData<string, string[], string[]> Cases => new()
    {
        // rule, the return's rows, the failing rows
        { "INT01", ["AD1 PASS", "AD1 ORPHAN"], ["AD1 2 ORPHAN"] },
        { "INT02", ["PlacedAdoption PASS", "PlacedAdoption ORPHAN"], ["PlacedAdoption 2 ORPHAN"] },
        { "INT04", ["Missing PASS", "Missing ORPHAN"], ["Missing 2 ORPHAN"] },
        { "INT07", ["PrevPerm PASS", "PrevPerm ORPHAN"], ["PrevPerm 2 ORPHAN"] },
        { "INT08", ["Reviews PASS", "Reviews ORPHAN", "Reviews ORPHAN REVIEW=01/10/2024"], ["Reviews 2 ORPHAN", "Reviews 3 ORPHAN"] },
        { "INT09", ["UASC PASS DOB=01/06/2012;SEX=F", "UASC ORPHAN"], ["UASC 2 ORPHAN"] },
        { "INT11", ["AD1 PASS DOB=01/06/2012", "AD1 FAIL DOB=02/06/2012", "AD1 BLANK DOB=", "AD1 BAD DOB=2012-06-01"], ["AD1 2 FAIL"] },
        { "INT12", ["PlacedAdoption PASS DOB=01/06/2012", "PlacedAdoption FAIL DOB=01/06/2013", "PlacedAdoption NOHEADER DOB=01/06/2013",
            "Header NOHEADER DOB="], ["PlacedAdoption 2 FAIL"] },
        { "INT13", ["Missing PASS", "Missing FAIL DOB=01/07/2012"], ["Missing 2 FAIL"] },
        { "INT16", ["PrevPerm PASS", "PrevPerm FAIL DOB=01/06/2011"], ["PrevPerm 2 FAIL"] },
        { "INT17", ["Reviews PASS", "Reviews FAIL DOB=11/06/2012", "Reviews FAIL DOB=01/06/2012;REVIEW=01/10/2024", "Reviews FAIL DOB=11/06/2012;REVIEW=01/11/2024"],
            ["Reviews 2 FAIL", "Reviews 4 FAIL"] },
        { "INT18", ["UASC PASS DOB=01/06/2012;SEX=F", "UASC FAIL DOB=15/06/2008;SEX=F"], ["UASC 2 FAIL"] },
        // INT14 and INT15 (OC2, OC3) read the same way: a blank date of birth is the DOB rules' to report, not a difference.
        { "INT14", ["OC2 PASS", "OC2 FAIL DOB=02/06/2012", "OC2 BLANK DOB="], ["OC2 2 FAIL"] },
        { "INT15", ["OC3 PASS DOB=01/06/2012", "OC3 FAIL DOB=02/06/2012", "OC3 BLANK DOB="], ["OC3 2 FAIL"] },
        { "INT21", ["UASC PASS DOB=01/06/2012;SEX=F", "UASC FAIL DOB=01/06/2012;SEX=M", "UASC OLDCODE DOB=01/06/2012;SEX=2",
            "UASC BLANK DOB=01/06/2012;SEX=", "UASC ORPHAN SEX=M"], ["UASC 2 FAIL"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_rule_reports_exactly_the_failing_rows(string rule, string[] rows, string[] failing)
    {
        var build = new RuleTestReturn();
        foreach (var row in rows)
        {
            var parts = row.Split(' ', 3);
            build.Row(Enum.Parse<TableKind>(parts[0]), parts[1], parts.Length > 2 ? parts[2] : "");
        }
        var set = build.Set();
        // The builder gives every child a header: take ORPHAN's away.
        var tables = Enum.GetValues<TableKind>().Where(set.Latest.Has).ToDictionary(k => k, k => k != TableKind.Header ? set.Latest[k]
            : new RawTable(k, "header.csv", set.Latest[k].Columns, set.Latest[k].Rows.Where(r => r[0] != "ORPHAN").ToList()));

        var found = Validator.Validate(new ReturnSet([new ReturnYear(2025, tables)]), 2025).Failures.Where(f => f.Rule == rule)
            .Select(f => $"{f.Table} {f.Row} {f.Child}").Order(StringComparer.Ordinal);

        Assert.Equal(failing.Order(StringComparer.Ordinal), found);
    }
}
