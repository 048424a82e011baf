using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Places;

/// <summary>
/// England's upper-tier local authorities: ONS code to DfE LA number (embedded local_authorities.csv, with the
/// ONS codes a few councils had before their last change). Outside England the DfE writes the country instead.
/// </summary>
public static class LocalAuthorities
{
    private static readonly IReadOnlyList<(string Ons, string Number, string Name)> Rows =
        ReferenceCsv.Rows("local_authorities.csv").Select(r => (r["ons_code"], r["dfe_number"], r["name"])).ToList();

    private static readonly Dictionary<string, string> NumberByOns = Rows.ToDictionary(r => r.Ons, r => r.Number, StringComparer.OrdinalIgnoreCase);
    private static readonly Dictionary<string, string> NumberByName = Rows
        .GroupBy(r => Simplify(r.Name)).ToDictionary(g => g.Key, g => g.First().Number, StringComparer.Ordinal);
    private static readonly HashSet<string> Numbers = Rows.Select(r => r.Number).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// PL_LA as the DfE writes it for a postcode's authority: the DfE number for an English authority, WAL, SCO
    /// or NIR for the other countries of the UK, NUK for the Channel Islands and the Isle of Man; an English ONS
    /// code this table does not know stays as it is (it still tells in from out of area).
    /// </summary>
    public static string PlacementCode(string onsCode) => onsCode.Length == 0 ? "" : onsCode[0] switch
    {
        'W' or 'w' => "WAL",
        'S' or 's' => "SCO",
        'N' or 'n' => "NIR",
        'L' or 'l' or 'M' or 'm' => "NUK",
        _ => NumberByOns.GetValueOrDefault(onsCode, onsCode.ToUpperInvariant()),
    };

    /// <summary>The DfE number for a council named as the user gives it: a DfE number or an ONS code; null if neither is known.</summary>
    public static string? Number(string codeOrNumber)
    {
        var code = codeOrNumber.Trim();
        if (Numbers.Contains(code)) return code;
        return NumberByOns.GetValueOrDefault(code);
    }

    /// <summary>The DfE number for an authority's name as Ofsted writes it ("Kingston upon Hull, City of", "Bristol"), or null.</summary>
    public static string? NumberForName(string name) => NumberByName.GetValueOrDefault(Simplify(name));

    public static bool IsEngland(string placementCode) => placementCode is not ("WAL" or "SCO" or "NIR" or "NUK" or "CON" or "");

    /// <summary>Letters only, lower case, "city of" and "county of" dropped: names written a little differently still match.</summary>
    private static string Simplify(string name) =>
        new string(name.ToLowerInvariant().Replace("city of", "").Replace("county of", "").Replace("&", "and").Where(char.IsLetter).ToArray());
}
