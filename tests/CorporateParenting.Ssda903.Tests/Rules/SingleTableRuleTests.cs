using CorporateParenting.Ssda903.Rules;
using CorporateParenting.Ssda903.Tables;
using static CorporateParenting.Ssda903.Tables.TableKind;

namespace CorporateParenting.Ssda903.Tests.Rules;

/// <summary>
/// Social worker episodes, decisions to place for adoption, previous permanence, and further OC2, OC3, Missing and
/// Header rules: one row at a time (as in <see cref="RowRuleTests"/>), one child's spells in order, duplicates, and
/// header children with nothing else. Year 2025 (1 April 2024 to 31 March 2025).
/// </summary>
public sealed class SingleTableRuleTests
{
    public static TheoryData<string, TableKind, string, string, string> Rows => new()
    {
        // Social worker episodes
        { "SW02STG1", SWEpisodes, "SW_ID=XX9", "SW_ID=AB123", "" },
        { "SW03STG1", SWEpisodes, "SW_DECOM=01/01/2022;SW_REASON=", "SW_ID=", "" },
        { "SW04STG1", SWEpisodes, "SW_DECOM=29/02/2024", "SW_DECOM=2024-04-01", "" },
        { "SW05STG1", SWEpisodes, "SW_DEC=01/05/2024", "SW_DEC=31/04/2024", "" },
        { "SW06STG2", SWEpisodes, "SW_DECOM=31/03/2025", "SW_DECOM=01/04/2025", "" },
        { "SW07STG2", SWEpisodes, "SW_DECOM=01/01/2024;SW_DEC=01/04/2024", "SW_DECOM=01/01/2024;SW_DEC=31/03/2024", "" },
        { "SW09STG2", SWEpisodes, "SW_DEC=02/04/2024", "SW_DEC=01/04/2024", "" },
        { "SW13STG1", SWEpisodes, "SW_REASON=FCONTA", "SW_REASON=BORED", "" },
        { "SW15STG2", SWEpisodes, "SW_DECOM=31/03/2024;SW_REASON=", "SW_REASON=", "" },
        // Decisions to place for adoption
        { "115", PlacedAdoption, "DATE_PLACED=29/02/2024", "DATE_PLACED=01/13/2024", "" },
        { "116", PlacedAdoption, "DATE_PLACED_CEASED=01/02/2024;REASON_PLACED_CEASED=RD1", "DATE_PLACED_CEASED=1/2/2024;REASON_PLACED_CEASED=RD1", "" },
        { "119", PlacedAdoption, "DATE_PLACED_CEASED=01/02/2024;REASON_PLACED_CEASED=RD2", "DATE_PLACED_CEASED=01/02/2024;REASON_PLACED_CEASED=", "" },
        { "120", PlacedAdoption, "DATE_PLACED_CEASED=01/02/2024;REASON_PLACED_CEASED=RD4", "DATE_PLACED_CEASED=01/02/2024;REASON_PLACED_CEASED=RD5", "" },
        { "522", PlacedAdoption, "DATE_PLACED_CEASED=01/01/2024;REASON_PLACED_CEASED=RD3", "DATE_PLACED_CEASED=31/12/2023;REASON_PLACED_CEASED=RD3", "" },
        { "563", PlacedAdoption, "DATE_PLACED_CEASED=01/02/2024;REASON_PLACED_CEASED=RD1", "DATE_PLACED=;DATE_PLACED_CEASED=01/02/2024;REASON_PLACED_CEASED=RD1", "" },
        // Previous permanence
        { "631", PrevPerm, "PREV_PERM=P4", "PREV_PERM=P5", "" },
        { "633", PrevPerm, "LA_PERM=942", "LA_PERM=944", "" },
        { "635", PrevPerm, "PREV_PERM=Z1;LA_PERM=;DATE_PERM=", "PREV_PERM=Z1;LA_PERM=999;DATE_PERM=", "" },
        // OC2, OC3
        { "542", OC2, "DOB=31/03/2015;SDQ_SCORE=;SDQ_REASON=SDQ1;CONVICTED=0", "DOB=01/04/2015;SDQ_SCORE=;SDQ_REASON=SDQ1;CONVICTED=0", "" },
        { "347", OC3, "DOB=01/04/2006;ACCOM=T1", "DOB=02/04/2006;ACCOM=T2", "" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void The_rule_reports_exactly_the_failing_row(string rule, TableKind table, string passing, string failing, string failingHeader) =>
        new RowRuleTests().The_rule_reports_exactly_the_failing_row(rule, table, passing, failing, failingHeader);

    public static TheoryData<string, TableKind, string[], int[]> Sequences => new()
    {
        // rule, table, the child's rows in file order, the failing rows
        { "SW108STG2", SWEpisodes, ["SW_DECOM=01/06/2024;SW_REASON=LEFTRL", "SW_DECOM=01/04/2024"], [2] },
        { "SW14STG2", SWEpisodes, ["SW_DECOM=01/06/2024;SW_REASON=LEFTRL", "SW_DECOM=01/04/2024"], [2] },
        { "SW10STG2", SWEpisodes, ["SW_DECOM=01/04/2024;SW_DEC=01/06/2024", "SW_DECOM=24/05/2024;SW_REASON=LEFTRL"], [2] },
        { "SW11STG2", SWEpisodes, ["SW_DECOM=02/06/2024;SW_REASON=LEFTRL", "SW_DECOM=01/04/2024;SW_DEC=01/06/2024"], [2] },
        { "579", PlacedAdoption, ["DATE_PLACED=01/01/2024;DATE_PLACED_CEASED=01/03/2024;REASON_PLACED_CEASED=RD1", "DATE_PLACED=01/02/2024"], [2] },
        { "579", PlacedAdoption, ["DATE_PLACED=01/02/2024", "DATE_PLACED=01/01/2024"], [1] },
        { "583", PlacedAdoption, ["DATE_PLACED=01/02/2024", "DATE_PLACED=01/01/2024"], [2] },
        { "574", Missing, ["MIS_START=01/07/2024;MIS_END=05/07/2024", "MIS_START=04/07/2024;MIS_END=06/07/2024"], [2] },
        { "574", Missing, ["MIS_START=01/07/2024;MIS_END=", "MIS_START=10/07/2024"], [2] },
    };

    [Theory]
    [MemberData(nameof(Sequences))]
    public void Spell_rules_report_the_spell_out_of_order(string rule, TableKind table, string[] rows, int[] failing)
    {
        var failures = Child(table, rows).Failures(rule);

        Assert.Equal(failing, failures.Select(f => f.Row));
        Assert.All(failures, f => Assert.Equal((table, "C1"), (f.Table, f.Child)));
    }

    /// <summary>Spells that follow on, each starting the day the last ended, in file order unlike date order.</summary>
    private static readonly Dictionary<TableKind, string[]> FollowingOn = new()
    {
        [SWEpisodes] = ["SW_DECOM=01/06/2024;SW_REASON=LEFTRL", "SW_DECOM=01/04/2024;SW_DEC=01/06/2024;SW_REASON=FCONTA"],
        [PlacedAdoption] = ["DATE_PLACED=01/03/2024", "DATE_PLACED=01/01/2024;DATE_PLACED_CEASED=01/03/2024;REASON_PLACED_CEASED=RD1"],
        [Missing] = ["MIS_START=05/07/2024;MIS_END=06/07/2024", "MIS_START=01/07/2024;MIS_END=05/07/2024"],
    };

    public static TheoryData<string, TableKind> SequenceRules
    {
        get
        {
            var rules = new TheoryData<string, TableKind>();
            foreach (var (rule, table) in Sequences.Select(c => ((string)c[0], (TableKind)c[1])).Distinct()) rules.Add(rule, table);
            return rules;
        }
    }

    [Theory]
    [MemberData(nameof(SequenceRules))]
    public void Spells_that_follow_on_break_none_of_them(string rule, TableKind table) =>
        Assert.Empty(Child(table, FollowingOn[table]).Failures(rule));

    [Fact]
    public void A_child_may_appear_once_in_previous_permanence() =>
        new ChildRuleTests().A_child_may_appear_once_in_a_table("INT35", PrevPerm);

    [Fact]
    public void A_header_child_needs_episodes_unless_a_care_leaver()
    {
        // The builder gives every child an episode: take them away from those who should have none.
        var set = new RuleTestReturn().Row(Header, "LOOKED").Row(Header, "LEAVER", "DOB=01/06/2005").Row(OC3, "LEAVER").Row(Header, "NOTHING").Set();
        var episodes = set.Latest[Episodes];
        var tables = Enum.GetValues<TableKind>().Where(set.Latest.Has).ToDictionary(k => k, k => k != Episodes ? set.Latest[k]
            : new RawTable(k, "episodes.csv", episodes.Columns, episodes.Rows.Where(r => r[0] == "LOOKED").ToList()));

        var failures = Validator.Validate(new ReturnSet([new ReturnYear(2025, tables)]), 2025).Failures.Where(f => f.Rule == "EPI").ToList();

        Assert.Equal([(Header, 3, "NOTHING")], failures.Select(f => (f.Table, f.Row, f.Child)));
    }

    /// <summary>Every code these tests cover, for the catalogue's coverage check.</summary>
    public static IEnumerable<string> Codes =>
        Rows.Select(c => (string)c[0]).Concat(Sequences.Select(c => (string)c[0])).Concat(["INT35", "EPI"]);

    private static RuleTestReturn Child(TableKind table, string[] rows)
    {
        var build = new RuleTestReturn();
        foreach (var row in rows) build.Row(table, "C1", row);
        return build;
    }
}
