using CorporateParenting.Ssda903.Measures;
using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Tests.Measures;

public sealed class MeasureCatalogueTests
{
    [Fact]
    public void Every_measure_england_publishes_uses_englands_id()
    {
        var englandIds = ReferenceCsv.Rows("england.csv").Select(r => r["measure"]).ToHashSet();
        var published = NationalMeasures.Definitions.Where(d => d.PublishedForEngland).Select(d => d.Id).ToList();

        Assert.All(published, id => Assert.Contains(id, englandIds));
        Assert.Equal(NationalMeasures.Definitions.Count, NationalMeasures.Definitions.Select(d => d.Id).Distinct().Count());
        // Every measure England publishes that the 903 alone can answer is computed here.
        var fromOtherSources = new[] { "school_mid_year_move", "three_or_more_social_workers" };
        Assert.Empty(englandIds.Except(published).Except(fromOtherSources));
    }

    [Fact]
    public void Every_measure_says_what_it_counts()
    {
        Assert.All(NationalMeasures.Definitions, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Name));
            Assert.True(d.Definition.Length > 40, d.Id);
        });
    }

    [Theory]
    [InlineData(Dimension.AgeBand)]
    [InlineData(Dimension.Sex)]
    [InlineData(Dimension.EthnicityGroup)]
    [InlineData(Dimension.PlacementType)]
    [InlineData(Dimension.LegalStatus)]
    [InlineData(Dimension.Uasc)]
    public void A_breakdown_splits_the_cohort_into_groups_that_add_up_to_the_whole(Dimension by)
    {
        var build = Build.Return()
            .Child(2025, "BABY", "01/01/2025", "M", "WBRI").Episode(2025, "BABY", "02/01/2025", "", "S", "C2", "U4")
            .Child(2025, "TEEN", "01/01/2010", "F", "BCRB")
                .Episode(2025, "TEEN", "01/01/2024", "01/06/2024", "S", "C2", "U4", "X1")
                .Episode(2025, "TEEN", "01/06/2024", "01/09/2024", "P", "C2", "U6", "X1")
                .Episode(2025, "TEEN", "01/09/2024", "", "P", "C2", "K2")
            .Child(2025, "KID", "01/01/2016", "F", "AIND").Episode(2025, "KID", "01/01/2024", "", "S", "V2", "U1")
            .Add(2025, TableKind.UASC, "CHILD=TEEN;SEX=F;DOB=01/01/2010;DUC=");
        var whole = build.Measure(2025, "placements_3_or_more");

        var rows = NationalMeasures.Breakdown(build.Set(), 2025, "placements_3_or_more", by);

        Assert.Equal(whole.Denominator, rows.Sum(r => r.Result.Denominator));
        Assert.Equal(whole.Numerator, rows.Sum(r => r.Result.Numerator));
        Assert.True(rows.Count >= 2, $"{by} gave {rows.Count} group(s)");
    }

    [Fact]
    public void Every_measure_with_all_its_breakdowns_at_once_matches_each_asked_for_alone()
    {
        var folder = Directory.CreateTempSubdirectory("hub-breakdowns-").FullName;
        try
        {
            CorporateParenting.Ssda903.Generation.ReturnGenerator.Write(new(Children: 120, Years: 2, Seed: 5), folder);
            var (set, _) = CorporateParenting.Ssda903.Reading.ReturnReader.ReadFolders(Directory.GetDirectories(folder));
            var children = Model.ChildModel.Build(set);
            var session = new MeasureSession(children, 2025);

            var all = session.ComputeWithBreakdowns(Enum.GetValues<Dimension>());

            Assert.Equal(NationalMeasures.Compute(children, 2025).Select(r => (r.Id, r.Numerator, r.Denominator, r.Value)), all.Select(m => (m.Total.Id, m.Total.Numerator, m.Total.Denominator, m.Total.Value)));
            foreach (var measure in all.Where(m => m.Total.Available))
            foreach (var (dimension, rows) in measure.Breakdowns)
                Assert.Equal(NationalMeasures.Breakdown(children, 2025, measure.Total.Id, dimension).Select(r => (r.Group, r.Result.Numerator, r.Result.Denominator)),
                    rows.Select(r => (r.Group, r.Result.Numerator, r.Result.Denominator)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Ages_count_a_29_february_birthday_on_28_february_in_other_years()
    {
        Assert.Equal(5, Model.Dates.Age(new DateOnly(2020, 2, 29), new DateOnly(2025, 2, 28)));
        Assert.Equal(4, Model.Dates.Age(new DateOnly(2020, 2, 29), new DateOnly(2025, 2, 27)));
        Assert.Equal(4, Model.Dates.Age(new DateOnly(2020, 2, 29), new DateOnly(2024, 2, 29)));
        Assert.Equal(3, Model.Dates.Age(new DateOnly(2020, 2, 29), new DateOnly(2024, 2, 28)));
    }
}
