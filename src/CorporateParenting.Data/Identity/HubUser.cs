using Microsoft.AspNetCore.Identity;

namespace CorporateParenting.Data.Identity;

/// <summary>A person who signs in to the Hub: council staff, partners, members and young people on the board.</summary>
public class HubUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>A disabled account cannot sign in by any route (password or single sign-on).</summary>
    public bool IsDisabled { get; set; }

    public DateTime CreatedAtUtc { get; set; } = DateTime.UtcNow;

    public DateTime? LastSignInAtUtc { get; set; }
}
