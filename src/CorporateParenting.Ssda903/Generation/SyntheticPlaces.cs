using System.Globalization;
using System.Text;

namespace CorporateParenting.Ssda903.Generation;

/// <summary>
/// The generated council's places: every URN says what its provider is (a digit for the kind of setting, one for
/// the sector), so a provider's type, sector and postcode follow from its URN wherever it is used, and the
/// postcode directory and Ofsted list written beside the return agree with every episode. Wholly synthetic:
/// NB postcodes are the council's area (filed under E06000001), XQ postcodes three neighbours'; no real place.
/// </summary>
internal static class SyntheticPlaces
{
    public const string PostcodesFile = "postcodes.csv";
    public const string ProvidersFile = "providers.csv";

    private static readonly string[] Neighbours = ["E06000002", "E06000003", "E06000004"];
    private const string OwnArea = "E06000001";

    /// <summary>The URN drawn for an episode with its kind and sector written in (the draw itself is unchanged, so the rest of the data is too).</summary>
    public static string Urn(string drawn, string place, string provider)
    {
        if (drawn.Length == 0 || drawn == "XXXXXXX") return drawn;
        var kind = place switch
        {
            "K2" => '1', "K1" => '2', "A3" or "A4" or "A5" or "A6" => '4', "H5" or "K3" => '5', "R3" => '6', "S1" => '7',
            _ when place.StartsWith('U') => '3',
            _ => '9',
        };
        var sector = provider.Length == 3 ? provider[2] : '0';
        // "SC" + 6 digits, or 7 digits beginning 1: keep the prefix and the last four digits drawn.
        var prefix = drawn.StartsWith("SC", StringComparison.Ordinal) ? "SC" : drawn[..1];
        return prefix + kind + sector + drawn[^4..];
    }

    /// <summary>Own provision other than fostering and adoption is in the council's area (rule 1015).</summary>
    public static bool MustBeInArea(string place, string provider) =>
        provider == "PR1" && !place.StartsWith('U') && !place.StartsWith('A');

    /// <summary>Where the child lives is the setting itself for homes, secure homes, family centres and schools (rule 221).</summary>
    public static string PlacementPostcode(string urn, string place, string drawn, string home)
    {
        if (place is "K1" or "K2" or "R3" or "S1" && urn.Length > 0 && urn != "XXXXXXX") return ProviderPostcode(urn);
        // Drawn at random, a placement can land on the child's home postcode: only with parents may it (rule 392d).
        if (drawn == home && place != "P1") return drawn[..2] + (29 + int.Parse(drawn.AsSpan(2, drawn.IndexOf(' ') - 2), CultureInfo.InvariantCulture)) + drawn[drawn.IndexOf(' ')..];
        return drawn;
    }

    /// <summary>
    /// A provider's postcode, from its URN: a council's own (PR1) in its area, another council's (PR2) outside it (rule 229);
    /// in districts 30-58, where no child's home is (homes are drawn from 1-29), so no home is a setting (rule 392d).
    /// </summary>
    public static string ProviderPostcode(string urn)
    {
        var h = Hash(urn);
        var sector = SectorDigit(urn);
        var inArea = sector == '1' || (sector != '2' && h % 3 != 0);
        return $"{(inArea ? "NB" : "XQ")}{30 + h % 29} {1 + h / 29 % 9}{(char)('A' + h / 261 % 26)}{(char)('A' + h / 6786 % 26)}";
    }

    private static char SectorDigit(string urn) => urn.StartsWith("SC", StringComparison.Ordinal) ? urn[3] : urn[2];

    /// <summary>Writes the postcode directory (ONSPD columns) and the Ofsted provider list for every postcode and URN the children use.</summary>
    public static void Write(IReadOnlyList<SyntheticChild> children, string folder)
    {
        var urns = new SortedDictionary<string, (string Place, DateOnly First)>(StringComparer.Ordinal);
        var postcodes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var child in children)
        {
            if (child.HomePostcode.Length > 0) postcodes.Add(child.HomePostcode);
            foreach (var e in child.Episodes)
            {
                postcodes.Add(e.PlacementPostcode);
                if (e.Urn.Length == 0 || e.Urn == "XXXXXXX") continue;
                urns[e.Urn] = urns.TryGetValue(e.Urn, out var known) ? (known.Place, known.First < e.Start ? known.First : e.Start) : (e.Place, e.Start);
            }
        }
        foreach (var urn in urns.Keys) postcodes.Add(ProviderPostcode(urn));

        using (var file = Writer(Path.Combine(folder, PostcodesFile)))
        {
            file.WriteLine("pcd,pcd2,pcds,dointr,doterm,oscty,oslaua,oseast1m,osnrth1m,ctry,lat,long");
            foreach (var postcode in postcodes)
            {
                var (authority, east, north) = Locate(postcode);
                var outward = postcode.Split(' ')[0];
                var inward = postcode.Split(' ')[1];
                var lat = 49.0 + north / 111_320.0;
                var lon = -7.56 + east / 65_430.0;
                file.WriteLine(string.Join(',', outward.PadRight(4) + inward, outward.PadRight(5) + inward, postcode, "198001", "", "E99999999", authority,
                    east.ToString(CultureInfo.InvariantCulture), north.ToString(CultureInfo.InvariantCulture), "E92000001",
                    lat.ToString("0.000000", CultureInfo.InvariantCulture), lon.ToString("0.000000", CultureInfo.InvariantCulture)));
            }
        }
        using (var file = Writer(Path.Combine(folder, ProvidersFile)))
        {
            file.WriteLine("URN,Provider type,Sector,Registration date,Closed date,Setting postcode,Local authority");
            foreach (var (urn, (place, first)) in urns)
            {
                var postcode = ProviderPostcode(urn);
                var registered = new DateOnly(2000, 1, 1).AddDays((int)(Hash(urn + "r") % 3000));
                if (registered > first) registered = first;
                file.WriteLine(string.Join(',', urn, Type(place, SectorDigit(urn)), Sector(SectorDigit(urn)), registered.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), "",
                    postcode, postcode.StartsWith("NB", StringComparison.Ordinal) ? "Synthetic council" : "Neighbouring council"));
            }
        }
    }

    private static string Type(string place, char sector) => place switch
    {
        _ when place.StartsWith('U') && sector is '1' or '2' => "Local authority fostering agency",
        "K2" => "Children's home",
        "K1" => "Secure children's home",
        "H5" or "K3" => "Supported accommodation",
        "R3" => "Residential family centre",
        "S1" => "Residential special school",
        _ when place.StartsWith('A') => "Voluntary adoption agency",
        _ => "Independent fostering agency",
    };

    private static string Sector(char digit) => digit switch
    {
        '1' or '2' => "Local authority",
        '3' => "Health authority",
        '5' => "Voluntary",
        _ => "Private",
    };

    /// <summary>An area's authority and a centroid on a made-up grid: the council's area within about 8 km of its centre, neighbours 25-95 km off.</summary>
    private static (string Authority, int East, int North) Locate(string postcode)
    {
        var h = Hash(postcode);
        var district = int.Parse(postcode.AsSpan(2, postcode.IndexOf(' ') - 2), CultureInfo.InvariantCulture);
        if (postcode.StartsWith("NB", StringComparison.Ordinal))
            return (OwnArea, 445_000 + (int)(h % 16_000) - 8_000, 530_000 + (int)(h / 16_000 % 16_000) - 8_000);
        var neighbour = district % Neighbours.Length;
        var distance = 25_000 + (int)(h % 70_000);
        var (dx, dy) = neighbour switch { 0 => (1, 0), 1 => (0, -1), _ => (-1, 1) };
        return (Neighbours[neighbour], 445_000 + dx * distance + (int)(h / 70_000 % 5_000), 530_000 + dy * distance + (int)(h / 70_000 % 5_000));
    }

    /// <summary>FNV-1a: the same value on every run and machine (string.GetHashCode is not).</summary>
    private static uint Hash(string text)
    {
        var h = 2166136261u;
        foreach (var c in text) h = (h ^ c) * 16777619u;
        return h;
    }

    private static StreamWriter Writer(string path) => new(path, append: false, new UTF8Encoding(false)) { NewLine = "\n" };
}
