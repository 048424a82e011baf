using CorporateParenting.Ssda903.Tables;
using static CorporateParenting.Ssda903.Rules.Catalogue.RuleHelpers;
using static CorporateParenting.Ssda903.Tables.TableKind;

namespace CorporateParenting.Ssda903.Rules;

/// <summary>A child's period of care: episodes chained day to day, from the first DECOM to the last DEC (null while open).</summary>
internal readonly record struct CarePeriod(DateOnly Start, DateOnly? End)
{
    public bool Contains(DateOnly day) => day >= Start && (End is not { } end || day <= end);
}

/// <summary>
/// Lookups for the rules that link Episodes with the adoption, missing, previous permanence and social worker tables,
/// each built once per validation in one pass over a table and shared by every rule (England has ~80,000 children).
/// </summary>
internal sealed partial class RuleContext
{
    private CarePeriod[][]? _carePeriods;
    private Dictionary<string, int>? _latestDecision;
    private bool[]? _lookedAfterAt31March;
    private Dictionary<string, List<int>>? _adoptedInYear;

    /// <summary>
    /// Each child's periods of care in order. An episode starts a new period when it begins after the one before ended
    /// (an open or overlapping episode continues it); episodes without a valid DECOM are left out.
    /// </summary>
    /// <remarks>By the child's group in the episodes' rows by child (<see cref="EpisodesByChild"/> is in its order).</remarks>
    private CarePeriod[][] CarePeriods() => Volatile.Read(ref _carePeriods) ?? Once(ref _carePeriods, nameof(_carePeriods), () =>
    {
        var decom = Dates(Episodes, "DECOM");
        var dec = Dates(Episodes, "DEC");
        var byChild = EpisodesByChild();
        var periods = new CarePeriod[byChild.Count][];
        var list = new List<CarePeriod>();
        for (var group = 0; group < byChild.Count; group++)
        {
            var rows = byChild[group];
            list.Clear();
            DateOnly? start = null, end = null;
            foreach (var row in rows)
            {
                if (decom[row] is not { } begins) continue;
                if (start is not null && end is { } ended && begins > ended)
                {
                    list.Add(new CarePeriod(start.Value, end));
                    start = null;
                }
                start ??= begins;
                end = dec[row];
            }
            if (start is not null) list.Add(new CarePeriod(start.Value, end));
            periods[group] = list.ToArray();
        }
        return periods;
    });

    /// <summary>The child's periods of care (none when the child has no dated episode).</summary>
    public CarePeriod[] CarePeriodsOf(string child) =>
        ChildRowsOf(Episodes).GroupOf(child) is var group and >= 0 ? CarePeriods()[group] : [];

    /// <summary>The periods of care of the child on a row of a table, through the link between the tables (no look-up of the id).</summary>
    public CarePeriod[] CarePeriodsOf(TableKind table, int row) =>
        GroupOfChild(Episodes, table, row) is var group and >= 0 ? CarePeriods()[group] : [];

    /// <summary>
    /// The child's latest decision that it should be placed for adoption: the PlacedAdoption row with the latest DATE_PLACED
    /// (a row without a valid date counts as earliest; among equals, the later row). The decision an adoption follows.
    /// </summary>
    public int? LatestAdoptionDecision(string child) => (Volatile.Read(ref _latestDecision) ?? Once(ref _latestDecision, nameof(_latestDecision), () =>
    {
        var placed = Dates(PlacedAdoption, "DATE_PLACED");
        var latest = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var rows in RowsByChild(PlacedAdoption))
        {
            var best = -1;
            foreach (var row in rows)
                if (best < 0 || (placed[row] ?? DateOnly.MinValue) >= (placed[best] ?? DateOnly.MinValue)) best = row;
            latest[rows.Key] = best;
        }
        return latest;
    })).TryGetValue(child, out var found) ? found : null;

    /// <summary>An episode still open at 31 March that is not a short break (V3/V4): the child is looked after then, as the DfE defines it.</summary>
    public bool OpenAt31March(int episode) => !Given(Episodes, episode, "DEC") && !IsShortBreak(Cell(Episodes, episode, "LS"));

    /// <summary>Looked after on 31 March (<see cref="OpenAt31March"/>).</summary>
    public bool LookedAfterAt31March(string child) => OfEpisodesChild(Volatile.Read(ref _lookedAfterAt31March) ?? Once(ref _lookedAfterAt31March, nameof(_lookedAfterAt31March), () =>
    {
        var groups = ChildRowsOf(Episodes);
        var open = new bool[groups.Count];
        for (var i = 0; i < Current[Episodes].Count; i++)
            if (OpenAt31March(i)) open[groups.GroupOfRow(i)] = true;
        return open;
    }), child);

    /// <summary>The child on a row of a table is looked after on 31 March (<see cref="OpenAt31March"/>), found without hashing its id.</summary>
    public bool LookedAfterAt31March(TableKind table, int row)
    {
        foreach (var episode in RowsOfChild(Episodes, table, row))
            if (OpenAt31March(episode)) return true;
        return false;
    }

    /// <summary>The child's episodes that ended in adoption (REC E11 or E12) with a DEC in the collection year.</summary>
    public IReadOnlyList<int> AdoptedInYear(string child) => (Volatile.Read(ref _adoptedInYear) ?? Once(ref _adoptedInYear, nameof(_adoptedInYear), () =>
    {
        var table = Current[Episodes];
        var dec = Dates(Episodes, "DEC");
        var map = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < table.Count; i++)
        {
            if (!IsAdoption(table.Cell(i, "REC")) || dec[i] is not { } ended || ended < Start || ended > End) continue;
            var child = table.Cell(i, "CHILD");
            (map.TryGetValue(child, out var rows) ? rows : map[child] = []).Add(i);
        }
        return map;
    })).TryGetValue(child, out var found) ? found : [];

    /// <summary>Ceased to be looked after by adoption (E11, or E12 by former foster carers).</summary>
    public static bool IsAdoption(string rec) => rec is "E11" or "E12";
}
