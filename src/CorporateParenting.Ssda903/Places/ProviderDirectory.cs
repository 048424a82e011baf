namespace CorporateParenting.Ssda903.Places;

/// <summary>One Ofsted-registered setting or agency, as the 903 rules need it.</summary>
public sealed record OfstedProvider(
    string Urn, string ProviderType, string Sector, DateOnly? Registered, DateOnly? Closed, string Postcode, string LocalAuthorityName,
    IReadOnlySet<string> PlaceCodes, IReadOnlySet<string> ProviderCodes);

/// <summary>
/// Ofsted's list of children's social care providers (URN, provider type, sector, registration and closure dates,
/// setting postcode, local authority), read from its CSV by column names. When the list carries the DfE codes
/// Ofsted adds for the 903 ("Placement code", "Placement provider code", several separated by / or ,) they are
/// used; otherwise they are worked out from the provider type and the sector (ADR 21).
/// </summary>
public sealed class ProviderDirectory
{
    private readonly Dictionary<string, OfstedProvider> _providers;

    private ProviderDirectory(string source, Dictionary<string, OfstedProvider> providers)
    {
        Source = source;
        _providers = providers;
    }

    public string Source { get; }
    public int Count => _providers.Count;

    public OfstedProvider? Find(string urn) => urn.Length == 0 ? null : _providers.GetValueOrDefault(urn.Trim().ToUpperInvariant());

    public static ProviderDirectory Read(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(Path.GetFileName(path), stream);
    }

    public static ProviderDirectory Read(string name, Stream stream)
    {
        using var text = PlacesCsv.Text(stream);
        return Read(PlacesCsv.Open(name, text, stream.CanSeek ? stream.Length : null));
    }

    private static PlacesFileException Missing(PlacesCsv csv, string what, string expected) =>
        new($"{csv.Name}: no {what} column; expected {expected}");

    private static ProviderDirectory Read(PlacesCsv csv)
    {
        var urn = csv.Required("URN", "urn");
        var type = csv.Column("provider type", "provision type", "setting type", "type");
        var sector = csv.Column("sector", "ownership", "provider sector", "owner type");
        var places = csv.Column("placement code", "provider placement code", "place_codes", "placement codes");
        var providers = csv.Column("placement provider code", "provider code", "provider_codes", "placement provider codes");
        var registered = csv.Column("registration date", "date of registration", "registered", "reg_date");
        var closed = csv.Column("closed date", "closure date", "deregistration date", "date closed", "reg_end");
        var postcode = csv.Column("setting postcode", "setting address postcode", "postcode", "setting_postcode");
        var authority = csv.Column("local authority", "provider local authority", "local_authority", "la");
        if (type < 0 && places < 0) throw Missing(csv, "provider type", "'Provider type' (or Ofsted's 'Placement code')");
        if (sector < 0 && providers < 0) throw Missing(csv, "sector", "'Sector' or 'Ownership' (or Ofsted's 'Placement provider code')");
        if (postcode < 0) throw Missing(csv, "postcode", "'Setting postcode' or 'Postcode'");
        if (authority < 0) throw Missing(csv, "local authority", "'Local authority'");

        var read = new Dictionary<string, OfstedProvider>(csv.EstimatedRows, StringComparer.Ordinal);
        // Tens of thousands of providers share a handful of types and sectors: one set of codes each.
        var codeSets = new Dictionary<(string, string), IReadOnlySet<string>>();
        IReadOnlySet<string> Shared(string kind, string text, Func<string, IReadOnlySet<string>> make) =>
            codeSets.TryGetValue((kind, text), out var set) ? set : codeSets[(kind, text)] = make(text);
        while (csv.Next())
        {
            var id = csv[urn].ToUpperInvariant();
            if (id.Length == 0) throw csv.Error("the URN is blank");
            var providerType = csv[type];
            var providerSector = csv[sector];
            var placeCodes = csv[places] is { Length: > 0 } givenPlaces ? Shared("codes", givenPlaces, Codes) : Shared("type", providerType, ProviderCodes.PlacesFor);
            var providerCodes = csv[providers] is { Length: > 0 } givenProviders ? Shared("codes", givenProviders, Codes) : Shared("sector", providerSector, ProviderCodes.ProvidersFor);
            var provider = new OfstedProvider(id, providerType, providerSector,
                csv.Date(csv[registered], "registration date"), csv.Date(csv[closed], "closed date"),
                PostcodeDirectory.Key(csv[postcode]), csv[authority], placeCodes, providerCodes);
            if (!read.TryAdd(id, provider)) throw csv.Error($"URN {id} appears twice");
        }
        if (read.Count == 0) throw new PlacesFileException($"{csv.Name}: the file has a header row but no providers");
        return new ProviderDirectory(csv.Name, read);
    }

    private static IReadOnlySet<string> Codes(string list) =>
        list.Split(['/', ',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
}

/// <summary>The DfE codes an Ofsted provider type and sector stand for, when Ofsted's list does not give them.</summary>
public static class ProviderCodes
{
    private static readonly string[] Fostering = ["U1", "U2", "U3", "U4", "U5", "U6"];
    private static readonly string[] Adoption = ["A3", "A4", "A5", "A6"];

    /// <summary>PLACE codes a provider type can be the placement for (none for a type the 903 never places with).</summary>
    public static IReadOnlySet<string> PlacesFor(string providerType)
    {
        var t = providerType.ToLowerInvariant();
        string[] codes =
            t.Contains("secure") ? ["K1"]
            : t.Contains("children") && t.Contains("home") ? ["K2"]
            : t.Contains("supported accommodation") ? ["K3", "H5"]
            : t.Contains("foster") ? Fostering
            : t.Contains("adoption") ? Adoption
            : t.Contains("family centre") ? ["R3"]
            : t.Contains("school") ? ["S1"]
            : [];
        return codes.ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// PLACE_PROVIDER codes a sector stands for: a local authority's setting is own (PR1) or another
    /// authority's (PR2) provision, which rule 229 tells apart; private PR4, voluntary PR5, health and other public PR3.
    /// </summary>
    public static IReadOnlySet<string> ProvidersFor(string sector)
    {
        var s = sector.ToLowerInvariant();
        string[] codes =
            s.Contains("local authority") || s == "la" ? ["PR1", "PR2"]
            : s.Contains("private") || s.Contains("independent") ? ["PR4"]
            : s.Contains("voluntary") || s.Contains("charit") || s.Contains("third sector") ? ["PR5"]
            : s.Contains("health") || s.Contains("nhs") || s.Contains("public") ? ["PR3"]
            : [];
        return codes.ToHashSet(StringComparer.OrdinalIgnoreCase);
    }
}
