namespace CorporateParenting.Ssda903.Places;

/// <summary>
/// The reference files some rules need beside the return: the ONS postcode directory, Ofsted's provider list,
/// and which council the return is (its DfE LA number). Any may be missing: the rules that need it are then
/// reported as not checked, never passed.
/// </summary>
public sealed record PlaceLookups(PostcodeDirectory? Postcodes = null, ProviderDirectory? Providers = null, string? LocalAuthority = null)
{
    public static PlaceLookups None { get; } = new();
}
