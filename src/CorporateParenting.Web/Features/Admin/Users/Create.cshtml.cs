using CorporateParenting.Web.Infrastructure;
using CorporateParenting.Data;
using CorporateParenting.Data.Identity;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.Admin.Users;

/// <summary>Adds a user with roles, either inviting them by e-mail or giving them a temporary password.</summary>
[Authorize(Policy = Capability.ManageUsers)]
public sealed class CreateModel(HubDbContext db, UserManager<HubUser> users, UserInvitations invitations) : PageModel
{
    [BindProperty] public CreateUserInput Input { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var setPassword = Input.Access == AccessMethod.Password;
        var email = EmailAddresses.AddressIn(Input.Email) ?? "";   // CreateUserChecks has refused anything else
        if (ModelState.IsValid && await users.FindByEmailAsync(email) is not null)
            ModelState.AddModelError("Input.Email", "A user with this email address already exists");
        if (!ModelState.IsValid) return Page();

        var user = new HubUser { UserName = email, Email = email, DisplayName = Input.DisplayName!.Trim(), EmailConfirmed = setPassword };
        // The account and its roles land together or not at all.
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var created = setPassword ? await users.CreateAsync(user, Input.Password!) : await users.CreateAsync(user);
            var result = created.Succeeded ? await users.AddToRolesAsync(user, Input.Roles) : created;
            if (!result.Succeeded)
            {
                foreach (var error in result.Errors)
                    ModelState.AddModelError(error.Code.Contains("Password") ? "Input.Password" : "Input.Email", error.Description);
                return Page();
            }
            await transaction.CommitAsync(cancellationToken);
        }

        if (!setPassword) await invitations.SendAsync(user, cancellationToken);
        TempData["Success"] = setPassword
            ? $"{user.DisplayName} has been added. Give them their temporary password securely."
            : $"{user.DisplayName} has been added and sent an invitation to {user.Email}.";
        return RedirectToPage("Index");
    }

    public enum AccessMethod { Invite, Password }

    public sealed class CreateUserInput : UserDetailsInput
    {
        public string? Email { get; set; }

        public AccessMethod Access { get; set; } = AccessMethod.Invite;

        public string? Password { get; set; }
    }
}
