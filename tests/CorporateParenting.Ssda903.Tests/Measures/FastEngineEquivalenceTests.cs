using CorporateParenting.Ssda903.Generation;
using CorporateParenting.Ssda903.Measures;
using CorporateParenting.Ssda903.Model;
using CorporateParenting.Ssda903.Reading;
using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Tests.Measures;

/// <summary>
/// The fast child model and measure evaluation give exactly what the plain versions they replaced gave
/// (kept here as references: SortedDictionary per child, LINQ Distinct of ids), on a generated council.
/// </summary>
public sealed class FastEngineEquivalenceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ssda903-equivalence-").FullName;
    private readonly ReturnSet _set;

    public FastEngineEquivalenceTests()
    {
        ReturnGenerator.Write(new GeneratorOptions(600, 5, Seed: 1), _folder);
        _set = ReturnReader.ReadFolders(Directory.GetDirectories(_folder).Order()).Set;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Measures_of_a_return_read_without_the_tables_no_measure_reads_are_the_same_and_their_records_are_refused()
    {
        // cpb measure leaves reviews and social worker episodes unread: every figure and every child behind it must be
        // what the whole return gives, and a child's reviews asked of such a return are an error, not an empty list.
        var partial = new ReturnSet(Directory.GetDirectories(_folder).Order()
            .Select(f => ReturnReader.ReadFolder(f, leaveUnread: NationalMeasures.TablesNotMeasured).Year!));
        var year = _set.Latest.Year;
        Assert.All(partial.Years, y =>
        {
            Assert.False(y.WasRead(TableKind.Reviews));
            Assert.Equal(_set.ForYear(y.Year)!.Has(TableKind.SWEpisodes), !y.WasRead(TableKind.SWEpisodes));   // the early years have none
            Assert.Throws<InvalidOperationException>(() => y[TableKind.Reviews]);   // not passed off as an empty table
            Assert.True(y.WasRead(TableKind.Episodes));
        });
        Assert.True(_set.Latest[TableKind.Reviews].Count > 0);

        static object Figures(IReadOnlyList<MeasureResult> results) =>
            results.Select(r => (r.Id, r.Numerator, r.Denominator, r.Value, r.Available, string.Join(",", r.NumeratorChildren), string.Join(",", r.DenominatorChildren))).ToList();
        Assert.Equal(Figures(NationalMeasures.Compute(_set, year)), Figures(NationalMeasures.Compute(partial, year)));

        var child = ChildModel.Build(partial).Children[0];
        Assert.Throws<InvalidOperationException>(() => child.Reviews);
        Assert.Throws<InvalidOperationException>(() => child.SocialWorkers);
        Assert.NotEmpty(ChildModel.Build(_set).Children.SelectMany(c => c.Reviews));
    }

    [Fact]
    public void The_child_model_is_the_one_the_plain_builder_made()
    {
        var fast = ChildModel.Build(_set).Children;
        var plain = PlainModel.Build(_set);
        Assert.Equal(plain.Count, fast.Count);
        Assert.True(plain.Count > 600);
        for (var i = 0; i < plain.Count; i++)
        {
            var (a, b) = (plain[i], fast[i]);
            Assert.Equal(a.Id, b.Id);
            Assert.Equal(a.Header, b.Header);
            Assert.Equal(a.Episodes, b.Episodes);
            Assert.Equal(a.Periods.Select(p => (p.Start, p.End, p.Episodes.Count)), b.Periods.Select(p => (p.Start, p.End, p.Episodes.Count)));
            Assert.Equal(a.Oc2.OrderBy(x => x.Key), b.Oc2.OrderBy(x => x.Key));
            Assert.Equal(a.Oc3.OrderBy(x => x.Key), b.Oc3.OrderBy(x => x.Key));
            Assert.Equal(a.Adoption.OrderBy(x => x.Key), b.Adoption.OrderBy(x => x.Key));
            Assert.Equal(a.Missing.OrderBy(x => x.Key).Select(x => (x.Key, string.Join(";", x.Value))), b.Missing.OrderBy(x => x.Key).Select(x => (x.Key, string.Join(";", x.Value))));
            Assert.Equal(a.PlacedForAdoption, b.PlacedForAdoption);
            Assert.Equal(a.Uasc, b.Uasc);
            Assert.Equal(a.Reviews, b.Reviews);
            Assert.Equal(a.PreviousPermanence, b.PreviousPermanence);
            Assert.Equal(a.SocialWorkers, b.SocialWorkers);
        }
    }

    [Theory]
    [InlineData(2023)]
    [InlineData(2025)]
    public void Every_measure_is_what_the_plain_evaluation_gave(int year)
    {
        var children = ChildModel.Build(_set);
        var options = new MeasureOptions(ChildPopulation: 50_000);
        var fast = NationalMeasures.Compute(children, year, options);
        var context = new MeasureContext(children, year, options);
        Assert.Equal(NationalMeasures.Measures.Count, fast.Count);
        for (var i = 0; i < fast.Count; i++)
        {
            var plain = PlainEvaluate(NationalMeasures.Measures[i], context, NationalMeasures.Measures[i].Cohort(context).ToList());
            Assert.Equal(Describe(plain), Describe(fast[i]));
        }
        Assert.Contains(fast, r => r.Denominator > 100 && r.Numerator > 0);
    }

    private static string Describe(MeasureResult r) =>
        $"{r.Id} {r.Numerator}/{r.Denominator} {r.Value:R} {r.Available} {r.NotAvailableReason} [{string.Join(",", r.NumeratorChildren)}] [{string.Join(",", r.DenominatorChildren)}]";

    /// <summary>The evaluation as it was: ids made distinct by LINQ, the average by LINQ.</summary>
    private static MeasureResult PlainEvaluate(Measure measure, MeasureContext context, IReadOnlyList<Contribution> cohort)
    {
        var d = measure.Definition;
        var unavailable = measure.Unavailable?.Invoke(context);
        var numeratorChildren = cohort.Where(x => x.Counts).Select(x => x.Child.Id).Distinct().ToList();
        var denominatorChildren = cohort.Select(x => x.Child.Id).Distinct().ToList();
        var counted = cohort.Where(x => x.Counts).ToList();
        double? value = unavailable is not null ? null : d.Kind switch
        {
            MeasureKind.Count => numeratorChildren.Count,
            MeasureKind.Percent => denominatorChildren.Count == 0 ? null : 100.0 * numeratorChildren.Count / denominatorChildren.Count,
            MeasureKind.RatePer10000 => 10_000.0 * numeratorChildren.Count / context.Options.ChildPopulation!.Value,
            MeasureKind.Average => counted.Count == 0 ? null : counted.Average(x => x.Amount),
            _ => null,
        };
        var denominator = d.Kind == MeasureKind.RatePer10000 ? context.Options.ChildPopulation ?? 0 : denominatorChildren.Count;
        return new MeasureResult(d.Id, d.Name, d.Definition, d.Unit, numeratorChildren.Count, denominator, value,
            unavailable is null, unavailable, numeratorChildren, denominatorChildren);
    }

    /// <summary>The child model's builder as it was before it was made fast: the reference.</summary>
    private static class PlainModel
    {
        public static IReadOnlyList<Child> Build(ReturnSet returns)
        {
            var builders = new Dictionary<string, Builder>();
            Builder For(string id) => builders.TryGetValue(id, out var b) ? b : builders[id] = new Builder(id);

            foreach (var year in returns.Years)
            {
                foreach (var row in Rows(year[TableKind.Header])) For(row["CHILD"]).Header = new ChildHeader(
                    row["SEX"], Dates.Parse(row["DOB"]), Code("ETHNIC", row["ETHNIC"]), row["UPN"], row["MOTHER"], Dates.Parse(row["MC_DOB"]));
                foreach (var row in Rows(year[TableKind.Episodes]))
                {
                    if (Dates.Parse(row["DECOM"]) is not { } start) continue;
                    For(row["CHILD"]).Episodes[start] = new Episode(start, Dates.Parse(row["DEC"]), Code("RNE", row["RNE"]),
                        Code("LS", row["LS"]), Code("CIN", row["CIN"]), Code("PLACE", row["PLACE"]), Code("PLACE_PROVIDER", row["PLACE_PROVIDER"]),
                        Code("REC", row["REC"]), Code("REASON_PLACE_CHANGE", row["REASON_PLACE_CHANGE"]), row["HOME_POST"], row["PL_POST"], row["URN"]);
                }
                foreach (var row in Rows(year[TableKind.OC2])) For(row["CHILD"]).Oc2[year.Year] = new Oc2Record(
                    row["SDQ_SCORE"], row["SDQ_REASON"], row["CONVICTED"], row["HEALTH_CHECK"], row["IMMUNISATIONS"], row["TEETH_CHECK"],
                    row["HEALTH_ASSESSMENT"], row["SUBSTANCE_MISUSE"], row["INTERVENTION_RECEIVED"], row["INTERVENTION_OFFERED"]);
                foreach (var row in Rows(year[TableKind.OC3])) For(row["CHILD"]).Oc3[year.Year] = new Oc3Record(
                    Code("IN_TOUCH", row["IN_TOUCH"]), Code("ACTIV", row["ACTIV"]), Code("ACCOM", row["ACCOM"]));
                foreach (var row in Rows(year[TableKind.AD1])) For(row["CHILD"]).Adoption[year.Year] = new AdoptionRecord(
                    Dates.Parse(row["DATE_INT"]), Dates.Parse(row["DATE_MATCH"]), row["FOSTER_CARE"], row["NB_ADOPTR"], row["SEX_ADOPTR"], row["LS_ADOPTR"]);
                foreach (var row in Rows(year[TableKind.Missing]))
                {
                    var missing = For(row["CHILD"]).Missing;
                    if (!missing.TryGetValue(year.Year, out var list)) missing[year.Year] = list = [];
                    list.Add(new MissingEpisode(Code("MISSING", row["MISSING"]), Dates.Parse(row["MIS_START"]), Dates.Parse(row["MIS_END"])));
                }
                foreach (var row in Rows(year[TableKind.PlacedAdoption])) For(row["CHILD"]).PlacedForAdoption[row["DATE_PLACED"]] =
                    new PlacedForAdoption(Dates.Parse(row["DATE_PLACED"]), Dates.Parse(row["DATE_PLACED_CEASED"]), Code("REASON_PLACED_CEASED", row["REASON_PLACED_CEASED"]));
                foreach (var row in Rows(year[TableKind.UASC])) For(row["CHILD"]).Uasc = new UascStatus(Dates.Parse(row["DUC"]));
                foreach (var row in Rows(year[TableKind.Reviews]))
                    if (Dates.Parse(row["REVIEW"]) is { } date) For(row["CHILD"]).Reviews[date] = new Review(date, Code("REVIEW_CODE", row["REVIEW_CODE"]));
                foreach (var row in Rows(year[TableKind.PrevPerm])) For(row["CHILD"]).PreviousPermanence =
                    new PreviousPermanence(Code("PREV_PERM", row["PREV_PERM"]), row["LA_PERM"], row["DATE_PERM"]);
                foreach (var row in Rows(year[TableKind.SWEpisodes]))
                    if (Dates.Parse(row["SW_DECOM"]) is { } start) For(row["CHILD"]).SocialWorkers[start] =
                        new SocialWorkerEpisode(row["SW_ID"], start, Dates.Parse(row["SW_DEC"]), Code("SW_REASON", row["SW_REASON"]));
            }
            return builders.Values.Where(b => b.Id.Length > 0).OrderBy(b => b.Id, StringComparer.Ordinal).Select(b => b.Build()).ToList();
        }

        private static Coded Code(string field, string code) => new(code, code.Length == 0 ? null : CodeSets.Label(field, code));

        private static IEnumerable<RowView> Rows(RawTable table)
        {
            for (var i = 0; i < table.Count; i++) yield return new RowView(table, i);
        }

        private readonly record struct RowView(RawTable Table, int Index)
        {
            public string this[string column] => Table.Cell(Index, column);
        }

        private sealed class Builder(string id)
        {
            public string Id { get; } = id;
            public ChildHeader? Header { get; set; }
            public SortedDictionary<DateOnly, Episode> Episodes { get; } = [];
            public Dictionary<int, Oc2Record> Oc2 { get; } = [];
            public Dictionary<int, Oc3Record> Oc3 { get; } = [];
            public Dictionary<int, AdoptionRecord> Adoption { get; } = [];
            public Dictionary<int, List<MissingEpisode>> Missing { get; } = [];
            public SortedDictionary<string, PlacedForAdoption> PlacedForAdoption { get; } = new(StringComparer.Ordinal);
            public UascStatus? Uasc { get; set; }
            public SortedDictionary<DateOnly, Review> Reviews { get; } = [];
            public PreviousPermanence? PreviousPermanence { get; set; }
            public SortedDictionary<DateOnly, SocialWorkerEpisode> SocialWorkers { get; } = [];

            public Child Build()
            {
                var episodes = Episodes.Values.ToList();
                return new Child
                {
                    Id = Id, Header = Header, Episodes = episodes, Periods = ChildModel.Periods(episodes), Oc2 = Oc2, Oc3 = Oc3, Adoption = Adoption,
                    Missing = Missing.ToDictionary(m => m.Key, m => (IReadOnlyList<MissingEpisode>)m.Value),
                    PlacedForAdoption = PlacedForAdoption.Values.ToList(), Uasc = Uasc,
                    Reviews = Reviews.Values.ToList(), PreviousPermanence = PreviousPermanence, SocialWorkers = SocialWorkers.Values.ToList(),
                };
            }
        }
    }
}
