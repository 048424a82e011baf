using System.Collections.Concurrent;
using CorporateParenting.Data;

namespace CorporateParenting.Web.Features.Performance.Scorecard;

/// <summary>
/// Built scorecards, kept until the database changes (<see cref="DataVersion"/>) or a minute passes
/// (other web servers may have changed it): the board's most-read page costs a render, not a rebuild.
/// </summary>
public sealed class ScorecardCache(DataVersion version, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<(int? Year, bool Suppress), (long Version, DateTimeOffset Built, Scorecard Card)> _cards = new();

    public async Task<Scorecard> GetAsync(int? year, bool suppress, Func<Task<Scorecard>> build)
    {
        var current = version.Current;   // read first: a change during the build leaves the entry stale, never wrong
        var now = clock.GetUtcNow();
        if (_cards.TryGetValue((year, suppress), out var hit) && hit.Version == current && now - hit.Built < MaxAge) return hit.Card;
        var card = await build();
        _cards[(year, suppress)] = (current, now, card);
        return card;
    }
}
