using CorporateParenting.Ssda903.Rules;
using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Tests.Rules;

/// <summary>
/// 105 and 303 read the header's UASC flag, which only the DfE XML carries (the XML reader keeps it as a header column).
/// A CSV return's header has no such column: its UASC status is the UASC file, so neither rule can fail on it.
/// </summary>
public sealed class UascFlagRuleTests
{
    public static readonly string[] Codes = ["105", "303"];

    private static readonly string[] HeaderColumns = [.. TableSchema.For(TableKind.Header).Columns, "UASC"];

    /// <summary>A return whose header carries UASC flags (child id, flag), with the UASC rows given (child id, DUC).</summary>
    private static IReadOnlyList<string> Failures(string rule, (string Child, string Flag)[] headers, (string Child, string Duc)[] uasc)
    {
        var tables = new Dictionary<TableKind, RawTable>
        {
            [TableKind.Header] = new(TableKind.Header, "ssda903.xml", HeaderColumns,
                headers.Select(h => new[] { h.Child, "M", "15/06/2008", "OOTH", "A123456789012", "", "", h.Flag }).ToList()),
            [TableKind.UASC] = new(TableKind.UASC, "ssda903.xml", TableSchema.For(TableKind.UASC).Columns,
                uasc.Select(u => new[] { u.Child, "M", "15/06/2008", u.Duc }).ToList()),
        };
        var report = Validator.Validate(new ReturnSet([new ReturnYear(2025, tables)]), 2025);
        return report.Failures.Where(f => f.Rule == rule).Select(f => $"{f.Table} {f.Row} {f.Child}").Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public void Rule_105_reports_a_header_whose_uasc_flag_is_not_0_or_1() =>
        Assert.Equal(["Header 3 BLANK", "Header 4 TWO"], Failures("105", [("NO", "0"), ("YES", "1"), ("BLANK", ""), ("TWO", "2")], []));

    [Fact]
    public void Rule_303_reports_a_date_uasc_status_ceased_for_a_child_not_flagged_uasc() =>
        Assert.Equal(["Header 2 FAIL", "UASC 2 FAIL"],
            Failures("303", [("PASS", "1"), ("FAIL", "0"), ("OPEN", "0")], [("PASS", "15/06/2024"), ("FAIL", "15/06/2024"), ("OPEN", "")]));

    [Fact]
    public void Neither_rule_applies_to_a_csv_header_without_the_flag()
    {
        var set = new RuleTestReturn().Row(TableKind.Header, "CSV").Row(TableKind.UASC, "CSV", "DUC=15/06/2024");
        Assert.Empty(set.Failures("105"));
        Assert.Empty(set.Failures("303"));
    }
}
