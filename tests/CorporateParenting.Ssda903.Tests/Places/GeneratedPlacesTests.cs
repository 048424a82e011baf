using CorporateParenting.Ssda903.Places;
using CorporateParenting.Ssda903.Rules;
using CorporateParenting.Ssda903.Tests.Generation;

namespace CorporateParenting.Ssda903.Tests.Places;

/// <summary>The generated council with the postcode directory and Ofsted list written beside it.</summary>
public sealed class GeneratedPlacesTests(GeneratedCouncil council) : IClassFixture<GeneratedCouncil>
{
    [Fact]
    public void The_generated_return_passes_every_place_rule_with_the_files_written_beside_it()
    {
        var places = new PlaceLookups(PostcodeDirectory.Read(Path.Combine(council.Folder, "postcodes.csv")),
            ProviderDirectory.Read(Path.Combine(council.Folder, "providers.csv")));

        var report = Validator.Validate(council.Set, 2025, places);

        Assert.Empty(report.NotChecked);   // the council's LA is found from its children's home postcodes
        var failing = report.Failures.Where(f => PlaceRuleTests.Codes.Contains(f.Rule) || f.Rule.StartsWith("INT", StringComparison.Ordinal)).ToList();
        Assert.True(failing.Count == 0, string.Join("; ", failing.GroupBy(f => f.Rule).Select(g => $"{g.Key} x{g.Count()}")));
    }

    [Fact]
    public void Every_generated_postcode_and_urn_is_in_the_files()
    {
        var directory = PostcodeDirectory.Read(Path.Combine(council.Folder, "postcodes.csv"));
        var providers = ProviderDirectory.Read(Path.Combine(council.Folder, "providers.csv"));
        var episodes = council.Set.ForYear(2025)![Ssda903.Tables.TableKind.Episodes];

        Assert.All(Enumerable.Range(0, episodes.Count), i =>
        {
            if (episodes.Cell(i, "PL_POST") is { Length: > 0 } post) Assert.NotNull(directory.Find(post));
            if (episodes.Cell(i, "URN") is { Length: > 0 } urn && urn != "XXXXXXX") Assert.NotNull(providers.Find(urn));
        });
        Assert.Contains(Enumerable.Range(0, episodes.Count), i => directory.Find(episodes.Cell(i, "PL_POST"))?.PlacementLa == "805");
        Assert.Contains(Enumerable.Range(0, episodes.Count), i => directory.Find(episodes.Cell(i, "PL_POST"))?.PlacementLa is "806" or "807" or "808");
    }
}
