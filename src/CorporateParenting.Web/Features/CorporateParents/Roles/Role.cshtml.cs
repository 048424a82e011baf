using CorporateParenting.Data;
using CorporateParenting.Data.CorporateParents;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.CorporateParents.Roles;

/// <summary>Adds or changes a champion role: its title, what it involves and its usual term.</summary>
[Authorize(Policy = Capability.ManageCorporateParents)]
public sealed class RoleModel(HubDbContext db) : PageModel
{
    public sealed class RoleInput
    {
        public string? Title { get; set; }
        public string? Description { get; set; }
        public int? TermMonths { get; set; }
        public bool Active { get; set; } = true;
    }

    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public RoleInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is null) return Page();
        if (await db.ChampionRoles.AsNoTracking().SingleOrDefaultAsync(r => r.Id == Id, cancellationToken) is not { } role) return NotFound();
        Input = new RoleInput { Title = role.Title, Description = role.Description, TermMonths = role.TermMonths, Active = role.Active };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var role = Id is null ? new ChampionRole { Title = "" } : await db.ChampionRoles.SingleOrDefaultAsync(r => r.Id == Id, cancellationToken);
        if (role is null) return NotFound();
        if (!ModelState.IsValid) return Page();
        (role.Title, role.Description, role.TermMonths, role.Active) = (Input.Title!.Trim(), Input.Description.TrimmedOrNull(), Input.TermMonths, Input.Active);
        if (Id is null) db.ChampionRoles.Add(role);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = $"The role \"{role.Title}\" is saved";
        return Redirect("/CorporateParents/Roles");
    }
}

public sealed class RoleChecks : FormValidator<RoleModel>
{
    public RoleChecks(HubDbContext db)
    {
        RuleFor(p => p.Input.Title).Required("Enter the role's title", db.MaxLength<ChampionRole>(r => r.Title));
        RuleFor(p => p.Input.Description).Fits("The description", db.MaxLength<ChampionRole>(r => r.Description));
        RuleFor(p => p.Input.TermMonths).InclusiveBetween(1, 120).When(p => p.Input.TermMonths is not null).WithMessage("The usual term must be between 1 and 120 months, or empty when open-ended");
    }
}
