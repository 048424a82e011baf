using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Model;

/// <summary>Every child in a set of returns, keyed by CHILD.</summary>
public sealed class ChildIndex(IReadOnlyList<Child> children)
{
    private readonly Dictionary<string, Child> _byId = children.ToDictionary(c => c.Id);
    public IReadOnlyList<Child> Children { get; } = children;
    public Child? Find(string childId) => _byId.GetValueOrDefault(childId);
}

/// <summary>Builds the typed model from the raw tables of several years.</summary>
public static class ChildModel
{
    public static ChildIndex Build(ReturnSet returns)
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
        return new ChildIndex(builders.Values.Where(b => b.Id.Length > 0).OrderBy(b => b.Id, StringComparer.Ordinal).Select(b => b.Build()).ToList());
    }

    /// <summary>Chains episodes into periods: a new period starts when an episode does not begin on the day the last one ended.</summary>
    public static IReadOnlyList<PeriodOfCare> Periods(IReadOnlyList<Episode> episodes)
    {
        var periods = new List<PeriodOfCare>();
        var current = new List<Episode>();
        foreach (var episode in episodes)
        {
            if (current.Count > 0 && (current[^1].End is not { } end || episode.Start > end || current[^1].ReasonCeased.Code != "X1"))
            {
                periods.Add(new PeriodOfCare(current[0].Start, current[^1].End, current));
                current = [];
            }
            current.Add(episode);
        }
        if (current.Count > 0) periods.Add(new PeriodOfCare(current[0].Start, current[^1].End, current));
        return periods;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Field, string Code), Coded> CodedValues = new();

    /// <summary>One shared instance per field and code: a million episodes hold a few hundred distinct codes.</summary>
    private static Coded Code(string field, string code) =>
        CodedValues.GetOrAdd((field, code), key => new Coded(key.Code, key.Code.Length == 0 ? null : CodeSets.Label(key.Field, key.Code)));

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
                Id = Id, Header = Header, Episodes = episodes, Periods = Periods(episodes), Oc2 = Oc2, Oc3 = Oc3, Adoption = Adoption,
                Missing = Missing.ToDictionary(m => m.Key, m => (IReadOnlyList<MissingEpisode>)m.Value),
                PlacedForAdoption = PlacedForAdoption.Values.ToList(), Uasc = Uasc,
                Reviews = Reviews.Values.ToList(), PreviousPermanence = PreviousPermanence, SocialWorkers = SocialWorkers.Values.ToList(),
            };
        }
    }
}
