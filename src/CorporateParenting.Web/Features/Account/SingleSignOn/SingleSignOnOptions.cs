namespace CorporateParenting.Web.Features.Account.SingleSignOn;

/// <summary>
/// OpenID Connect single sign-on, switched on by setting <see cref="Authority"/> and <see cref="ClientId"/>
/// under "Authentication:Oidc" (see docs/single-sign-on.md for Microsoft Entra ID).
/// </summary>
public sealed class SingleSignOnOptions
{
    public const string Section = "Authentication:Oidc";
    public const string Scheme = "oidc";

    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    /// <summary>What the sign-in button calls the council's identity provider.</summary>
    public string DisplayName { get; set; } = "your council account";
    /// <summary>The claim whose values decide the user's roles (Entra ID app roles arrive as "roles").</summary>
    public string RoleClaim { get; set; } = "roles";
    /// <summary>Claim value to Hub role; a value that is already a Hub role name maps to itself.</summary>
    public Dictionary<string, string> RoleMap { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    /// <summary>Create a Hub account the first time someone signs in by single sign-on.</summary>
    public bool CreateAccounts { get; set; } = true;

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}
