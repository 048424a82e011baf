using System.Collections.ObjectModel;
using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Model;

/// <summary>Every child in a set of returns, keyed by CHILD.</summary>
public sealed class ChildIndex
{
    private readonly Dictionary<string, Child> _byId;
    // The children as an array for Holds: measures ask it twice per child of every cohort, and an indexer through
    // IReadOnlyList is an interface call.
    private readonly Child[] _array;

    public ChildIndex(IReadOnlyList<Child> children)
    {
        Children = children;
        _array = children as Child[] ?? [.. children];
        _byId = children.ToDictionary(c => c.Id);
        // Measures count children by their place here (a bit set), not by hashing their ids. A child keeps the
        // place of the first index that holds it, so a count never sees it move (another index counts by id).
        for (var i = 0; i < children.Count; i++)
            if (children[i].Ordinal < 0) children[i].Ordinal = i;
    }

    public IReadOnlyList<Child> Children { get; }
    public Child? Find(string childId) => _byId.GetValueOrDefault(childId);

    /// <summary>True when the child is this index's own (so its <see cref="Child.Ordinal"/> is its place here).</summary>
    internal bool Holds(Child child) => (uint)child.Ordinal < (uint)_array.Length && ReferenceEquals(_array[child.Ordinal], child);
}

/// <summary>Builds the typed model from the raw tables of several years.</summary>
public static class ChildModel
{
    /// <summary>
    /// Each table's columns are found once and its rows read as arrays; a child's collections are made only
    /// when it has rows for them (most children have no missing, adoption or social worker rows).
    /// </summary>
    public static ChildIndex Build(ReturnSet returns)
    {
        // First the children, in one pass over every table (a child is made by the rows that the sections below keep) ...
        var builders = new Dictionary<string, Builder>(StringComparer.Ordinal);
        foreach (var year in returns.Years)
            foreach (var (kind, dated) in MakesChild)
            {
                var table = year[kind];
                int child = table.IndexOf("CHILD"), date = dated is null ? -1 : table.IndexOf(dated);
                foreach (var row in table.Rows)
                {
                    if (dated is not null && Dates.Parse(At(row, date)) is null) continue;
                    ref var builder = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(builders, At(row, child), out _);
                    builder ??= new Builder(At(row, child));
                }
            }
        Builder For(string id) => builders[id];

        // ... then each table side by side: each fills its own part of a child, year by year, later years last.
        Parallel.Invoke(
            () =>
            {
                var codes = new CodeCache();
                foreach (var year in returns.Years)
                {
                    var t = new Columns(year[TableKind.Header]);
                    int child = t["CHILD"], sex = t["SEX"], dob = t["DOB"], ethnic = t["ETHNIC"], upn = t["UPN"], mother = t["MOTHER"], mcDob = t["MC_DOB"];
                    foreach (var row in t.Rows) For(At(row, child)).Header = new ChildHeader(
                        At(row, sex), Dates.Parse(At(row, dob)), codes.Get("ETHNIC", At(row, ethnic)), At(row, upn), At(row, mother), Dates.Parse(At(row, mcDob)));
                }
            },
            () =>
            {
                var codes = new CodeCache();
                foreach (var year in returns.Years)
                {
                    var t = new Columns(year[TableKind.Episodes]);
                    var child = t["CHILD"];
                    int decom = t["DECOM"], dec = t["DEC"], rne = t["RNE"], ls = t["LS"], cin = t["CIN"], place = t["PLACE"], provider = t["PLACE_PROVIDER"],
                        rec = t["REC"], reason = t["REASON_PLACE_CHANGE"], home = t["HOME_POST"], plPost = t["PL_POST"], urn = t["URN"];
                    foreach (var row in t.Rows)
                    {
                        if (Dates.Parse(At(row, decom)) is not { } start) continue;
                        (For(At(row, child)).Episodes ??= new()).Set(start, new Episode(start, Dates.Parse(At(row, dec)), codes.Get("RNE", At(row, rne)),
                            codes.Get("LS", At(row, ls)), codes.Get("CIN", At(row, cin)), codes.Get("PLACE", At(row, place)), codes.Get("PLACE_PROVIDER", At(row, provider)),
                            codes.Get("REC", At(row, rec)), codes.Get("REASON_PLACE_CHANGE", At(row, reason)), At(row, home), At(row, plPost), At(row, urn)));
                    }
                }
            },
            () =>
            {
                var codes = new CodeCache();
                foreach (var year in returns.Years)
                {
                    var t = new Columns(year[TableKind.OC2]);
                    var child = t["CHILD"];
                    int sdqScore = t["SDQ_SCORE"], sdqReason = t["SDQ_REASON"], convicted = t["CONVICTED"], healthCheck = t["HEALTH_CHECK"], immunisations = t["IMMUNISATIONS"],
                        teeth = t["TEETH_CHECK"], assessment = t["HEALTH_ASSESSMENT"], substance = t["SUBSTANCE_MISUSE"], received = t["INTERVENTION_RECEIVED"], offered = t["INTERVENTION_OFFERED"];
                    foreach (var row in t.Rows) (For(At(row, child)).Oc2 ??= [])[year.Year] = new Oc2Record(
                        At(row, sdqScore), At(row, sdqReason), At(row, convicted), At(row, healthCheck), At(row, immunisations), At(row, teeth),
                        At(row, assessment), At(row, substance), At(row, received), At(row, offered));
                }
            },
            () =>
            {
                var codes = new CodeCache();
                foreach (var year in returns.Years)
                {
                    var t = new Columns(year[TableKind.OC3]);
                    var child = t["CHILD"];
                    int inTouch = t["IN_TOUCH"], activ = t["ACTIV"], accom = t["ACCOM"];
                    foreach (var row in t.Rows) (For(At(row, child)).Oc3 ??= [])[year.Year] = new Oc3Record(
                        codes.Get("IN_TOUCH", At(row, inTouch)), codes.Get("ACTIV", At(row, activ)), codes.Get("ACCOM", At(row, accom)));
                }
            },
            () =>
            {
                var codes = new CodeCache();
                foreach (var year in returns.Years)
                {
                    var t = new Columns(year[TableKind.AD1]);
                    var child = t["CHILD"];
                    int dateInt = t["DATE_INT"], dateMatch = t["DATE_MATCH"], foster = t["FOSTER_CARE"], nb = t["NB_ADOPTR"], sexAdoptr = t["SEX_ADOPTR"], lsAdoptr = t["LS_ADOPTR"];
                    foreach (var row in t.Rows) (For(At(row, child)).Adoption ??= [])[year.Year] = new AdoptionRecord(
                        Dates.Parse(At(row, dateInt)), Dates.Parse(At(row, dateMatch)), At(row, foster), At(row, nb), At(row, sexAdoptr), At(row, lsAdoptr));
                }
            },
            () =>
            {
                var codes = new CodeCache();
                foreach (var year in returns.Years)
                {
                    var t = new Columns(year[TableKind.Missing]);
                    var child = t["CHILD"];
                    int missing = t["MISSING"], misStart = t["MIS_START"], misEnd = t["MIS_END"];
                    foreach (var row in t.Rows)
                    {
                        var byYear = For(At(row, child)).Missing ??= [];
                        if (!byYear.TryGetValue(year.Year, out var list)) byYear[year.Year] = list = [];
                        list.Add(new MissingEpisode(codes.Get("MISSING", At(row, missing)), Dates.Parse(At(row, misStart)), Dates.Parse(At(row, misEnd))));
                    }
                }
            },
            () =>
            {
                var codes = new CodeCache();
                foreach (var year in returns.Years)
                {
                    var t = new Columns(year[TableKind.PlacedAdoption]);
                    var child = t["CHILD"];
                    int placed = t["DATE_PLACED"], placedCeased = t["DATE_PLACED_CEASED"], reasonCeased = t["REASON_PLACED_CEASED"];
                    foreach (var row in t.Rows) (For(At(row, child)).PlacedForAdoption ??= new(StringComparer.Ordinal)).Set(At(row, placed),
                        new PlacedForAdoption(Dates.Parse(At(row, placed)), Dates.Parse(At(row, placedCeased)), codes.Get("REASON_PLACED_CEASED", At(row, reasonCeased))));
                }
            },
            () =>
            {
                var codes = new CodeCache();
                foreach (var year in returns.Years)
                {
                    var t = new Columns(year[TableKind.UASC]);
                    var child = t["CHILD"];
                    var duc = t["DUC"];
                    foreach (var row in t.Rows) For(At(row, child)).Uasc = new UascStatus(Dates.Parse(At(row, duc)));
                }
            },
            () =>
            {
                var codes = new CodeCache();
                foreach (var year in returns.Years)
                {
                    var t = new Columns(year[TableKind.Reviews]);
                    var child = t["CHILD"];
                    int review = t["REVIEW"], reviewCode = t["REVIEW_CODE"];
                    foreach (var row in t.Rows)
                        if (Dates.Parse(At(row, review)) is { } date) (For(At(row, child)).Reviews ??= new()).Set(date, new Review(date, codes.Get("REVIEW_CODE", At(row, reviewCode))));
                }
            },
            () =>
            {
                var codes = new CodeCache();
                foreach (var year in returns.Years)
                {
                    var t = new Columns(year[TableKind.PrevPerm]);
                    var child = t["CHILD"];
                    int prevPerm = t["PREV_PERM"], laPerm = t["LA_PERM"], datePerm = t["DATE_PERM"];
                    foreach (var row in t.Rows) For(At(row, child)).PreviousPermanence = new PreviousPermanence(codes.Get("PREV_PERM", At(row, prevPerm)), At(row, laPerm), At(row, datePerm));
                }
            },
            () =>
            {
                var codes = new CodeCache();
                foreach (var year in returns.Years)
                {
                    var t = new Columns(year[TableKind.SWEpisodes]);
                    var child = t["CHILD"];
                    int swId = t["SW_ID"], swDecom = t["SW_DECOM"], swDec = t["SW_DEC"], swReason = t["SW_REASON"];
                    foreach (var row in t.Rows)
                        if (Dates.Parse(At(row, swDecom)) is { } start) (For(At(row, child)).SocialWorkers ??= new()).Set(start,
                            new SocialWorkerEpisode(At(row, swId), start, Dates.Parse(At(row, swDec)), codes.Get("SW_REASON", At(row, swReason))));
        
                }
            });
        var ordered = builders.Values.Where(b => b.Id.Length > 0).ToArray();
        Array.Sort(ordered, (a, b) => string.CompareOrdinal(a.Id, b.Id));
        var children = new Child[ordered.Length];
        Parallel.For(0, ordered.Length, i => children[i] = ordered[i].Build());
        return new ChildIndex(children);
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

    /// <summary>The tables whose rows make a child, with the date a row needs to count (null: every row counts).</summary>
    private static readonly (TableKind Kind, string? Dated)[] MakesChild =
    [
        (TableKind.Header, null), (TableKind.Episodes, "DECOM"), (TableKind.OC2, null), (TableKind.OC3, null), (TableKind.AD1, null),
        (TableKind.Missing, null), (TableKind.PlacedAdoption, null), (TableKind.UASC, null), (TableKind.Reviews, "REVIEW"),
        (TableKind.PrevPerm, null), (TableKind.SWEpisodes, "SW_DECOM"),
    ];

    /// <summary>A table's rows with its column indexes found once ("" for a column the table lacks, as RawTable.Cell gives).</summary>
    private readonly struct Columns(RawTable table)
    {
        public IReadOnlyList<string[]> Rows => table.Rows;

        /// <summary>The column's index, or -1 when the table lacks it.</summary>
        public int this[string column] => table.IndexOf(column);
    }

    private static string At(string[] row, int column) => column < 0 ? "" : row[column];

    /// <summary>The codes of this build, per field, in front of the shared instances.</summary>
    private sealed class CodeCache
    {
        private readonly Dictionary<string, Dictionary<string, Coded>> _byField = new(StringComparer.Ordinal);

        public Coded Get(string field, string code)
        {
            if (!_byField.TryGetValue(field, out var codes)) _byField[field] = codes = new Dictionary<string, Coded>(StringComparer.Ordinal);
            ref var coded = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(codes, code, out _);
            return coded ??= Code(field, code);
        }
    }

    /// <summary>A small list kept in key order where setting a key again replaces its value (a SortedDictionary without the tree).</summary>
    private sealed class KeyedList<TKey, TValue>(IComparer<TKey>? comparer = null) where TKey : notnull
    {
        private readonly List<(TKey Key, TValue Value)> _items = [];
        private readonly IComparer<TKey> _comparer = comparer ?? Comparer<TKey>.Default;

        public void Set(TKey key, TValue value)
        {
            var at = _items.Count;
            while (at > 0 && _comparer.Compare(_items[at - 1].Key, key) > 0) at--;
            if (at > 0 && _comparer.Compare(_items[at - 1].Key, key) == 0) _items[at - 1] = (key, value);
            else _items.Insert(at, (key, value));
        }

        public List<TValue> Values()
        {
            var values = new List<TValue>(_items.Count);
            foreach (var item in _items) values.Add(item.Value);
            return values;
        }
    }

    private sealed class Builder(string id)
    {
        public string Id { get; } = id;
        public ChildHeader? Header { get; set; }
        public KeyedList<DateOnly, Episode>? Episodes { get; set; }
        public Dictionary<int, Oc2Record>? Oc2 { get; set; }
        public Dictionary<int, Oc3Record>? Oc3 { get; set; }
        public Dictionary<int, AdoptionRecord>? Adoption { get; set; }
        public Dictionary<int, List<MissingEpisode>>? Missing { get; set; }
        public KeyedList<string, PlacedForAdoption>? PlacedForAdoption { get; set; }
        public UascStatus? Uasc { get; set; }
        public KeyedList<DateOnly, Review>? Reviews { get; set; }
        public PreviousPermanence? PreviousPermanence { get; set; }
        public KeyedList<DateOnly, SocialWorkerEpisode>? SocialWorkers { get; set; }

        public Child Build()
        {
            IReadOnlyList<Episode> episodes = Episodes?.Values() ?? [];
            return new Child
            {
                Id = Id, Header = Header, Episodes = episodes, Periods = Periods(episodes),
                Oc2 = (IReadOnlyDictionary<int, Oc2Record>?)Oc2 ?? (IReadOnlyDictionary<int, Oc2Record>)ReadOnlyDictionary<int, Oc2Record>.Empty,
                Oc3 = (IReadOnlyDictionary<int, Oc3Record>?)Oc3 ?? (IReadOnlyDictionary<int, Oc3Record>)ReadOnlyDictionary<int, Oc3Record>.Empty,
                Adoption = (IReadOnlyDictionary<int, AdoptionRecord>?)Adoption ?? (IReadOnlyDictionary<int, AdoptionRecord>)ReadOnlyDictionary<int, AdoptionRecord>.Empty,
                Missing = (IReadOnlyDictionary<int, IReadOnlyList<MissingEpisode>>?)Missing?.ToDictionary(m => m.Key, m => (IReadOnlyList<MissingEpisode>)m.Value) ?? (IReadOnlyDictionary<int, IReadOnlyList<MissingEpisode>>)ReadOnlyDictionary<int, IReadOnlyList<MissingEpisode>>.Empty,
                PlacedForAdoption = PlacedForAdoption?.Values() ?? [], Uasc = Uasc,
                Reviews = Reviews?.Values() ?? [], PreviousPermanence = PreviousPermanence, SocialWorkers = SocialWorkers?.Values() ?? [],
            };
        }
    }
}
