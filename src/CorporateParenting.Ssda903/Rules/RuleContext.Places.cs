using CorporateParenting.Ssda903.Places;
using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Rules;

/// <summary>
/// PL_LA, PL_LOCATION and PL_DISTANCE as the DfE derives them from HOME_POST and PL_POST (ADR 21), and each
/// episode's Ofsted provider: worked out once per return, an array per episode row, so rules never scan.
/// </summary>
internal sealed partial class RuleContext
{
    private PlaceFields? _placeFields;
    private OfstedProvider?[]? _providers;
    private string? _ownAuthority;

    public PlaceLookups Places { get; init; } = PlaceLookups.None;

    /// <summary>The council whose return this is (DfE number): as given, or else where most children's home postcodes are.</summary>
    public string? OwnAuthority => Volatile.Read(ref _ownAuthorityKnown) ? _ownAuthority : FindOwnAuthority();

    private bool _ownAuthorityKnown;

    private string? FindOwnAuthority()
    {
        lock (_buildLocks.GetOrAdd(nameof(OwnAuthority), static _ => new object()))
        {
            if (_ownAuthorityKnown) return _ownAuthority;
            _ownAuthority = Places.LocalAuthority is { } given ? LocalAuthorities.Number(given) ?? given : InferOwnAuthority();
            Volatile.Write(ref _ownAuthorityKnown, true);
            return _ownAuthority;
        }
    }

    /// <summary>The setting an episode's URN names, or null (no URN, XXXXXXX, no provider list, or not in it).</summary>
    public OfstedProvider? Provider(int episode)
    {
        if (Places.Providers is not { } list) return null;
        return (Volatile.Read(ref _providers) ?? Once(ref _providers, nameof(_providers), FindProviders))[episode];
    }

    private OfstedProvider?[] FindProviders()
    {
        var list = Places.Providers!;
        var urns = PlaceCells(TableKind.Episodes, "URN");
        var found = new OfstedProvider?[urns.Length];
        for (var i = 0; i < urns.Length; i++)
            if (urns[i] is { Length: > 0 } urn && urn != "XXXXXXX") found[i] = list.Find(urn);
        return found;
    }

    /// <summary>PL_LA: the DfE LA number of the placement postcode (WAL, SCO, NIR, NUK outside England); null when underivable.</summary>
    public string?[] PlacementLa() => DerivePlaceFields().La;

    /// <summary>PL_LOCATION: IN or OUT of the council's area; null when underivable.</summary>
    public string?[] PlacementLocation() => DerivePlaceFields().Location;

    /// <summary>PL_DISTANCE in miles, 999.9 when a postcode is not in the directory or home is outside England; null when not derived.</summary>
    public double?[] PlacementDistance() => DerivePlaceFields().Distance;

    /// <summary>
    /// Uses PL_LA, PL_LOCATION and PL_DISTANCE as given (the DfE's own values, which a council may overwrite) instead of
    /// deriving them; the CSV and XML readers do not carry them, so today only tests give them.
    /// </summary>
    internal void UsePlaceFields(string?[] la, string?[] location, double?[] distance) => _placeFields = new PlaceFields(la, location, distance);

    private sealed record PlaceFields(string?[] La, string?[] Location, double?[] Distance);

    private PlaceFields DerivePlaceFields() => Volatile.Read(ref _placeFields) ?? Once(ref _placeFields, nameof(_placeFields), BuildPlaceFields);

    private PlaceFields BuildPlaceFields()
    {
        var episodes = Current[TableKind.Episodes];
        var la = new string?[episodes.Count];
        var location = new string?[episodes.Count];
        var distance = new double?[episodes.Count];
        if (Places.Postcodes is { } directory)
        {
            var own = OwnAuthority;
            var ls = PlaceCells(TableKind.Episodes, "LS");
            var home = PlaceCells(TableKind.Episodes, "HOME_POST");
            var placed = PlaceCells(TableKind.Episodes, "PL_POST");
            var homePlaces = PostcodePlaces(TableKind.Episodes, "HOME_POST");
            var placedPlaces = PostcodePlaces(TableKind.Episodes, "PL_POST");
            for (var i = 0; i < la.Length; i++)
            {
                // Short breaks (V3, V4) carry no placement details (rules 398, 420).
                if (ls[i] is "V3" or "V4") continue;
                var at = placedPlaces[i];
                if (at is not null)
                {
                    la[i] = at.PlacementLa;
                    if (own is not null) location[i] = at.PlacementLa == own ? "IN" : "OUT";
                }
                if (home[i].Length == 0 || placed[i].Length == 0) continue;
                var from = homePlaces[i];
                distance[i] = from is null || at is null || !from.InEngland ? 999.9 : PostcodeDirectory.Miles(from, at) ?? 999.9;
            }
        }
        return new PlaceFields(la, location, distance);
    }

    /// <summary>The most common authority of the children's home postcodes, counting each child once.</summary>
    private string? InferOwnAuthority()
    {
        if (Places.Postcodes is not { } directory) return null;
        var episodes = Current[TableKind.Episodes];
        var (homeCells, homeValues) = episodes.Column(episodes.IndexOf("HOME_POST"));
        var homePlaces = PostcodePlaces(TableKind.Episodes, "HOME_POST");
        // Each child once, by its CHILD value's number.
        var (childCells, childValues) = episodes.Column(episodes.IndexOf("CHILD"));
        var seen = new bool[childValues.Length];
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < episodes.Count; i++)
        {
            if (homeValues[homeCells[i]].Length == 0 || seen[childCells[i]]) continue;
            seen[childCells[i]] = true;
            if (homePlaces[i] is not { InEngland: true } place) continue;
            counts[place.PlacementLa] = counts.GetValueOrDefault(place.PlacementLa) + 1;
        }
        return counts.Count == 0 ? null : counts.MaxBy(c => c.Value).Key;
    }

    /// <summary>
    /// Each row's place in the postcode directory for a postcode column of this year's table (or, with
    /// <paramref name="lastYear"/>, last year's): null where blank, not a postcode or not in the directory, or without a
    /// directory. Looked up once per distinct postcode, for all rules: a child's postcodes repeat on every episode.
    /// </summary>
    public PostcodePlace?[] PostcodePlaces(TableKind kind, string column, bool lastYear = false) =>
        (lastYear ? Previous?[kind] : Current[kind]) is { } table
            ? (lastYear ? _lastPostcodePlaces : _postcodePlaces).Get(table, table.IndexOf(column), Places.Postcodes,
                static (t, index, directory) => directory is null ? new PostcodePlace?[t.Count] : t.PerRow<PostcodePlace?>(index, directory.FindEach))
            : [];

    private readonly ColumnSlots<PostcodePlace?[]> _postcodePlaces = new(), _lastPostcodePlaces = new();

    /// <summary>A column's cells for every row ("" for every row when the table lacks the column).</summary>
    private string[] PlaceCells(TableKind kind, string column)
    {
        var table = Current[kind];
        var index = table.IndexOf(column);
        var cells = new string[table.Count];
        for (var i = 0; i < cells.Length; i++) cells[i] = table.Cell(i, index);
        return cells;
    }
}
