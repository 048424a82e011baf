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
                for (var row = 0; row < table.Count; row++)
                {
                    if (dated is not null && Dates.Parse(table.Cell(row, date)) is null) continue;
                    var id = table.Cell(row, child);
                    ref var builder = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(builders, id, out _);
                    builder ??= new Builder(id);
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
                    for (var row = 0; row < t.Count; row++) For(t.At(row, child)).Header = new ChildHeader(
                        t.At(row, sex), Dates.Parse(t.At(row, dob)), codes.Get("ETHNIC", t.At(row, ethnic)), t.At(row, upn), t.At(row, mother), Dates.Parse(t.At(row, mcDob)));
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
                    for (var row = 0; row < t.Count; row++)
                    {
                        if (Dates.Parse(t.At(row, decom)) is not { } start) continue;
                        (For(t.At(row, child)).Episodes ??= new()).Set(start, new Episode(start, Dates.Parse(t.At(row, dec)), codes.Get("RNE", t.At(row, rne)),
                            codes.Get("LS", t.At(row, ls)), codes.Get("CIN", t.At(row, cin)), codes.Get("PLACE", t.At(row, place)), codes.Get("PLACE_PROVIDER", t.At(row, provider)),
                            codes.Get("REC", t.At(row, rec)), codes.Get("REASON_PLACE_CHANGE", t.At(row, reason)), t.At(row, home), t.At(row, plPost), t.At(row, urn)));
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
                    for (var row = 0; row < t.Count; row++) (For(t.At(row, child)).Oc2 ??= [])[year.Year] = new Oc2Record(
                        t.At(row, sdqScore), t.At(row, sdqReason), t.At(row, convicted), t.At(row, healthCheck), t.At(row, immunisations), t.At(row, teeth),
                        t.At(row, assessment), t.At(row, substance), t.At(row, received), t.At(row, offered));
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
                    for (var row = 0; row < t.Count; row++) (For(t.At(row, child)).Oc3 ??= [])[year.Year] = new Oc3Record(
                        codes.Get("IN_TOUCH", t.At(row, inTouch)), codes.Get("ACTIV", t.At(row, activ)), codes.Get("ACCOM", t.At(row, accom)));
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
                    for (var row = 0; row < t.Count; row++) (For(t.At(row, child)).Adoption ??= [])[year.Year] = new AdoptionRecord(
                        Dates.Parse(t.At(row, dateInt)), Dates.Parse(t.At(row, dateMatch)), t.At(row, foster), t.At(row, nb), t.At(row, sexAdoptr), t.At(row, lsAdoptr));
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
                    for (var row = 0; row < t.Count; row++)
                    {
                        var byYear = For(t.At(row, child)).Missing ??= [];
                        if (!byYear.TryGetValue(year.Year, out var list)) byYear[year.Year] = list = [];
                        list.Add(new MissingEpisode(codes.Get("MISSING", t.At(row, missing)), Dates.Parse(t.At(row, misStart)), Dates.Parse(t.At(row, misEnd))));
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
                    for (var row = 0; row < t.Count; row++) (For(t.At(row, child)).PlacedForAdoption ??= new(StringComparer.Ordinal)).Set(t.At(row, placed),
                        new PlacedForAdoption(Dates.Parse(t.At(row, placed)), Dates.Parse(t.At(row, placedCeased)), codes.Get("REASON_PLACED_CEASED", t.At(row, reasonCeased))));
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
                    for (var row = 0; row < t.Count; row++) For(t.At(row, child)).Uasc = new UascStatus(Dates.Parse(t.At(row, duc)));
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
                    for (var row = 0; row < t.Count; row++) For(t.At(row, child)).PreviousPermanence = new PreviousPermanence(codes.Get("PREV_PERM", t.At(row, prevPerm)), t.At(row, laPerm), t.At(row, datePerm));
                }
            });
        var ordered = builders.Values.Where(b => b.Id.Length > 0).ToArray();
        Array.Sort(ordered, (a, b) => string.CompareOrdinal(a.Id, b.Id));
        var children = new Child[ordered.Length];
        // Reviews and social worker episodes are read when first asked for: no measure reads them (ADR 6).
        var later = new LaterRecords(returns);
        Parallel.For(0, ordered.Length, i => children[i] = ordered[i].Build(later));
        return new ChildIndex(children);
    }

    /// <summary>Chains episodes into periods: a new period starts when an episode does not begin on the day the last one ended.</summary>
    public static IReadOnlyList<PeriodOfCare> Periods(IReadOnlyList<Episode> episodes)
    {
        // Arrays made at their size: most children have one period of one episode, and every child's lists are kept.
        if (episodes.Count == 0) return [];
        var count = 1;
        for (var i = 1; i < episodes.Count; i++)
            if (StartsPeriod(episodes[i - 1], episodes[i])) count++;
        var periods = new PeriodOfCare[count];
        var first = 0;
        var made = 0;
        for (var i = 1; i <= episodes.Count; i++)
        {
            if (i < episodes.Count && !StartsPeriod(episodes[i - 1], episodes[i])) continue;
            var chained = new Episode[i - first];
            for (var k = 0; k < chained.Length; k++) chained[k] = episodes[first + k];
            periods[made++] = new PeriodOfCare(chained[0].Start, chained[^1].End, chained);
            first = i;
        }
        return periods;
    }

    /// <summary>A new period starts when an episode does not begin on the day the one before ended with X1.</summary>
    private static bool StartsPeriod(Episode before, Episode episode) =>
        before.End is not { } end || episode.Start > end || before.ReasonCeased.Code != "X1";

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Field, string Code), Coded> CodedValues = new();

    /// <summary>One shared instance per field and code: a million episodes hold a few hundred distinct codes.</summary>
    internal static Coded Code(string field, string code) =>
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
        public int Count => table.Count;

        /// <summary>A cell ("" for a column the table lacks).</summary>
        public string At(int row, int column) => table.Cell(row, column);

        /// <summary>The column's index, or -1 when the table lacks it.</summary>
        public int this[string column] => table.IndexOf(column);
    }

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
    internal sealed class KeyedList<TKey, TValue>(IComparer<TKey>? comparer = null) where TKey : notnull
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

        public TValue[] Values()
        {
            var values = new TValue[_items.Count];
            for (var i = 0; i < values.Length; i++) values[i] = _items[i].Value;
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
        public PreviousPermanence? PreviousPermanence { get; set; }

        public Child Build(LaterRecords later)
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
                PreviousPermanence = PreviousPermanence, Later = later,
            };
        }
    }
}
