using CorporateParenting.Ssda903.Places;
using CorporateParenting.Ssda903.Rules;
using CorporateParenting.Ssda903.Tables;
using CorporateParenting.Ssda903.Tests.Rules;

namespace CorporateParenting.Ssda903.Tests.Places;

/// <summary>
/// The rules that need the postcode directory and the Ofsted list (PlacesFiles), for a council whose LA number is 805.
/// A child's episode is open since 01/01/2023, U4 from PR1 with URN 1234567, home NB1 1AA, placed at NB2 2BB, unless the case says otherwise.
/// </summary>
public sealed class PlaceRuleTests
{
    private const string Home = "PLACE=K2;URN=SC111111;PLACE_PROVIDER=PR1;PL_POST=NB2 2BB";
    private const string Closing = "PLACE=K2;PLACE_PROVIDER=PR4;URN=SC222222;PL_POST=XQ1 1AA";

    public static readonly IReadOnlyList<string> Codes = ["1008", "219", "221", "224", "227", "228", "229", "1015", "179", "411"];

    public static TheoryData<string, string[], string[]> Cases => new()
    {
        // rule, the return's rows, the failing rows
        { "1008", ["Episodes PASS", "Episodes NONE URN=XXXXXXX", "Episodes BLANK PLACE=P1;PLACE_PROVIDER=PR0;URN=", "Episodes FAIL URN=7654321",
            "Episodes CASE URN=sc111111;PLACE=K2"], ["Episodes 4 FAIL"] },
        { "219", ["Episodes PASS", "Episodes FAIL PLACE=K2", "Episodes UNKNOWN PLACE=K2;URN=7654321", "Episodes HOME " + Home], ["Episodes 2 FAIL"] },
        { "221", ["Episodes PASS " + Home, "Episodes SPACES " + Home + ";PL_POST=NB22BB", "Episodes FAIL " + Home + ";PL_POST=NB1 1AA",
            "Episodes BREAK " + Home + ";LS=V3;PL_POST=NB1 1AA", "Episodes FOSTER PL_POST=NB1 1AA", "Episodes HIDDEN PLACE=K2;URN=SC444444;PLACE_PROVIDER=PR4;PL_POST=NB1 1AA"],
            ["Episodes 3 FAIL"] },
        { "224", ["Episodes PASS PLACE_PROVIDER=PR4", "Episodes FAIL PLACE_PROVIDER=PR1", "Episodes OTHERLA " + Home + ";PLACE_PROVIDER=PR2",
            "Episodes BLANK PLACE_PROVIDER="], ["Episodes 2 FAIL"] },
        { "227", [$"Episodes PASS {Closing};DECOM=01/05/2024;DEC=29/06/2024;REC=E8", $"Episodes FAIL {Closing};DECOM=30/06/2024;DEC=01/07/2024;REC=E8",
            "Episodes OPENLIST " + Home], ["Episodes 2 FAIL"] },
        { "228", [$"Episodes PASS {Closing};DECOM=01/05/2024;DEC=30/06/2024;REC=E8", $"Episodes FAIL {Closing};DECOM=01/05/2024;DEC=01/07/2024;REC=E8",
            $"Episodes OPEN {Closing};DECOM=01/05/2024"], ["Episodes 2 FAIL", "Episodes 3 OPEN"] },
        { "229", ["Episodes PASS " + Home, "Episodes FAIL PLACE=K2;URN=SC333333;PLACE_PROVIDER=PR1;PL_POST=XQ1 1AA",
            "Episodes OTHER PLACE=K2;URN=SC333333;PLACE_PROVIDER=PR2;PL_POST=XQ1 1AA", "Episodes OWN " + Home + ";PLACE_PROVIDER=PR2",
            "Episodes PRIVATE PLACE_PROVIDER=PR4"], ["Episodes 2 FAIL", "Episodes 4 OWN"] },
        { "1015", ["Episodes PASS " + Home, "Episodes FAIL PLACE=K3;URN=;PL_POST=XQ1 1AA", "Episodes FOSTER PL_POST=XQ1 1AA",
            "Episodes PRIVATE PLACE=K3;URN=;PLACE_PROVIDER=PR4;PL_POST=XQ1 1AA", "Episodes BREAK PLACE=K3;URN=;LS=V3;PL_POST=XQ1 1AA",
            "Episodes WALES PLACE=K3;URN=;PL_POST=CF1 1AA", "Episodes UNKNOWN PLACE=K3;URN=;PL_POST=ZZ9 9ZZ"], ["Episodes 2 FAIL", "Episodes 6 WALES"] },
        { "179", ["Episodes IN", "Episodes OUT PL_POST=XQ1 1AA", "Episodes FAIL PL_POST=ZZ9 9ZZ", "Episodes BLANK PL_POST=",
            "Episodes BREAK LS=V3;PL_POST=;HOME_POST="], ["Episodes 3 FAIL", "Episodes 4 BLANK"] },
        { "411", ["Episodes IN", "Episodes OUT PL_POST=XQ1 1AA", "Episodes WALES PL_POST=CF1 1AA"], [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_rule_reports_exactly_the_failing_rows(string rule, string[] rows, string[] failing) =>
        Assert.Equal(failing.Order(StringComparer.Ordinal), Failures(rule, rows, PlacesFiles.All()));

    [Fact]
    public void Rule_411_reports_an_episode_marked_in_area_whose_placement_la_is_another()
    {
        // Derived from the directory, PL_LOCATION is IN exactly when PL_LA is the council's; given values (a council may
        // overwrite the DfE's) can disagree.
        var set = Build(["Episodes IN", "Episodes FAIL", "Episodes OUT"]).Set();
        var context = new RuleContext(set, 2025) { Places = PlacesFiles.All() };
        context.UsePlaceFields(["805", "806", "806"], ["IN", "IN", "OUT"], [3.1, 34.2, 34.2]);

        var failing = Validator.Rules.Single(r => r.Code == "411").Failures(context).ToList();

        Assert.Equal(new[] { (TableKind.Episodes, 1) }, failing);
    }

    [Fact]
    public void Without_the_files_the_rules_are_reported_not_checked_and_never_passed()
    {
        var set = Build(["Episodes FAIL URN=7654321;PL_POST=ZZ9 9ZZ"]).Set();

        var report = Validator.Validate(set, 2025);

        Assert.Equal(Codes.Order(StringComparer.Ordinal), report.NotChecked.Select(n => n.Rule));
        Assert.Equal("needs the Ofsted provider list", report.NotChecked.Single(n => n.Rule == "1008").Reason);
        Assert.Equal("needs the ONS postcode directory", report.NotChecked.Single(n => n.Rule == "179").Reason);
        Assert.Equal("needs the Ofsted provider list", report.NotChecked.Single(n => n.Rule == "229").Reason);
        Assert.DoesNotContain(report.Failures, f => Codes.Contains(f.Rule));
        Assert.Contains("1008", report.RulesImplemented);

        var withFiles = Validator.Validate(set, 2025, PlacesFiles.All());
        Assert.Empty(withFiles.NotChecked);
        Assert.Contains(withFiles.Failures, f => f.Rule == "1008");
        Assert.Contains(withFiles.Failures, f => f.Rule == "179");
    }

    [Fact]
    public void The_council_is_found_from_home_postcodes_when_not_given()
    {
        var rows = new[] { "Episodes A", "Episodes B", "Episodes FAIL PLACE=K3;URN=;PL_POST=XQ1 1AA", "Episodes AWAY HOME_POST=XQ1 1AA" };

        Assert.Equal(["Episodes 3 FAIL"], Failures("1015", rows, PlacesFiles.All(la: null)));

        // No home postcode in the directory: which council this is cannot be told, so 1015 is not checked.
        var unknownHomes = Build(["Episodes A HOME_POST=ZZ9 9ZZ"]).Set();
        var report = Validator.Validate(unknownHomes, 2025, new PlaceLookups(PlacesFiles.ReadDirectory(), null, null));
        Assert.Equal("needs the council's LA number (no home postcode is in the directory)", report.NotChecked.Single(n => n.Rule == "1015").Reason);
    }

    [Fact]
    public void Without_a_directory_229_takes_the_providers_la_from_the_name_in_ofsteds_list()
    {
        var rows = new[] { "Episodes PASS " + Home, "Episodes FAIL PLACE=K2;URN=SC333333;PLACE_PROVIDER=PR1;PL_POST=XQ1 1AA" };

        Assert.Equal(["Episodes 2 FAIL"], Failures("229", rows, new PlaceLookups(null, PlacesFiles.ReadProviders(), "E06000001")));
    }

    [Fact]
    public void Pl_la_and_pl_distance_are_derived_as_the_dfe_does()
    {
        var set = Build(["Episodes NEAR", "Episodes FAR PL_POST=XQ1 1AA", "Episodes COUNTY PL_POST=KT1 1AA", "Episodes WELSHHOME HOME_POST=CF1 1AA",
            "Episodes UNKNOWN PL_POST=ZZ9 9ZZ", "Episodes UASC HOME_POST=", "Episodes BREAK LS=V3"]).Set();
        var context = new RuleContext(set, 2025) { Places = PlacesFiles.All() };

        Assert.Equal(new string?[] { "805", "806", "936", "805", null, "805", null }, context.PlacementLa());
        Assert.Equal(new string?[] { "IN", "OUT", "OUT", "IN", null, "IN", null }, context.PlacementLocation());
        // Home in Wales or a postcode the directory lacks: 999.9; no home postcode (UASC) or a short break: none.
        Assert.Equal(new double?[] { 3.1, 34.2, 230.9, 999.9, 999.9, null, null }, context.PlacementDistance());
    }

    private static RuleTestReturn Build(string[] rows)
    {
        var build = new RuleTestReturn();
        foreach (var row in rows)
        {
            var parts = row.Split(' ', 3);
            build.Row(Enum.Parse<TableKind>(parts[0]), parts[1], parts.Length > 2 ? LaterWins(parts[2]) : "");
        }
        return build;
    }

    /// <summary>"PLACE=K2;...;PLACE_PROVIDER=PR1;PLACE_PROVIDER=PR2": a case built on a shared one changes a field by naming it again.</summary>
    private static string LaterWins(string overrides)
    {
        var fields = new Dictionary<string, string>();
        foreach (var pair in overrides.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2)))
            fields[pair[0]] = pair.Length > 1 ? pair[1] : "";
        return string.Join(';', fields.Select(f => $"{f.Key}={f.Value}"));
    }

    private static IReadOnlyList<string> Failures(string rule, string[] rows, PlaceLookups places) =>
        Validator.Validate(Build(rows).Set(), 2025, places).Failures.Where(f => f.Rule == rule)
            .Select(f => $"{f.Table} {f.Row} {f.Child}").Order(StringComparer.Ordinal).ToList();
}
