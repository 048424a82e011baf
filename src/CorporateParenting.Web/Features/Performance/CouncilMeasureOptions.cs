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
        return new MeasureOptions(hub.Value.ChildPopulation, lookup, hub.Value.CouncilCode);
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
