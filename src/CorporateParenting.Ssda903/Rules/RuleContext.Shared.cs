using CorporateParenting.Ssda903.Places;
using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Rules;

/// <summary>Lookups that several rules used to work out per row, worked out once per return instead.</summary>
internal sealed partial class RuleContext
{
    private string?[]? _providerAuthorities;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(TableKind, string), (int First, int Last)[]> _firstAgainstLatest = new();

    /// <summary>
    /// Each child's first row this year (by the date column) with its latest row of last year, for children in both,
    /// in order of this year's row.
    /// </summary>
    public (int First, int Last)[] FirstAgainstLatest(TableKind kind, string dateColumn) =>
        _firstAgainstLatest.TryGetValue((kind, dateColumn), out var done) ? done : Once(_firstAgainstLatest, (kind, dateColumn), key =>
        {
            var latest = LatestLastYear(key.Item1, key.Item2);
            var (children, firsts) = FirstThisYear(key.Item1, key.Item2);
            var pairs = new List<(int, int)>();
            for (var v = 0; v < firsts.Length; v++)
                if (firsts[v] >= 0 && latest.TryGetValue(children[v], out var last)) pairs.Add((firsts[v], last));
            pairs.Sort((a, b) => a.Item1.CompareTo(b.Item1));
            return [.. pairs];
        });

    /// <summary>
    /// Per episode row, the LA of its Ofsted provider: from the provider's postcode in the directory when there is one,
    /// else from the authority named in Ofsted's list; null without a provider or an authority. Each provider is looked up once.
    /// </summary>
    public string?[] ProviderAuthorities() =>
        Volatile.Read(ref _providerAuthorities) ?? Once(ref _providerAuthorities, nameof(_providerAuthorities), FindProviderAuthorities);

    private string?[] FindProviderAuthorities()
    {
        var episodes = Current[TableKind.Episodes].Count;
        var authorities = new string?[episodes];
        var byProvider = new Dictionary<OfstedProvider, string?>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < episodes; i++)
        {
            if (Provider(i) is not { } provider) continue;
            if (!byProvider.TryGetValue(provider, out var la))
                byProvider[provider] = la = Places.Postcodes?.Find(provider.Postcode) is { } place
                    ? place.PlacementLa : LocalAuthorities.NumberForName(provider.LocalAuthorityName);
            authorities[i] = la;
        }
        return authorities;
    }
}
