using System.Collections.ObjectModel;
using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Model;

/// <summary>Every child in a set of returns, keyed by CHILD.</summary>
public sealed class ChildIndex
{
    // Made when first asked for: measures and rules never look a child up by id.
    private readonly Lazy<Dictionary<string, Child>> _byId;
    // The children as an array for Holds: measures ask it twice per child of every cohort, and an indexer through
    // IReadOnlyList is an interface call.
    private readonly Child[] _array;

    public ChildIndex(IReadOnlyList<Child> children)
    {
        Children = children;
        _array = children as Child[] ?? [.. children];
        _byId = new(() => children.ToDictionary(c => c.Id));
        // Measures count children by their place here (a bit set), not by hashing their ids. A child keeps the
        // place of the first index that holds it, so a count never sees it move (another index counts by id).
        for (var i = 0; i < children.Count; i++)
            if (children[i].Ordinal < 0) children[i].Ordinal = i;
    }

    public IReadOnlyList<Child> Children { get; }
    public Child? Find(string childId) => _byId.Value.GetValueOrDefault(childId);

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
        // First the children, in one pass over every table (a child is made by the rows that the sections below keep), each
        // table's distinct CHILD values looked up once: the sections then find a row's child by its value's number.
        var builders = new Dictionary<string, Builder>(StringComparer.Ordinal);
        var childrenOf = new Dictionary<RawTable, Builder?[]>();
        foreach (var year in returns.Years)
            foreach (var (kind, dated) in MakesChild)
            {
                var table = year.ReadOrEmpty(kind);   // a table left unread (cpb measure's reviews) makes no child
                var (cells, values) = table.Column(table.IndexOf("CHILD"));
                var (dateCells, dateValues) = dated is null ? default : table.Column(table.IndexOf(dated));
                var counts = dateValues is null ? null : Array.ConvertAll(dateValues, v => Dates.Parse(v) is not null);
                var byValue = new Builder?[values.Length];
                for (var row = 0; row < table.Count; row++)
                {
                    if (counts is not null && !counts[dateCells[row]]) continue;
                    ref var known = ref byValue[cells[row]];
                    if (known is not null) continue;
                    ref var builder = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(builders, values[cells[row]], out _);
                    known = builder ??= new Builder(values[cells[row]]);
                }
                childrenOf[table] = byValue;
            }

        Columns Read(ReturnYear year, TableKind kind) => new(year[kind], childrenOf[year[kind]]);

        // ... then each table side by side: each fills its own part of a child, year by year, later years last. Dates and
        // codes are read once per distinct value.
        Parallel.Invoke(
            () =>
            {
                foreach (var year in returns.Years)
                {
                    var t = Read(year, TableKind.Header);
                    int sex = t["SEX"], upn = t["UPN"], mother = t["MOTHER"];
                    var (dob, ethnic, mcDob) = (t.Dates("DOB"), t.Codes("ETHNIC"), t.Dates("MC_DOB"));
                    for (var row = 0; row < t.Count; row++)
                        t.ChildOf(row).Header = new ChildHeader(t.At(row, sex), dob[row], ethnic[row], t.At(row, upn), t.At(row, mother), mcDob[row]);
                }
            },
            () =>
            {
                foreach (var year in returns.Years)
                {
                    var t = Read(year, TableKind.Episodes);
                    int home = t["HOME_POST"], plPost = t["PL_POST"], urn = t["URN"];
                    var (decom, dec) = (t.Dates("DECOM"), t.Dates("DEC"));
                    var (rne, ls, cin, place, provider) = (t.Codes("RNE"), t.Codes("LS"), t.Codes("CIN"), t.Codes("PLACE"), t.Codes("PLACE_PROVIDER"));
                    var (rec, reason) = (t.Codes("REC"), t.Codes("REASON_PLACE_CHANGE"));
                    for (var row = 0; row < t.Count; row++)
                    {
                        if (decom[row] is not { } start) continue;
                        t.ChildOf(row).Episodes.Set(start, new Episode(start, dec[row], rne[row], ls[row], cin[row], place[row], provider[row],
                            rec[row], reason[row], t.At(row, home), t.At(row, plPost), t.At(row, urn)));
                    }
                }
            },
            () =>
            {
                foreach (var year in returns.Years)
                {
                    var t = Read(year, TableKind.OC2);
                    int sdqScore = t["SDQ_SCORE"], sdqReason = t["SDQ_REASON"], convicted = t["CONVICTED"], healthCheck = t["HEALTH_CHECK"], immunisations = t["IMMUNISATIONS"],
                        teeth = t["TEETH_CHECK"], assessment = t["HEALTH_ASSESSMENT"], substance = t["SUBSTANCE_MISUSE"], received = t["INTERVENTION_RECEIVED"], offered = t["INTERVENTION_OFFERED"];
                    for (var row = 0; row < t.Count; row++) (t.ChildOf(row).Oc2 ??= new(1))[year.Year] = new Oc2Record(
                        t.At(row, sdqScore), t.At(row, sdqReason), t.At(row, convicted), t.At(row, healthCheck), t.At(row, immunisations), t.At(row, teeth),
                        t.At(row, assessment), t.At(row, substance), t.At(row, received), t.At(row, offered));
                }
            },
            () =>
            {
                foreach (var year in returns.Years)
                {
                    var t = Read(year, TableKind.OC3);
                    var (inTouch, activ, accom) = (t.Codes("IN_TOUCH"), t.Codes("ACTIV"), t.Codes("ACCOM"));
                    for (var row = 0; row < t.Count; row++) (t.ChildOf(row).Oc3 ??= new(1))[year.Year] = new Oc3Record(inTouch[row], activ[row], accom[row]);
                }
            },
            () =>
            {
                foreach (var year in returns.Years)
                {
                    var t = Read(year, TableKind.AD1);
                    int foster = t["FOSTER_CARE"], nb = t["NB_ADOPTR"], sexAdoptr = t["SEX_ADOPTR"], lsAdoptr = t["LS_ADOPTR"];
                    var (dateInt, dateMatch) = (t.Dates("DATE_INT"), t.Dates("DATE_MATCH"));
                    for (var row = 0; row < t.Count; row++) (t.ChildOf(row).Adoption ??= new(1))[year.Year] = new AdoptionRecord(
                        dateInt[row], dateMatch[row], t.At(row, foster), t.At(row, nb), t.At(row, sexAdoptr), t.At(row, lsAdoptr));
                }
            },
            () =>
            {
                foreach (var year in returns.Years)
                {
                    var t = Read(year, TableKind.Missing);
                    var (missing, misStart, misEnd) = (t.Codes("MISSING"), t.Dates("MIS_START"), t.Dates("MIS_END"));
                    for (var row = 0; row < t.Count; row++)
                    {
                        var byYear = t.ChildOf(row).Missing ??= [];
                        if (!byYear.TryGetValue(year.Year, out var list)) byYear[year.Year] = list = [];
                        list.Add(new MissingEpisode(missing[row], misStart[row], misEnd[row]));
                    }
                }
            },
            () =>
            {
                foreach (var year in returns.Years)
                {
                    var t = Read(year, TableKind.PlacedAdoption);
                    var placedAsWritten = t["DATE_PLACED"];
                    var (placed, placedCeased, reasonCeased) = (t.Dates("DATE_PLACED"), t.Dates("DATE_PLACED_CEASED"), t.Codes("REASON_PLACED_CEASED"));
                    for (var row = 0; row < t.Count; row++) t.ChildOf(row).PlacedForAdoption.Set(t.At(row, placedAsWritten),
                        new PlacedForAdoption(placed[row], placedCeased[row], reasonCeased[row]), StringComparer.Ordinal);
                }
            },
            () =>
            {
                foreach (var year in returns.Years)
                {
                    var t = Read(year, TableKind.UASC);
                    var duc = t.Dates("DUC");
                    for (var row = 0; row < t.Count; row++) t.ChildOf(row).Uasc = new UascStatus(duc[row]);
                }
            },
            () =>
            {
                foreach (var year in returns.Years)
                {
                    var t = Read(year, TableKind.PrevPerm);
                    int laPerm = t["LA_PERM"], datePerm = t["DATE_PERM"];
                    var prevPerm = t.Codes("PREV_PERM");
                    for (var row = 0; row < t.Count; row++) t.ChildOf(row).PreviousPermanence = new PreviousPermanence(prevPerm[row], t.At(row, laPerm), t.At(row, datePerm));
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
            // One period of all the episodes (most children) shares their array: nobody changes either.
            var chained = count == 1 && episodes is Episode[] all ? all : new Episode[i - first];
            if (chained != episodes)
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

    /// <summary>
    /// A table's rows with its column indexes found once ("" for a column the table lacks, as RawTable.Cell gives), each
    /// row's child, and dates and codes worked out once per distinct value of their column.
    /// </summary>
    private readonly struct Columns(RawTable table, Builder?[] children)
    {
        private readonly int[] _childCells = table.Column(table.IndexOf("CHILD")).Cells;

        public int Count => table.Count;

        /// <summary>The child a row fills in (made by the first pass for every row that counts).</summary>
        public Builder ChildOf(int row) => children[_childCells[row]]!;

        /// <summary>A cell ("" for a column the table lacks).</summary>
        public string At(int row, int column) => table.Cell(row, column);

        /// <summary>The column's index, or -1 when the table lacks it.</summary>
        public int this[string column] => table.IndexOf(column);

        public PerValue<DateOnly?> Dates(string column)
        {
            var (cells, values) = table.Column(table.IndexOf(column));
            return new(cells, Array.ConvertAll(values, Model.Dates.Parse));
        }

        /// <summary>A coded column's codes (the field is the column's name).</summary>
        public PerValue<Coded> Codes(string column)
        {
            var (cells, values) = table.Column(table.IndexOf(column));
            return new(cells, Array.ConvertAll(values, v => Code(column, v)));
        }
    }

    /// <summary>Each row's value of a column, made once per distinct value.</summary>
    private readonly struct PerValue<T>(int[] cells, T[] byValue)
    {
        public T this[int row] => byValue[cells[row]];
    }

    /// <summary>
    /// A small list kept in key order where setting a key again replaces its value (a SortedDictionary without the tree):
    /// a struct in its owner's field, one array in all (at England's size there are a quarter of a million of them).
    /// </summary>
    internal struct KeyedList<TKey, TValue> where TKey : notnull
    {
        private (TKey Key, TValue Value)[]? _items;
        private int _count;

        public void Set(TKey key, TValue value, IComparer<TKey>? comparer = null)
        {
            comparer ??= Comparer<TKey>.Default;
            var items = _items ??= new (TKey, TValue)[2];
            var at = _count;
            while (at > 0 && comparer.Compare(items[at - 1].Key, key) > 0) at--;
            if (at > 0 && comparer.Compare(items[at - 1].Key, key) == 0) { items[at - 1] = (key, value); return; }
            if (_count == items.Length) Array.Resize(ref _items, _count * 2);
            Array.Copy(_items!, at, _items!, at + 1, _count - at);
            _items![at] = (key, value);
            _count++;
        }

        public readonly TValue[] Values()
        {
            if (_count == 0) return [];
            var values = new TValue[_count];
            for (var i = 0; i < values.Length; i++) values[i] = _items![i].Value;
            return values;
        }
    }

    private sealed class Builder(string id)
    {
        public string Id { get; } = id;
        public ChildHeader? Header { get; set; }
        // Fields, so that the lists are changed where they are. A child has a year or two of each record: a SortedList
        // (two arrays) is half a Dictionary's size, and keeps the years in order as the Dictionary did.
        public KeyedList<DateOnly, Episode> Episodes;
        public SortedList<int, Oc2Record>? Oc2 { get; set; }
        public SortedList<int, Oc3Record>? Oc3 { get; set; }
        public SortedList<int, AdoptionRecord>? Adoption { get; set; }
        public Dictionary<int, List<MissingEpisode>>? Missing { get; set; }
        public KeyedList<string, PlacedForAdoption> PlacedForAdoption;
        public UascStatus? Uasc { get; set; }
        public PreviousPermanence? PreviousPermanence { get; set; }

        public Child Build(LaterRecords later)
        {
            IReadOnlyList<Episode> episodes = Episodes.Values();
            return new Child
            {
                Id = Id, Header = Header, Episodes = episodes, Periods = Periods(episodes),
                Oc2 = (IReadOnlyDictionary<int, Oc2Record>?)Oc2 ?? (IReadOnlyDictionary<int, Oc2Record>)ReadOnlyDictionary<int, Oc2Record>.Empty,
                Oc3 = (IReadOnlyDictionary<int, Oc3Record>?)Oc3 ?? (IReadOnlyDictionary<int, Oc3Record>)ReadOnlyDictionary<int, Oc3Record>.Empty,
                Adoption = (IReadOnlyDictionary<int, AdoptionRecord>?)Adoption ?? (IReadOnlyDictionary<int, AdoptionRecord>)ReadOnlyDictionary<int, AdoptionRecord>.Empty,
                Missing = (IReadOnlyDictionary<int, IReadOnlyList<MissingEpisode>>?)Missing?.ToDictionary(m => m.Key, m => (IReadOnlyList<MissingEpisode>)m.Value) ?? (IReadOnlyDictionary<int, IReadOnlyList<MissingEpisode>>)ReadOnlyDictionary<int, IReadOnlyList<MissingEpisode>>.Empty,
                PlacedForAdoption = PlacedForAdoption.Values(), Uasc = Uasc,
                PreviousPermanence = PreviousPermanence, Later = later,
            };
        }
    }
}
