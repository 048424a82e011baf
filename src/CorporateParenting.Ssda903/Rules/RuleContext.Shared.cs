using CorporateParenting.Ssda903.Places;
using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Rules;

/// <summary>Lookups that several rules used to work out per row, worked out once per return instead.</summary>
internal sealed partial class RuleContext
{
    private string?[]? _providerAuthorities;

    /// <summary>
    /// Per episode row, the LA of its Ofsted provider: from the provider's postcode in the directory when there is one,
    /// else from the authority named in Ofsted's list; null without a provider or an authority. Each provider is looked up once.
    /// </summary>
    public string?[] ProviderAuthorities()
    {
        if (Volatile.Read(ref _providerAuthorities) is { } done) return done;
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
        return Interlocked.CompareExchange(ref _providerAuthorities, authorities, null) ?? authorities;
    }
}
