using CorporateParenting.Data;
using CorporateParenting.Data.Identity;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.Admin.Users;

/// <summary>Change a user's name and roles, disable or enable them, or send a fresh invitation.</summary>
[Authorize(Policy = Capability.ManageUsers)]
public sealed class EditModel(HubDbContext db, UserManager<HubUser> users, UserInvitations invitations) : PageModel
{
    [BindProperty] public UserDetailsInput Input { get; set; } = new();
    public HubUser? Account { get; private set; }
    private bool IsSelf => Account?.Id == users.GetUserId(User);

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id)) return NotFound();
        Input = new UserDetailsInput { DisplayName = Account!.DisplayName, Roles = [.. await users.GetRolesAsync(Account)] };
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (IsSelf && !Input.Roles.Contains(HubRoles.Administrator))
            ModelState.AddModelError("Input.Roles", "You cannot remove your own Administrator role");
        if (!ModelState.IsValid) return Page();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Account!.DisplayName = Input.DisplayName!.Trim();
        var current = await users.GetRolesAsync(Account);
        await users.RemoveFromRolesAsync(Account, current.Except(Input.Roles));
        await users.AddToRolesAsync(Account, Input.Roles.Except(current));
        // A new security stamp makes the change of roles reach the user's open session within a minute.
        await users.UpdateSecurityStampAsync(Account);
        await transaction.CommitAsync(cancellationToken);
        TempData["Success"] = $"{Account.DisplayName}'s details have been saved.";
        return RedirectToPage("Index");
    }

    public async Task<IActionResult> OnPostDisableAsync(string id) => await SetDisabledAsync(id, true);

    public async Task<IActionResult> OnPostEnableAsync(string id) => await SetDisabledAsync(id, false);

    public async Task<IActionResult> OnPostInviteAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id)) return NotFound();
        await invitations.SendAsync(Account!, cancellationToken);
        TempData["Success"] = $"A new invitation has been sent to {Account!.Email}.";
        return RedirectToPage("Index");
    }

    private async Task<IActionResult> SetDisabledAsync(string id, bool disabled)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (IsSelf && disabled)
        {
            ModelState.AddModelError("Input.Roles", "You cannot disable your own account");
            Input = new UserDetailsInput { DisplayName = Account!.DisplayName, Roles = [.. await users.GetRolesAsync(Account)] };
            return Page();
        }
        Account!.IsDisabled = disabled;
        await users.UpdateSecurityStampAsync(Account);
        TempData["Success"] = $"{Account.DisplayName}'s account has been {(disabled ? "disabled" : "enabled")}.";
        return RedirectToPage("Index");
    }

    private async Task<bool> LoadAsync(string id)
    {
        Account = await users.FindByIdAsync(id);
        return Account is not null;
    }
}
