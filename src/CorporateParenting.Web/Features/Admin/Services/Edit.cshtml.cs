using CorporateParenting.Data;
using CorporateParenting.Data.Identity;
using CorporateParenting.Data.Services;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Admin.Services;

/// <summary>Add or change a service: its name, which children it serves, and its managers. Or delete it.</summary>
[Authorize(Policy = Capability.ManageServices)]
public sealed class EditModel(HubDbContext db, UserManager<HubUser> users) : PageModel
{
    [BindProperty] public ServiceInput Input { get; set; } = new();
    public Service? Existing { get; private set; }
    /// <summary>Everyone who holds the service manager role: only they can be assigned.</summary>
    public IReadOnlyList<HubUser> Managers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        if (Existing is not null) Input = ServiceInput.From(Existing);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        var otherNames = await db.Services.Where(s => id == null || s.Id != id).Select(s => s.Name).ToListAsync(cancellationToken);
        Input.Validate(ModelState, otherNames, Managers.Select(m => m.Id).ToList());
        if (!ModelState.IsValid) return Page();

        var service = Existing ?? db.Services.Add(new Service { Name = "" }).Entity;
        Input.ApplyTo(service);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Success"] = $"{service.Name} has been saved.";
        return RedirectToPage("Index");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Existing is null) return NotFound();
        db.Services.Remove(Existing);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Success"] = $"{Existing.Name} has been deleted. Its managers no longer see its children.";
        return RedirectToPage("Index");
    }

    private async Task<bool> LoadAsync(int? id, CancellationToken cancellationToken)
    {
        Managers = (await users.GetUsersInRoleAsync(HubRoles.ServiceManager)).OrderBy(u => u.DisplayName).ToList();
        if (id is null) return true;
        Existing = await db.Services.Include(s => s.Managers).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        return Existing is not null;
    }
}
