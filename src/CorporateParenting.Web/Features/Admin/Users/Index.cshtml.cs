using CorporateParenting.Data;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using CorporateParenting.Web.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Admin.Users;

[Authorize(Policy = Capability.ManageUsers)]
public sealed class IndexModel(HubDbContext db) : PageModel
{
    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Users = await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) =>
        CsvDownload.Create((await LoadAsync(cancellationToken)).Select(u => new
        {
            Name = u.DisplayName, Email = u.Email, Roles = string.Join("; ", u.Roles), u.Status,
            LastSignedIn = u.LastSignInAtUtc is null ? "" : DateDisplay.LongWithTime(u.LastSignInAtUtc.Value),
        }), "users.csv");

    private async Task<IReadOnlyList<UserRow>> LoadAsync(CancellationToken cancellationToken)
    {
        var roles = await (from userRole in db.UserRoles
                           join role in db.Roles on userRole.RoleId equals role.Id
                           select new { userRole.UserId, role.Name }).ToListAsync(cancellationToken);
        var rolesByUser = roles.ToLookup(r => r.UserId, r => HubRoles.DisplayName(r.Name!));
        var users = await db.Users.OrderBy(u => u.DisplayName).ToListAsync(cancellationToken);
        return users.Select(u => new UserRow(u.Id, u.DisplayName, u.Email ?? "", rolesByUser[u.Id].Order().ToList(),
            u.IsDisabled ? "Disabled" : u.PasswordHash is null && u.EmailConfirmed == false ? "Invited" : "Active",
            u.LastSignInAtUtc)).ToList();
    }

    public sealed record UserRow(string Id, string DisplayName, string Email, IReadOnlyList<string> Roles, string Status, DateTime? LastSignInAtUtc);
}
