namespace CorporateParenting.Ssda903.Places;

/// <summary>Where a postcode is: its upper-tier authority (ONS code), PL_LA as the DfE writes it, and its centroid.</summary>
public sealed record PostcodePlace(string Authority, string PlacementLa, double? Easting, double? Northing, double? Latitude, double? Longitude, bool Terminated)
{
    public bool InEngland => Authority.StartsWith('E');
}

/// <summary>
/// The ONS Postcode Directory (ONSPD), or any cut of it, read from its published CSV: the postcode (pcds, pcd,
/// pcd2, or pcd7/pcd8 in later vintages), the district (oslaua, or ladYYcd), the county where there is one
/// (oscty, or ctyYYcd), the OS grid centroid (oseast1m/osnrth1m, or east1m/north1m), lat/long, doterm.
/// Only what the 903 needs is kept, once per postcode, looked up without spaces.
/// </summary>
public sealed class PostcodeDirectory
{
    /// <summary>ONSPD writes 99.999999 for the latitude of a postcode it cannot place.</summary>
    private const double NoLatitude = 99.999999;
    /// <summary>DfE: miles from metres of the OS grid (the validator's own constant).</summary>
    private const double MetresPerMile = 1609.3;
    private const double EarthRadiusMiles = 3958.8;

    // Compact, for the whole ONSPD (2.7 million postcodes): the postcode packed into a long, the authority as an index.
    private readonly KeyIndex _places;
    private readonly Entry[] _entries;
    private readonly string[] _authorities;
    private readonly string[] _placementLa;

    private readonly record struct Entry(int East, int North, float Latitude, float Longitude, short Authority, bool Terminated, bool HasGrid, bool HasLatLong);

    private PostcodeDirectory(string source, KeyIndex places, Entry[] entries, string[] authorities)
    {
        Source = source;
        _places = places;
        _entries = entries;
        _made = new PostcodePlace?[entries.Length];
        _authorities = authorities;
        _placementLa = authorities.Select(LocalAuthorities.PlacementCode).ToArray();
    }

    public string Source { get; }
    public int Count => _places.Count;

    public static PostcodeDirectory Read(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(Path.GetFileName(path), stream);
    }

    public static PostcodeDirectory Read(string name, Stream stream)
    {
        using var text = PlacesCsv.Text(stream);
        return Read(PlacesCsv.Open(name, text, stream.CanSeek ? stream.Length : null));
    }

    private static PostcodeDirectory Read(PlacesCsv csv)
    {
        var postcode = csv.Required("postcode", "pcds", "pcd", "pcd2", "pcd7", "pcd8", "postcode");
        var district = csv.Column("oslaua", "laua", "lad");
        if (district < 0) district = csv.ColumnLike(h => h.Length == 7 && h.StartsWith("lad", StringComparison.Ordinal) && h.EndsWith("cd", StringComparison.Ordinal));
        if (district < 0) throw new PlacesFileException($"{csv.Name}: no local authority column; expected oslaua (or ladYYcd in later vintages)");
        var county = csv.Column("oscty", "cty");
        if (county < 0) county = csv.ColumnLike(h => h.Length == 7 && h.StartsWith("cty", StringComparison.Ordinal) && h.EndsWith("cd", StringComparison.Ordinal));
        var east = csv.Column("oseast1m", "east1m");
        var north = csv.Column("osnrth1m", "north1m");
        var lat = csv.Column("lat", "latitude");
        var lon = csv.Column("long", "longitude", "lon");
        var terminated = csv.Column("doterm");
        var hasGrid = east >= 0 && north >= 0;
        var hasLatLong = lat >= 0 && lon >= 0;
        if (!hasGrid && !hasLatLong)
            throw new PlacesFileException($"{csv.Name}: no coordinates; expected oseast1m and osnrth1m (or east1m and north1m), or lat and long");

        var places = new KeyIndex(csv.EstimatedRows);
        var entries = new List<Entry>(csv.EstimatedRows);
        var authorities = new Dictionary<string, short>(StringComparer.OrdinalIgnoreCase);
        // Fields are read as spans of the line: a string is made only for an authority not met before (or an error).
        var authorityOf = authorities.GetAlternateLookup<ReadOnlySpan<char>>();
        while (csv.Next())
        {
            var text = csv.Span(postcode);
            if (text.Length == 0) throw csv.Error("the postcode is blank");
            var key = Pack(text);
            if (key < 0) throw csv.Error($"'{text}' is not a unit postcode");
            var lower = csv.Span(district);
            var upper = county >= 0 && csv.Span(county) is { Length: > 0 } c && !c.EndsWith("99999999", StringComparison.Ordinal) ? c : lower;
            if (!authorityOf.TryGetValue(upper, out var authority))
            {
                if (authorities.Count == short.MaxValue) throw csv.Error("more local authorities than any directory has");
                authorities[upper.ToString()] = authority = (short)authorities.Count;
            }
            double? e = hasGrid ? csv.Number(csv.Span(east), "oseast1m") : null, n = hasGrid ? csv.Number(csv.Span(north), "osnrth1m") : null;
            double? la = hasLatLong ? csv.Number(csv.Span(lat), "lat") : null, lo = hasLatLong ? csv.Number(csv.Span(lon), "long") : null;
            var grid = e is not null && n is not null && !(e == 0 && n == 0);
            var located = la is not null && lo is not null && Math.Abs(la.Value - NoLatitude) > 1e-6;
            var entry = new Entry(grid ? (int)e!.Value : 0, grid ? (int)n!.Value : 0, located ? (float)la!.Value : 0, located ? (float)lo!.Value : 0,
                authority, terminated >= 0 && csv.Span(terminated).Length > 0, grid, located);
            // A postcode in twice (a cut joined from two files): the live entry wins over a terminated one.
            if (places.TryAdd(key, entries.Count, out var known)) entries.Add(entry);
            else if (entries[known].Terminated && !entry.Terminated) entries[known] = entry;
        }
        if (places.Count == 0) throw new PlacesFileException($"{csv.Name}: the file has a header row but no postcodes");
        return new PostcodeDirectory(csv.Name, places, [.. entries], authorities.OrderBy(a => a.Value).Select(a => a.Key.ToUpperInvariant()).ToArray());
    }

    /// <summary>
    /// A unit postcode packed into a number: letters and digits in base 37, spaces and case ignored ("NB1 2AB" and
    /// "nb12ab" are one); -1 for anything that is not 5 to 7 letters and digits.
    /// </summary>
    private static long Pack(ReadOnlySpan<char> postcode)
    {
        long key = 0;
        var length = 0;
        foreach (var ch in postcode)
        {
            int digit = ch switch
            {
                ' ' => -1,
                >= '0' and <= '9' => ch - '0' + 1,
                >= 'A' and <= 'Z' => ch - 'A' + 11,
                >= 'a' and <= 'z' => ch - 'a' + 11,
                _ => -2,
            };
            if (digit == -1) continue;
            if (digit == -2 || ++length > 7) return -1;
            key = key * 37 + digit;
        }
        return length < 5 ? -1 : key;
    }

    /// <summary>A postcode as files are compared: upper case, no spaces.</summary>
    public static string Key(string postcode) => postcode.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    // A place is made the first time a return asks for its postcode and kept, in an array beside the entries (no
    // locks or hashing beyond the directory's own): rules ask for the same postcodes many times, and the directory holds millions.
    private readonly PostcodePlace?[] _made;

    public PostcodePlace? Find(string postcode)
    {
        if (postcode.Length == 0 || Pack(postcode) is var key && key < 0) return null;
        return _places.TryGetValue(key, out var at) ? PlaceAt(at) : null;
    }

    /// <summary>
    /// <see cref="Find"/> for many postcodes (a column's distinct values), the slot of each asked for from memory a few
    /// postcodes ahead, so that the waits overlap (a directory of England's size is far larger than the processor's cache).
    /// </summary>
    public PostcodePlace?[] FindEach(IReadOnlyList<string> postcodes)
    {
        const int Ahead = 8;
        var keys = new long[postcodes.Count];
        for (var i = 0; i < keys.Length; i++) keys[i] = postcodes[i].Length == 0 ? -1 : Pack(postcodes[i]);
        var places = new PostcodePlace?[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            if (i + Ahead < keys.Length && keys[i + Ahead] >= 0) _places.Prefetch(keys[i + Ahead]);
            if (keys[i] >= 0 && _places.TryGetValue(keys[i], out var at)) places[i] = PlaceAt(at);
        }
        return places;
    }

    private PostcodePlace PlaceAt(int at)
    {
        if (Volatile.Read(ref _made[at]) is { } known) return known;
        var entry = _entries[at];
        var place = new PostcodePlace(_authorities[entry.Authority], _placementLa[entry.Authority],
            entry.HasGrid ? entry.East : null, entry.HasGrid ? entry.North : null,
            entry.HasLatLong ? entry.Latitude : null, entry.HasLatLong ? entry.Longitude : null, entry.Terminated);
        return Interlocked.CompareExchange(ref _made[at], place, null) ?? place;
    }

    /// <summary>
    /// Packed postcodes to entry numbers, open addressing in one array: a look-up reads one slot (a dictionary reads a
    /// bucket, then an entry elsewhere), and the rules look up every distinct postcode of two years' episodes.
    /// </summary>
    private sealed class KeyIndex(int expected)
    {
        // A slot's key is the postcode's key + 1 (0 marks a free slot); at most half the slots are used.
        private Slot[] _slots = new Slot[(int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(expected, 8) * 2)];

        private struct Slot
        {
            public long Key;
            public int At;
        }

        public int Count { get; private set; }

        public bool TryGetValue(long key, out int at)
        {
            var slots = _slots;
            var mask = slots.Length - 1;
            for (var i = Start(key, mask); slots[i].Key != 0; i = (i + 1) & mask)
                if (slots[i].Key == key + 1) { at = slots[i].At; return true; }
            at = -1;
            return false;
        }

        /// <summary>Asks for the key's first slot from memory, to be read soon (<see cref="Tables.CacheHint"/>).</summary>
        public void Prefetch(long key) => Tables.CacheHint.Prefetch(ref _slots[Start(key, _slots.Length - 1)]);

        /// <summary>Adds the key with its entry number, in one look for its slot; false, with the entry it has, when it is there.</summary>
        public bool TryAdd(long key, int at, out int known)
        {
            var slots = _slots;
            var mask = slots.Length - 1;
            var i = Start(key, mask);
            for (; slots[i].Key != 0; i = (i + 1) & mask)
                if (slots[i].Key == key + 1) { known = slots[i].At; return false; }
            slots[i] = new Slot { Key = key + 1, At = at };
            if (++Count * 2 > slots.Length) Grow();
            known = at;
            return true;
        }

        private static int Start(long key, int mask) => (int)((ulong)(key + 1) * 0x9E3779B97F4A7C15 >> 32) & mask;

        private static void Place(Slot[] slots, long stored, int at)
        {
            var mask = slots.Length - 1;
            var i = Start(stored - 1, mask);
            while (slots[i].Key != 0) i = (i + 1) & mask;
            slots[i] = new Slot { Key = stored, At = at };
        }

        private void Grow()
        {
            var grown = new Slot[_slots.Length * 2];
            foreach (var slot in _slots) if (slot.Key != 0) Place(grown, slot.Key, slot.At);
            _slots = grown;
        }
    }

    /// <summary>
    /// Straight-line miles between two centroids, to one decimal place: the DfE's formula on the OS grid,
    /// √(Δeasting² + Δnorthing²) / 1000 / 1.6093; where either has no grid reference, the great-circle distance from lat/long.
    /// </summary>
    public static double? Miles(PostcodePlace from, PostcodePlace to)
    {
        if (from.Easting is { } e1 && from.Northing is { } n1 && to.Easting is { } e2 && to.Northing is { } n2)
            return Math.Round(Math.Sqrt((e1 - e2) * (e1 - e2) + (n1 - n2) * (n1 - n2)) / MetresPerMile, 1);
        if (from.Latitude is { } lat1 && from.Longitude is { } lon1 && to.Latitude is { } lat2 && to.Longitude is { } lon2)
        {
            double Radians(double d) => d * Math.PI / 180;
            var h = Math.Pow(Math.Sin(Radians(lat2 - lat1) / 2), 2) + Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Pow(Math.Sin(Radians(lon2 - lon1) / 2), 2);
            return Math.Round(2 * EarthRadiusMiles * Math.Asin(Math.Sqrt(h)), 1);
        }
        return null;
    }
}
