using System.Collections.Concurrent;
using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Rules;

/// <summary>
/// Last year's lookups for the rules that compare this year's return with last year's: parsed dates,
/// rows by CHILD, each child's first row of this year and last row of last year, and the episode history
/// of the loaded years. Each is built once, in one pass over its table, and shared by every rule.
/// </summary>
internal sealed partial class RuleContext
{
    private readonly ColumnSlots<DateOnly?[]> _lastDates = new();
    private readonly ConcurrentDictionary<TableKind, ILookup<string, int>> _lastByChild = new();
    private readonly ConcurrentDictionary<(TableKind, string), IReadOnlyDictionary<string, int>> _latestLastYear = new();
    private readonly ConcurrentDictionary<TableKind, IReadOnlyDictionary<string, int>> _lastFirstRow = new();
    private readonly ConcurrentDictionary<TableKind, int[]> _lastMatch = new();

    /// <summary>1 April at the start of last year's collection.</summary>
    public DateOnly LastStart => Start.AddYears(-1);

    /// <summary>31 March at the end of last year's collection.</summary>
    public DateOnly LastEnd => End.AddYears(-1);

    /// <summary>Last year's return is loaded and holds these tables (a table the council did not supply is not compared).</summary>
    public bool HasLastYear(params TableKind[] tables) => Previous is { } last && Array.TrueForAll(tables, t => last.WasRead(t)
        ? last.Has(t) : throw new InvalidOperationException($"A rule compares last year's {t} table, which this run left unread: add it to Validator.TablesReadLastYear."));

    public string LastCell(TableKind kind, int row, string column) => Previous![kind].Cell(row, column);

    /// <summary>A column of last year's table, parsed once (null where blank or not dd/mm/yyyy).</summary>
    public DateOnly?[] LastDates(TableKind kind, string column) =>
        Previous?[kind] is { } table ? _lastDates.Get(table, table.IndexOf(column), 0, static (t, index, _) => t.Dates(index)) : [];

    /// <summary>Row indexes of last year's table by CHILD (empty when last year is not loaded).</summary>
    public ILookup<string, int> LastRowsByChild(TableKind kind) => _lastByChild.TryGetValue(kind, out var done) ? done : Once(_lastByChild, kind, k =>
        new ChildRows(Previous?[k] ?? RawTable.Empty(k)));

    /// <summary>Each child's first row in last year's table (empty when last year is not loaded): who was there, and their row.</summary>
    public IReadOnlyDictionary<string, int> LastFirstRow(TableKind kind) => _lastFirstRow.TryGetValue(kind, out var done) ? done : Once(_lastFirstRow, kind, k =>
    {
        var table = Previous?[k] ?? RawTable.Empty(k);
        var child = table.IndexOf("CHILD");
        if (child < 0) return new Dictionary<string, int>(StringComparer.Ordinal);
        // By the CHILD column's value numbers: each child added once, at its first row.
        var (cells, values) = table.Column(child);
        var first = new Dictionary<string, int>(values.Length, StringComparer.Ordinal);
        var seen = new bool[values.Length];
        for (var i = 0; i < table.Count; i++)
            if (!seen[cells[i]]) { seen[cells[i]] = true; first.Add(values[cells[i]], i); }
        return first;
    });

    /// <summary>For each row of this year's table, the same child's first row in last year's table, or -1.</summary>
    public int[] LastYearRowOf(TableKind kind) => _lastMatch.TryGetValue(kind, out var done) ? done : Once(_lastMatch, kind, k =>
    {
        var table = Current[k];
        var child = table.IndexOf("CHILD");
        var last = LastFirstRow(k);
        var match = new int[table.Count];
        for (var i = 0; i < match.Length; i++) match[i] = child >= 0 && last.TryGetValue(table.Cell(i, child), out var row) ? row : -1;
        return match;
    });

    private bool[]? _inCareThisYear;

    /// <summary>
    /// The child on a row of a table has an episode in this year (a row of this year's file that ended before 1 April is
    /// not one), found without hashing its id.
    /// </summary>
    public bool InCareThisYear(TableKind table, int row) => OfEpisodesChild(InCareByGroup(), table, row);

    private bool[] InCareByGroup() => Volatile.Read(ref _inCareThisYear) ?? Once(ref _inCareThisYear, nameof(_inCareThisYear), () =>
    {
        // By the child's group in the episodes' rows by child: a look-up of the id that finding the group does anyway.
        var table = Current[TableKind.Episodes];
        var decom = Dates(TableKind.Episodes, "DECOM");
        var dec = Dates(TableKind.Episodes, "DEC");
        var groups = ChildRowsOf(TableKind.Episodes);
        int id = table.IndexOf("CHILD"), end = table.IndexOf("DEC");
        var inCare = new bool[groups.Count];
        for (var i = 0; i < table.Count && id >= 0; i++)
            if (decom[i] <= End && (!table.Given(i, end) || dec[i] >= Start)) inCare[groups.GroupOfRow(i)] = true;
        return inCare;
    });

    private readonly ConcurrentDictionary<(TableKind, string), (string[] Children, int[] Rows)> _firstThisYear = new();

    /// <summary>
    /// Each child's row of this year's table with the earliest valid date in the column (the first such row on a tie), by
    /// the CHILD column's values: Rows[v] is -1 for a child without a dated row. No dictionary: rules go through them all.
    /// </summary>
    public (string[] Children, int[] Rows) FirstThisYear(TableKind kind, string dateColumn) =>
        _firstThisYear.TryGetValue((kind, dateColumn), out var done) ? done : Once(_firstThisYear, (kind, dateColumn), key =>
        {
            var table = Current[key.Item1];
            var child = table.IndexOf("CHILD");
            if (child < 0) return ([], []);
            var (cells, values) = table.Column(child);
            return (values, ExtremeRows(cells, values.Length, table.Count, Dates(key.Item1, key.Item2), latest: false));
        });

    /// <summary>Each child's row of last year's table with the latest valid date in the column (the first such row on a tie).</summary>
    public IReadOnlyDictionary<string, int> LatestLastYear(TableKind kind, string dateColumn) =>
        _latestLastYear.TryGetValue((kind, dateColumn), out var done) ? done : Once(_latestLastYear, (kind, dateColumn), key => Extreme(Previous?[key.Item1] ?? RawTable.Empty(key.Item1), LastDates(key.Item1, key.Item2), latest: true));

    private static Dictionary<string, int> Extreme(RawTable table, DateOnly?[] dates, bool latest)
    {
        var child = table.IndexOf("CHILD");
        if (child < 0) return new Dictionary<string, int>(StringComparer.Ordinal);
        // By the CHILD column's value numbers: one dictionary entry per child, no look-up per row.
        var (cells, values) = table.Column(child);
        var best = ExtremeRows(cells, values.Length, table.Count, dates, latest);
        var result = new Dictionary<string, int>(values.Length, StringComparer.Ordinal);
        for (var v = 0; v < values.Length; v++)
            if (best[v] >= 0) result[values[v]] = best[v];
        return result;
    }

    /// <summary>Per value of a CHILD column, the row with the earliest (or latest) valid date, the first on a tie; -1 for none.</summary>
    private static int[] ExtremeRows(int[] cells, int values, int count, DateOnly?[] dates, bool latest)
    {
        var best = new int[values];
        Array.Fill(best, -1);
        for (var i = 0; i < count; i++)
        {
            if (dates[i] is not { } date) continue;
            ref var row = ref best[cells[i]];
            if (row < 0 || (latest ? date > dates[row]!.Value : date < dates[row]!.Value)) row = i;
        }
        return best;
    }

    /// <summary>
    /// The first day from which every collection year up to this one is loaded (years without a gap): a child's care
    /// since then is all in view. This year's start when last year is not loaded.
    /// </summary>
    public DateOnly LoadedSince
    {
        get
        {
            var year = Year;
            while (returns.ForYear(year - 1) is not null) year--;
            return new DateOnly(year - 1, 4, 1);
        }
    }

    private IReadOnlyDictionary<string, IReadOnlyList<PastEpisode>>? _histories;

    /// <summary>
    /// The episodes of care of this year's OC3 children in every loaded year up to this one (see <see cref="LoadedSince"/>),
    /// one per start date: an episode repeated from one year to the next is taken as the later year wrote it.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<PastEpisode>> CareLeaverHistories() =>
        Volatile.Read(ref _histories) ?? Once(ref _histories, nameof(_histories), BuildCareLeaverHistories);

    private IReadOnlyDictionary<string, IReadOnlyList<PastEpisode>> BuildCareLeaverHistories()
    {
        var wanted = ChildRowsOf(TableKind.OC3);
        var byChild = new Dictionary<string, SortedDictionary<DateOnly, PastEpisode>>(StringComparer.Ordinal);
        var first = LoadedSince.Year + 1;
        for (var y = first; y <= Year; y++)
        {
            var table = returns.ForYear(y)![TableKind.Episodes];
            int child = table.IndexOf("CHILD"), decom = table.IndexOf("DECOM"), dec = table.IndexOf("DEC"), ls = table.IndexOf("LS"), rec = table.IndexOf("REC");
            if (child < 0 || decom < 0) continue;
            // By the CHILD column's value numbers and dates parsed once per value: most episodes are not care leavers'.
            var (cells, values) = table.Column(child);
            var isWanted = Array.ConvertAll(wanted.GroupsOf(values), group => group >= 0);
            var starts = table.Dates(decom);
            var ends = table.Dates(dec);
            for (var row = 0; row < table.Count; row++)
            {
                if (!isWanted[cells[row]] || starts[row] is not { } start) continue;
                var id = values[cells[row]];
                if (!byChild.TryGetValue(id, out var episodes)) byChild[id] = episodes = [];
                episodes[start] = new PastEpisode(start, ends[row], table.Cell(row, ls), table.Cell(row, rec));
            }
        }
        var histories = byChild.ToDictionary(p => p.Key, p => (IReadOnlyList<PastEpisode>)p.Value.Values.ToList(), StringComparer.Ordinal);
        return histories;
    }
}

/// <summary>An episode of care from any loaded year, as much of it as the care leaver rules need.</summary>
internal sealed record PastEpisode(DateOnly Start, DateOnly? End, string LegalStatus, string Reason);
