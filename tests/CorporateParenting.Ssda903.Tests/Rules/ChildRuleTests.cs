using CorporateParenting.Ssda903.Rules;
using CorporateParenting.Ssda903.Tables;
using static CorporateParenting.Ssda903.Tables.TableKind;

namespace CorporateParenting.Ssda903.Tests.Rules;

/// <summary>Rules over one child's episodes in order, the 12-month OC2 cohort, care leavers, and duplicate rows.</summary>
public sealed class ChildRuleTests
{
    private static RuleTestReturn Episodes(string child, params string[] episodes)
    {
        var build = new RuleTestReturn();
        foreach (var episode in episodes) build.Row(TableKind.Episodes, child, episode);
        return build;
    }

    private static (TableKind, int, string?) Where(RuleFailure f) => (f.Table, f.Row, f.Child);

    public static TheoryData<string, string[], int[]> Sequences => new()
    {
        // rule, the child's episodes in file order, the failing rows
        { "501", ["DECOM=01/01/2024;DEC=01/06/2024;REC=X1", "DECOM=01/05/2024;RNE=P"], [2] },
        { "142", ["DECOM=01/01/2024", "DECOM=01/05/2024;RNE=P"], [1] },
        { "388", ["DECOM=01/01/2024;DEC=01/06/2024;REC=X1", "DECOM=02/06/2024;RNE=P"], [1] },
        { "388", ["DECOM=01/01/2024;DEC=01/06/2024;REC=X1"], [1] },
        { "437", ["DECOM=01/01/2024;DEC=01/06/2024;REC=E2", "DECOM=01/07/2024;RNE=S"], [1] },
        { "431", ["DECOM=01/01/2024;DEC=01/06/2024;REC=E13", "DECOM=01/06/2024;RNE=S"], [2] },
        { "432", ["DECOM=01/01/2024;DEC=01/06/2024;REC=E13", "DECOM=01/07/2024;RNE=P"], [2] },
        { "433", ["DECOM=01/01/2024;DEC=01/06/2024;REC=X1;REASON_PLACE_CHANGE=CARPL", "DECOM=02/06/2024;RNE=P"], [2] },
        { "225", ["DECOM=01/01/2024;DEC=01/06/2024;REC=X1", "DECOM=01/06/2024;RNE=P;PLACE=U6"], [1] },
        { "504", ["DECOM=01/01/2024;DEC=01/06/2024;REC=X1;CIN=N1", "DECOM=01/06/2024;RNE=L;LS=C2;CIN=N4"], [2] },
    };

    [Theory]
    [MemberData(nameof(Sequences))]
    public void Sequence_rules_report_the_episode_that_breaks_the_chain(string rule, string[] episodes, int[] rows)
    {
        var failures = Episodes("C1", episodes).Failures(rule);

        Assert.Equal(rows, failures.Select(f => f.Row));
        Assert.All(failures, f => Assert.Equal((TableKind.Episodes, "C1"), (f.Table, f.Child)));
    }

    public static TheoryData<string> SequenceRules => new(Sequences.Select(c => (string)c[0]).Distinct());

    [Theory]
    [MemberData(nameof(SequenceRules))]
    public void A_well_chained_history_breaks_none_of_them(string rule)
    {
        var good = Episodes("C1",
            "DECOM=01/01/2024;DEC=01/06/2024;REC=X1;REASON_PLACE_CHANGE=CARPL",
            "DECOM=01/06/2024;RNE=P;PLACE=U6;DEC=01/09/2024;REC=E13",
            "DECOM=01/11/2024;RNE=S");

        Assert.Empty(good.Failures(rule));
    }

    [Fact]
    public void Oc2_items_belong_to_the_12_month_cohort_and_the_cohort_needs_them()
    {
        var build = new RuleTestReturn()
            .Row(TableKind.Episodes, "IN", "DECOM=01/01/2023")                                   // in the cohort
            .Row(TableKind.Episodes, "NEW", "DECOM=01/06/2024")                                  // started in the year: not
            .Row(TableKind.Episodes, "NOROW", "DECOM=01/01/2023")                                // in the cohort, no OC2 row
            .Row(OC2, "IN", "CONVICTED=")                                                        // aged 12: conviction needed
            .Row(OC2, "NEW", "SDQ_SCORE=12")
            .Row(Header, "IN").Row(Header, "NEW").Row(Header, "NOROW");

        Assert.Equal([(OC2, 2, "NEW")], build.Failures("185").Select(Where));
        Assert.Equal([(OC2, 2, "NEW")], build.Failures("190").Select(Where));
        Assert.Equal([(OC2, 1, "IN")], build.Failures("543").Select(Where));
        Assert.Equal([(TableKind.Episodes, 3, "NOROW")], build.Failures("191").Select(Where));
    }

    [Fact]
    public void Care_leaver_information_is_refused_after_death_transfer_or_while_still_looked_after()
    {
        var build = new RuleTestReturn()
            .Row(TableKind.Episodes, "DIED", "DECOM=01/01/2023;DEC=01/05/2024;REC=E2").Row(OC3, "DIED", "DOB=01/06/2006").Row(Header, "DIED", "DOB=01/06/2006")
            .Row(TableKind.Episodes, "MOVED", "DECOM=01/01/2023;DEC=01/05/2024;REC=E3").Row(OC3, "MOVED", "DOB=01/06/2006").Row(Header, "MOVED", "DOB=01/06/2006")
            .Row(TableKind.Episodes, "STILL", "DECOM=01/01/2023").Row(OC3, "STILL", "DOB=01/06/2007").Row(Header, "STILL", "DOB=01/06/2007")
            .Row(TableKind.Episodes, "LEFT", "DECOM=01/01/2023;DEC=01/05/2024;REC=E13").Row(OC3, "LEFT", "DOB=01/06/2007").Row(Header, "LEFT", "DOB=01/06/2007");

        Assert.Equal([(OC3, 1, "DIED")], build.Failures("1000").Select(Where));
        Assert.Equal([(OC3, 2, "MOVED")], build.Failures("1011").Select(Where));
        Assert.Equal([(OC3, 3, "STILL")], build.Failures("1007").Select(Where));
    }

    [Theory]
    [InlineData("INT31", AD1)]
    [InlineData("INT32", Header)]
    [InlineData("INT33", OC2)]
    [InlineData("INT34", OC3)]
    [InlineData("INT36", UASC)]
    public void A_child_may_appear_once_in_a_table(string rule, TableKind table)
    {
        var build = new RuleTestReturn().Row(table, "ONCE").Row(table, "TWICE").Row(table, "TWICE");

        Assert.Equal([(table, 2, "TWICE"), (table, 3, "TWICE")], build.Failures(rule).Select(Where));
    }

    [Theory]
    [InlineData("INT03", TableKind.Episodes)]
    [InlineData("INT05", OC2)]
    [InlineData("INT06", OC3)]
    public void Every_child_in_a_table_needs_a_header(string rule, TableKind table)
    {
        var build = new RuleTestReturn().Row(table, "KNOWN").Row(Header, "KNOWN", table == OC3 ? "DOB=01/06/2005" : "").Row(table, "STRAY");
        // The builder gives STRAY a header unless one is given: give STRAY's header to nobody by naming it only in this table.
        var set = build.Set();
        var withoutStray = new ReturnSet([new ReturnYear(2025, Enum.GetValues<TableKind>().Where(k => set.Latest.Has(k)).ToDictionary(k => k, k =>
            k == Header ? new RawTable(k, "header.csv", set.Latest[k].Columns, set.Latest[k].Rows.Where(r => r[0] != "STRAY").ToList()) : set.Latest[k]))]);

        var failures = Validator.Validate(withoutStray, 2025).Failures.Where(f => f.Rule == rule).ToList();

        Assert.Equal("STRAY", Assert.Single(failures).Child);
    }
}
