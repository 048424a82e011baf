using System.Reflection;
using CorporateParenting.Ssda903.Rules;
using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Tests.Rules;

public sealed class CatalogueTests
{
    [Fact]
    public void The_catalogue_is_the_dfe_2024_25_list()
    {
        Assert.Equal(312, RuleCatalogue.All.Count);
        var rule = RuleCatalogue.For("148");
        Assert.Equal(["DEC", "REC"], rule.Fields);
        Assert.Equal(["Episodes"], rule.Tables);
    }

    [Fact]
    public void Every_implemented_rule_is_in_the_catalogue_and_has_a_test_of_its_own()
    {
        var implemented = Validator.Validate(new ReturnSet([new ReturnYear(2025, new Dictionary<TableKind, RawTable>())]), 2025).RulesImplemented;
        var tested = RowRuleTests.Cases.Select(c => (string)c[0])
            .Concat(ChildRuleTests.Sequences.Select(c => (string)c[0]))
            .Concat(EpisodeRowRuleTests.Codes).Concat(EpisodeSequenceRuleTests.Codes)
            .Concat(CohortRuleTests.Cases.Concat(HeaderEpisodeRuleTests.Cases).Select(c => (string)c[0]))
            .Concat(CodesNamedInFacts())
            .Concat(SingleTableRuleTests.Codes)
            .Concat(ReadingsRuleTests.Cases.Select(c => (string)c[0]))
            .Concat(LastYearRuleTests.Cases.Select(c => (string)c[0]))
            .Concat(LinkRuleTests.Cases.Select(c => (string)c[0])).Concat(UascFlagRuleTests.Codes)
            .Concat(IntegrityRuleTests.Cases.Select(c => (string)c[0])).Concat(Places.PlaceRuleTests.Codes)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.All(implemented, code => RuleCatalogue.For(code));
        var untested = implemented.Where(code => !tested.Contains(code)).ToList();
        Assert.True(untested.Count == 0, "Rules without a test: " + string.Join(", ", untested));
        Assert.True(implemented.Count >= 140, $"{implemented.Count} rules");
    }

    [Fact]
    public void The_shared_examples_validate_without_error()
    {
        var read = CorporateParenting.Ssda903.Reading.ReturnReader.ReadFolder(Reading.Files.ExamplesFolder, 2020);

        var report = Validator.Validate(new ReturnSet([read.Year!]), 2020);

        Assert.NotEmpty(report.Failures);   // the validator's own test data is full of deliberate errors
        Assert.All(report.Failures, f => Assert.True(f.Row >= 1));
    }

    /// <summary>Codes checked by the [Fact] and [InlineData] tests of ChildRuleTests.</summary>
    private static IEnumerable<string> CodesNamedInFacts() =>
    [
        "185", "190", "543", "191", "1000", "1011", "1007",
        .. typeof(ChildRuleTests).GetMethods().SelectMany(m => m.GetCustomAttributes<InlineDataAttribute>()).Select(a => (string)a.GetData(null!).First()[0]),
    ];
}
