using System.Text;

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

    private readonly Dictionary<string, PostcodePlace> _places;

    private PostcodeDirectory(string source, Dictionary<string, PostcodePlace> places)
    {
        Source = source;
        _places = places;
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
        try
        {
            using var text = PlacesCsv.Text(stream);
            return Read(PlacesCsv.Open(name, text));
        }
        catch (DecoderFallbackException)
        {
            throw new PlacesFileException($"{name}: the file is not UTF-8 text; save it as CSV UTF-8");
        }
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
        if ((east < 0 || north < 0) && (lat < 0 || lon < 0))
            throw new PlacesFileException($"{csv.Name}: no coordinates; expected oseast1m and osnrth1m (or east1m and north1m), or lat and long");

        var places = new Dictionary<string, PostcodePlace>(StringComparer.Ordinal);
        while (csv.Next() is { } row)
        {
            var key = Key(row[postcode]);
            if (key.Length == 0) throw csv.Error("the postcode is blank");
            if (key.Length is < 5 or > 7) throw csv.Error($"'{row[postcode]}' is not a unit postcode");
            var lower = row[district];
            var upper = county >= 0 && row[county] is { Length: > 0 } c && !c.EndsWith("99999999", StringComparison.Ordinal) ? c : lower;
            double? e = east >= 0 ? csv.Number(row[east], "oseast1m") : null, n = north >= 0 ? csv.Number(row[north], "osnrth1m") : null;
            double? la = lat >= 0 ? csv.Number(row[lat], "lat") : null, lo = lon >= 0 ? csv.Number(row[lon], "long") : null;
            if (e is null || n is null || (e == 0 && n == 0)) (e, n) = (null, null);
            if (la is null || lo is null || Math.Abs(la.Value - NoLatitude) < 1e-6) (la, lo) = (null, null);
            var place = new PostcodePlace(upper, LocalAuthorities.PlacementCode(upper), e, n, la, lo, terminated >= 0 && row[terminated].Length > 0);
            // A postcode in twice (a cut joined from two files): the live entry wins over a terminated one.
            if (!places.TryGetValue(key, out var known) || (known.Terminated && !place.Terminated)) places[key] = place;
        }
        if (places.Count == 0) throw new PlacesFileException($"{csv.Name}: the file has a header row but no postcodes");
        return new PostcodeDirectory(csv.Name, places);
    }

    /// <summary>A postcode as the directory keys it: upper case, no spaces ("NB1 2AB" and "nb12ab" are one).</summary>
    public static string Key(string postcode)
    {
        Span<char> buffer = stackalloc char[Math.Min(postcode.Length, 16)];
        var length = 0;
        foreach (var ch in postcode)
        {
            if (ch == ' ') continue;
            if (length == buffer.Length) return postcode.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
            buffer[length++] = char.ToUpperInvariant(ch);
        }
        return new string(buffer[..length]);
    }

    public PostcodePlace? Find(string postcode)
    {
        if (postcode.Length == 0) return null;
        if (postcode.Length > 16) return _places.GetValueOrDefault(Key(postcode));
        // The rules look up every episode's postcodes: normalise on the stack and look up by span, allocating nothing.
        Span<char> buffer = stackalloc char[16];
        var length = 0;
        foreach (var ch in postcode)
            if (ch != ' ') buffer[length++] = char.ToUpperInvariant(ch);
        return _places.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(buffer[..length], out var place) ? place : null;
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
