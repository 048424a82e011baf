using CorporateParenting.Ssda903.Rules;
using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Tests.Rules;

/// <summary>
/// Rules over one child's episodes in order (episode history and legal status time limits), checked as
/// <see cref="ChildRuleTests"/> checks its own: the failing rows of a history, and a well-chained history that passes.
/// </summary>
public sealed class EpisodeSequenceRuleTests
{
    private const string Temporary = "PLACE_PROVIDER=;URN=";
    private const string ShortBreak = "LS=V3;PLACE=R1;URN=;HOME_POST=;PL_POST=";

    public static TheoryData<string, string[], int[]> Sequences => new()
    {
        // rule, the child's episodes in file order, the failing rows
        { "357", ["DECOM=01/06/2024;RNE=P"], [1] },
        { "357", ["DECOM=01/09/2024;RNE=P", "DECOM=01/06/2024;RNE=L;DEC=01/09/2024;REC=X1"], [2] },
        { "377", [$"DECOM=01/05/2024;PLACE=T3;{Temporary};DEC=08/05/2024;REC=X1", "DECOM=08/05/2024;RNE=P;DEC=01/08/2024;REC=X1",
                  $"DECOM=01/08/2024;RNE=P;PLACE=T3;{Temporary};DEC=08/08/2024;REC=X1", "DECOM=08/08/2024;RNE=P;DEC=01/12/2024;REC=X1",
                  $"DECOM=01/12/2024;RNE=P;PLACE=T3;{Temporary};DEC=08/12/2024;REC=X1", "DECOM=08/12/2024;RNE=P"], [1, 3, 5] },
        { "377", [$"DECOM=01/03/2024;PLACE=T3;{Temporary};DEC=08/03/2024;REC=X1", "DECOM=08/03/2024;RNE=P;DEC=01/08/2024;REC=X1",
                  $"DECOM=01/08/2024;RNE=P;PLACE=T3;{Temporary};DEC=08/08/2024;REC=X1", "DECOM=08/08/2024;RNE=P;DEC=01/03/2025;REC=X1",
                  $"DECOM=01/03/2025;RNE=P;PLACE=T3;{Temporary}"], [] },
        { "383", ["DECOM=01/01/2024;DEC=01/06/2024;REC=X1", $"DECOM=01/06/2024;RNE=P;PLACE=T1;{Temporary};DEC=05/06/2024;REC=X1", "DECOM=05/06/2024;RNE=P;PLACE=U6"], [2] },
        { "383", ["DECOM=01/01/2024;DEC=01/06/2024;REC=X1", $"DECOM=01/06/2024;RNE=P;PLACE=T1;{Temporary};DEC=05/06/2024;REC=X1", "DECOM=05/06/2024;RNE=P"], [] },
        { "336", ["DECOM=01/01/2024;PLACE=K2;URN=SC123456;DEC=01/06/2024;REC=X1", "DECOM=01/06/2024;RNE=U;LS=E1;PLACE=A5"], [2] },
        { "336", ["DECOM=01/01/2024;DEC=01/06/2024;REC=X1", "DECOM=01/06/2024;RNE=U;LS=E1;PLACE=A5"], [] },
        { "434", ["DECOM=01/01/2024;LS=C1;DEC=01/06/2024;REC=X1", "DECOM=01/06/2024;RNE=L;PL_POST=XQ1 1AA"], [2] },
        { "434", ["DECOM=01/01/2024;DEC=01/06/2024;REC=X1", "DECOM=01/06/2024;RNE=L"], [2] },
        { "434", ["DECOM=01/01/2024;LS=C1;DEC=01/06/2024;REC=X1", "DECOM=01/06/2024;RNE=L"], [] },
        { "435", ["DECOM=01/01/2024;DEC=01/06/2024;REC=X1", "DECOM=01/06/2024;RNE=T"], [2] },
        { "435", ["DECOM=01/01/2024;DEC=01/06/2024;REC=X1", "DECOM=01/06/2024;RNE=P;LS=E1;PLACE=A6"], [2] },
        { "436", ["DECOM=01/01/2024;DEC=01/06/2024;REC=X1", "DECOM=01/06/2024;RNE=B;PLACE=U6"], [2] },
        { "436", ["DECOM=01/01/2024;DEC=01/06/2024;REC=X1", "DECOM=01/06/2024;RNE=U;LS=E1"], [2] },
        { "436", ["DECOM=01/01/2024;DEC=01/06/2024;REC=X1", "DECOM=01/06/2024;RNE=B;LS=E1;PLACE=A6"], [] },
        { "199", ["DECOM=01/01/2024;PLACE=A6;LS=E1;DEC=01/06/2024;REC=E11", "DECOM=01/09/2024;RNE=S"], [2] },
        // Time limits over chained episodes of one legal status
        { "361", ["DECOM=01/06/2024;LS=L1;DEC=03/06/2024;REC=X1", "DECOM=03/06/2024;RNE=P;LS=L1;PLACE=U6;DEC=05/06/2024;REC=X1", "DECOM=05/06/2024;RNE=L;PLACE=U6"], [1, 2] },
        { "361", ["DECOM=01/06/2024;LS=L1;DEC=02/06/2024;REC=X1", "DECOM=02/06/2024;RNE=P;LS=L1;PLACE=U6;DEC=04/06/2024;REC=X1", "DECOM=04/06/2024;RNE=L;PLACE=U6"], [] },
        { "361", ["DECOM=01/06/2024;LS=L1;DEC=03/06/2024;REC=E13", "DECOM=01/07/2024;LS=L1;DEC=03/07/2024;REC=E13"], [] },
        { "362", ["DECOM=01/06/2024;LS=L2;DEC=23/06/2024;REC=E13"], [1] },
        { "362", ["DECOM=01/06/2024;LS=L2;DEC=22/06/2024;REC=E13"], [] },
        { "363", ["DECOM=01/06/2024;LS=L3;DEC=09/06/2024;REC=E13"], [1] },
        { "363", ["DECOM=01/06/2024;LS=L3;DEC=08/06/2024;REC=E13"], [] },
        { "364", ["DECOM=01/03/2025;LS=J2"], [1] },
        { "364", ["DECOM=10/03/2025;LS=J2"], [] },
        // Short breaks
        { "367", [.. Breaks(5)], [1, 2, 3, 4, 5] },
        { "367", [.. Breaks(4)], [] },
        { "426", [$"{ShortBreak};DECOM=01/05/2024;DEC=03/05/2024;REC=E13", "DECOM=01/01/2023;DEC=01/04/2024;REC=E13", $"LS=V4;PLACE=R1;URN=;HOME_POST=;PL_POST=;DECOM=01/06/2024"], [1, 3] },
    };

    /// <summary>Breaks of 16 days, one a month from May: five come to 80 days in the year.</summary>
    private static IEnumerable<string> Breaks(int count) =>
        Enumerable.Range(5, count).Select(month => $"{ShortBreak};DECOM=01/{month:00}/2024;DEC=17/{month:00}/2024;REC=E13");

    public static TheoryData<string> SequenceRules => new(Sequences.Select(c => (string)c[0]).Distinct());

    /// <summary>The codes these tests cover, for the catalogue's coverage check.</summary>
    public static IEnumerable<string> Codes => Sequences.Select(c => (string)c[0]);

    [Theory]
    [MemberData(nameof(Sequences))]
    public void Sequence_rules_report_the_episode_that_breaks_the_chain(string rule, string[] episodes, int[] rows) =>
        new ChildRuleTests().Sequence_rules_report_the_episode_that_breaks_the_chain(rule, episodes, rows);

    [Theory]
    [MemberData(nameof(SequenceRules))]
    public void A_well_chained_history_breaks_none_of_them(string rule) => new ChildRuleTests().A_well_chained_history_breaks_none_of_them(rule);

    [Fact]
    public void An_adoption_in_last_years_return_counts_for_199()
    {
        var last = new RuleTestReturn().Row(TableKind.Episodes, "C1", "DECOM=01/01/2023;PLACE=A6;LS=E1;DEC=01/06/2023;REC=E12");
        var current = new RuleTestReturn().Row(TableKind.Episodes, "C1", "DECOM=01/06/2024").Row(TableKind.Episodes, "C2", "DECOM=01/06/2024");
        var set = new ReturnSet([last.Set(2024).Latest, current.Set(2025).Latest]);

        var failures = Validator.Validate(set, 2025).Failures.Where(f => f.Rule == "199");

        Assert.Equal([(1, "C1")], failures.Select(f => (f.Row, f.Child)));
    }
}
