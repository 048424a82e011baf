using CorporateParenting.Data;
using CorporateParenting.Ssda903.Measures;
using CorporateParenting.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CorporateParenting.Web.Features.Performance;

/// <summary>The measure settings of this council: child population, its own code, and its postcode lookup.</summary>
public sealed class CouncilMeasureOptions(IOptions<HubOptions> hub)
{
    public async Task<MeasureOptions> LoadAsync(HubDbContext db, CancellationToken cancellationToken = default)
    {
        var areas = await db.PostcodeAreas.AsNoTracking()
            .ToDictionaryAsync(a => a.Postcode, a => new PostcodeInfo(a.Latitude, a.Longitude, a.LocalAuthority, a.Ward), cancellationToken);
        Func<string, PostcodeInfo?>? lookup = areas.Count == 0 ? null : postcode => Find(areas, postcode);
        var options = new MeasureOptions(hub.Value.ChildPopulation, lookup, hub.Value.CouncilCode);
        Keys.AddOrUpdate(options, KeyFor(hub.Value.ChildPopulation, hub.Value.CouncilCode, areas));
        return options;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<MeasureOptions, string> Keys = new();

    /// <summary>
    /// What settings loaded here were made from (population, council code, every postcode row), so that
    /// figures computed with equal settings can be reused (<c>FigureCache</c>); null for settings made elsewhere.
    /// </summary>
    public static string? KeyOf(MeasureOptions options) => Keys.TryGetValue(options, out var key) ? key : null;

    private static string KeyFor(int? population, string? councilCode, Dictionary<string, PostcodeInfo> areas)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        var text = new System.Text.StringBuilder();
        void Flush() { hash.AppendData(System.Text.Encoding.UTF8.GetBytes(text.ToString())); text.Clear(); }
        text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{population}\u0001{councilCode}\u0001");
        foreach (var (postcode, info) in areas.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{postcode}\u0001{info.Latitude:R}\u0001{info.Longitude:R}\u0001{info.LocalAuthority}\u0001{info.Ward}\u0002");
            if (text.Length > 64_000) Flush();
        }
        Flush();
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>A full postcode if the lookup has it, otherwise its district (the part before the space).</summary>
    public static PostcodeInfo? Find(IReadOnlyDictionary<string, PostcodeInfo> areas, string postcode)
    {
        var normal = Normalise(postcode);
        if (areas.TryGetValue(normal, out var exact)) return exact;
        var space = normal.IndexOf(' ');
        return space > 0 && areas.TryGetValue(normal[..space], out var district) ? district : null;
    }

    public static string Normalise(string postcode) => string.Join(' ', postcode.ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
