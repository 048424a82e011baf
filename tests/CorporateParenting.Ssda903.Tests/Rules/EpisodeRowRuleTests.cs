using CorporateParenting.Ssda903.Rules;
using CorporateParenting.Ssda903.Tables;
using static CorporateParenting.Ssda903.Tables.TableKind;

namespace CorporateParenting.Ssda903.Tests.Rules;

/// <summary>
/// Placement and legal status rules on one episode: a passing and a failing row each, checked as
/// <see cref="RowRuleTests"/> checks its own; and the postcode rules that depend on UASC status.
/// </summary>
public sealed class EpisodeRowRuleTests
{
    private const string ShortBreak = "LS=V3;PLACE=R1;URN=;HOME_POST=;PL_POST=";

    public static TheoryData<string, TableKind, string, string, string> Cases => new()
    {
        // Postcodes and what DfE derives from them
        { "164", Episodes, "PL_POST=XQ21 3ZZ", "PL_POST=NB2", "" },
        { "169", Episodes, "PL_POST=XQ21 3ZZ", "PL_POST=", "" },
        { "392a", Episodes, "HOME_POST=NB1 1AA", "HOME_POST=", "" },
        { "392b", Episodes, ShortBreak, "PL_POST=", "" },
        { "392c", Episodes, "HOME_POST=;PL_POST=XQ21 3ZZ", "HOME_POST=NB1 1A", "" },
        { "392d", Episodes, "PLACE=P1;PLACE_PROVIDER=PR0;URN=;PL_POST=NB1 1AA", "PL_POST=NB11AA", "" },
        { "214", Episodes, ShortBreak, "LS=V3;PLACE=K2;URN=SC123456;HOME_POST=;PL_POST=", "" },
        { "398", Episodes, ShortBreak, "LS=V4;PLACE=R1;URN=;HOME_POST=NB1 1AA;PL_POST=", "" },
        { "420", Episodes, ShortBreak, "LS=V3;PLACE=R1;URN=;HOME_POST=;PL_POST=NB2 2BB", "" },
        // Placement types
        { "217", Episodes, "PLACE=A5;LS=E1;RNE=U;DECOM=01/06/2024", "PLACE=A5;LS=E1;RNE=P;DECOM=01/06/2024", "" },
        { "408", Episodes, "PLACE=A6;LS=E1", "PLACE=A6;LS=C2", "" },
        { "390", Episodes, "PLACE=A4;LS=E1;DEC=01/02/2025;REC=E11", "DEC=01/02/2025;REC=E12", "" },
        { "516", Episodes, "PLACE=U1;DEC=01/02/2025;REC=E45", "PLACE=K2;URN=SC123456;DEC=01/02/2025;REC=E46", "" },
        // Legal status
        { "451", Episodes, "LS=D1;DECOM=01/12/2005;DEC=01/12/2006;REC=E11", "LS=D1;DECOM=01/12/2005", "" },
        { "366", Episodes, ShortBreak + ";RNE=S;DECOM=01/05/2024;DEC=03/05/2024;REC=E13", ShortBreak + ";RNE=P;DECOM=01/05/2024;DEC=03/05/2024;REC=E13", "" },
    };

    /// <summary>The codes these tests cover, for the catalogue's coverage check.</summary>
    public static IEnumerable<string> Codes => Cases.Select(c => (string)c[0]).Append("406");

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_rule_reports_exactly_the_failing_row(string rule, TableKind table, string passing, string failing, string failingHeader) =>
        new RowRuleTests().The_rule_reports_exactly_the_failing_row(rule, table, passing, failing, failingHeader);

    [Theory]
    [InlineData("SW1A 1AA", true)]
    [InlineData("SW1A1AA", true)]
    [InlineData("M1 1AE", true)]
    [InlineData("B33 8TH", true)]
    [InlineData("DN55 1PT", true)]
    [InlineData("XQ13 5OU", true)]
    [InlineData("DN55 1", false)]
    [InlineData("DN55", false)]
    [InlineData("1N55 1PT", false)]
    [InlineData("ABC1 1PT", false)]
    [InlineData("DN55 PT1", false)]
    [InlineData("DN55  1PT", false)]
    public void Postcodes_have_the_shape_of_a_full_unit_postcode(string postcode, bool valid)
    {
        var failures = new RuleTestReturn().Row(Episodes, "C1", $"PL_POST={postcode}").Failures("392c");

        Assert.Equal(valid, failures.Count == 0);
    }

    [Fact]
    public void A_child_who_is_or_was_uasc_has_no_home_postcode_or_distance()
    {
        var last = new RuleTestReturn().Row(UASC, "WAS", "DUC=15/06/2026");
        var current = new RuleTestReturn()
            .Row(UASC, "IS").Row(Episodes, "IS", "HOME_POST=")                 // row 1: as DfE asks
            .Row(Episodes, "WAS", "HOME_POST=")                                // row 2: UASC last year
            .Row(Episodes, "HOMED", "HOME_POST=NB1 1AA").Row(UASC, "HOMED")    // row 3: a distance can be derived
            .Row(Episodes, "NOT", "HOME_POST=");                               // row 4: not UASC, postcode missing
        var set = new ReturnSet([last.Set(2024).Latest, current.Set(2025).Latest]);

        var failures = Validator.Validate(set, 2025).Failures;

        IEnumerable<(int, string?)> Of(string rule) => failures.Where(f => f.Rule == rule).Select(f => (f.Row, f.Child));
        Assert.Equal([(3, "HOMED")], Of("406"));
        Assert.Equal([(4, "NOT")], Of("392a"));
        Assert.Equal([(4, "NOT")], Of("392b"));
    }
}
