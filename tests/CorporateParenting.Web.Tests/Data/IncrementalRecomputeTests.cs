using CorporateParenting.Data;
using CorporateParenting.Data.Performance;
using CorporateParenting.Ssda903.Generation;
using CorporateParenting.Ssda903.Measures;
using CorporateParenting.Ssda903.Model;
using CorporateParenting.Ssda903.Reading;
using CorporateParenting.Ssda903.Tables;
using CorporateParenting.Testing;
using CorporateParenting.Web.Disclosure;
using CorporateParenting.Web.Features.Performance;
using CorporateParenting.Web.Features.Performance.Imports;
using CorporateParenting.Web.Features.Performance.Indicators;
using CorporateParenting.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CorporateParenting.Web.Tests.Data;

/// <summary>
/// An import measures again only the years it touches and writes only the rows that differ, and what it
/// stores is exactly what measuring every year from nothing stores (disclosure pattern included).
/// </summary>
public sealed class IncrementalRecomputeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hub-incremental-").FullName;

    public IncrementalRecomputeTests() =>
        ReturnGenerator.Write(new GeneratorOptions(Children: 120, Years: 4, Seed: 5, LastYear: 2025), _folder);

    private IReadOnlyList<string> FilesOf(int year) => Directory.GetFiles(Path.Combine(_folder, year.ToString())).Order(StringComparer.Ordinal).ToList();

    private ReturnYear Read(int year) => ReturnReader.Read(FilesOf(year).Select(p => new ReturnFile(Path.GetFileName(p), () => File.OpenRead(p))), year).Year!;

    [Fact]
    public void A_year_kept_as_unchanged_has_exactly_the_figures_measuring_it_again_gives()
    {
        var before = ChildModel.Build(new ReturnSet([Read(2022), Read(2023), Read(2024)]));
        var after = ChildModel.Build(new ReturnSet([Read(2022), Read(2023), Read(2024), Read(2025)]));
        var options = new MeasureOptions(ChildPopulation: 20_000);

        var kept = new List<int>();
        foreach (var year in new[] { 2022, 2023, 2024 })
        {
            var same = Same(IndicatorCalculator.CellsOf(before, year, options), IndicatorCalculator.CellsOf(after, year, options));
            var unchanged = FigureCache.Unchanged(before, after, year, options);
            Assert.True(!unchanged || same, $"{year} was kept although its figures changed");
            if (unchanged) kept.Add(year);
        }
        // Adding 2025 closes episodes that were open at 31 March 2024 and brings new headers, yet the
        // years before are untouched: the check must see that, or it saves nothing.
        Assert.Equal([2022, 2023, 2024], kept);

        // One child's placement at 31 March 2023 changed: 2023 must be measured again.
        var child = after.Children.First(c => c.EpisodeOn(new DateOnly(2023, 3, 31)) is { IsShortBreak: false } e && e.Placement.Code != "K2");
        var episode = child.EpisodeOn(new DateOnly(2023, 3, 31))!;
        var moved = Rebuild(child, episodes: child.Episodes.Select(e => e == episode ? e with { Placement = new Coded("K2", "Children's home") } : e).ToList());
        var changed = new ChildIndex(after.Children.Select(c => c == child ? moved : c).ToList());
        Assert.False(FigureCache.Unchanged(after, changed, 2023, options));
        Assert.False(Same(IndicatorCalculator.CellsOf(after, 2023, options), IndicatorCalculator.CellsOf(changed, 2023, options)));
    }

    [Fact]
    public void A_child_whose_history_changed_is_seen_by_every_year_and_a_year_record_only_by_its_year_and_the_next()
    {
        var model = ChildModel.Build(new ReturnSet([Read(2024), Read(2025)]));
        var child = model.Children.First(c => c.Episodes.Count > 0 && c.Oc2.Count == 0);
        var moved = Rebuild(child, episodes: [child.Episodes[0] with { Placement = new Coded("K2", null) }, .. child.Episodes.Skip(1)]);
        var withOc2 = Rebuild(child, oc2: new Dictionary<int, Oc2Record> { [2023] = new("12", "", "0", "1", "1", "1", "1", "0", "", "") });

        Assert.True(ChildViews.SameView(child, Rebuild(child), 2025));
        Assert.False(ChildViews.SameView(child, moved, 2020));
        Assert.False(ChildViews.SameView(child, withOc2, 2023));
        Assert.False(ChildViews.SameView(child, withOc2, 2024));
        Assert.True(ChildViews.SameView(child, withOc2, 2025));
        Assert.True(ChildViews.SameView(child, withOc2, 2022));
    }

    private static Child Rebuild(Child child, IReadOnlyList<Episode>? episodes = null, IReadOnlyDictionary<int, Oc2Record>? oc2 = null) => new()
    {
        Id = child.Id, Header = child.Header, Episodes = (episodes ?? child.Episodes).ToList(), Periods = ChildModel.Periods(episodes ?? child.Episodes),
        Oc2 = oc2 ?? child.Oc2.ToDictionary(), Oc3 = child.Oc3, Adoption = child.Adoption, Missing = child.Missing, PlacedForAdoption = child.PlacedForAdoption,
        Uasc = child.Uasc, Reviews = child.Reviews, PreviousPermanence = child.PreviousPermanence, SocialWorkers = child.SocialWorkers,
    };

    [Theory]
    [MemberData(nameof(DataTestContext.Providers), MemberType = typeof(DataTestContext))]
    public async Task An_import_rewrites_only_rows_that_changed_and_stores_what_a_full_recompute_stores(DatabaseProvider provider)
    {
        using var context = new DataTestContext(provider);
        var council = new CouncilReturns();
        Ssda903Importer ImporterFor(HubDbContext db) => new(db, council, new CouncilMeasureOptions(Options.Create(new HubOptions())), TimeProvider.System);
        await using (var db = context.Create())
            foreach (var year in new[] { 2022, 2023, 2024 })
                await ImporterFor(db).ImportAsync(FilesOf(year), year, "analyst@test.example", CancellationToken.None);
        var before = await StoredAsync(context);

        await using (var db = context.Create())
            await ImporterFor(db).ImportAsync(FilesOf(2025), 2025, "analyst@test.example", CancellationToken.None);
        var imported = await StoredAsync(context);

        // Rows whose figure did not change were left alone (same row), the others written again.
        var kept = imported.Where(r => before.TryGetValue(r.Key, out var old) && old.Id == r.Value.Id).ToList();
        Assert.NotEmpty(kept);
        Assert.All(kept, r => Assert.Equal(Figure(before[r.Key]), Figure(r.Value)));
        Assert.Contains(imported.Keys, k => k.Year == 2025);

        // Measuring every year from the stored files, with nothing held, stores exactly the same.
        FigureCache.Clear();
        await using (var db = context.Create())
            await ImporterFor(db).RecomputeAsync(CancellationToken.None);
        var full = await StoredAsync(context);
        Assert.Equal(full.Count, imported.Count);
        Assert.All(full, r => Assert.Equal(Figure(r.Value), Figure(imported[r.Key])));
        Assert.Contains(full.Values, v => v.HiddenFromMembers);
    }

    private static object Figure(IndicatorValue v) => (v.Numerator, v.Denominator, v.Value, v.NotAvailableReason, v.ImportId, v.HiddenFromMembers);

    private static async Task<Dictionary<(int IndicatorId, int Year, string Dimension, string Group), IndicatorValue>> StoredAsync(DataTestContext context)
    {
        await using var db = context.Create();
        return (await db.IndicatorValues.AsNoTracking().Where(v => v.ImportId != null).ToListAsync()).ToDictionary(v => (v.IndicatorId, v.Year, v.Dimension, v.Group));
    }

    private static bool Same(IReadOnlyList<IndicatorCell> a, IReadOnlyList<IndicatorCell> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.Label == p.Second.Label && p.First.Result.Value == p.Second.Result.Value
            && p.First.Result.NumeratorChildren.SequenceEqual(p.Second.Result.NumeratorChildren)
            && p.First.Result.DenominatorChildren.SequenceEqual(p.Second.Result.DenominatorChildren));

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
