using CorporateParenting.Data;
using CorporateParenting.Data.Voice;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Voice.YouthGroups;

/// <summary>Add a youth group or change one: its name, ages, what it is, and whether it still meets.</summary>
[Authorize(Policy = Capability.ManageVoice)]
public sealed class EditModel(HubDbContext db) : PageModel
{
    public sealed class GroupInput
    {
        public string? Name { get; set; }
        public int? MinAge { get; set; }
        public int? MaxAge { get; set; }
        public string? Description { get; set; }
        public bool Active { get; set; } = true;
    }

    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public GroupInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is null) return Page();
        if (await db.YouthGroups.FindAsync([Id], cancellationToken) is not { } group) return NotFound();
        Input = new GroupInput { Name = group.Name, MinAge = group.MinAge, MaxAge = group.MaxAge, Description = group.Description, Active = group.Active };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var group = Id is null ? new YouthGroup { Name = "" } : await db.YouthGroups.FindAsync([Id], cancellationToken);
        if (group is null) return NotFound();
        var name = Input.Name?.Trim();
        if (ModelState.IsValid && await db.YouthGroups.AnyAsync(g => g.Name == name && g.Id != group.Id, cancellationToken))
            ModelState.AddModelError("Input.Name", "There is already a youth group with this name");
        if (!ModelState.IsValid) return Page();
        (group.Name, group.MinAge, group.MaxAge, group.Description, group.Active) = (name!, Input.MinAge!.Value, Input.MaxAge, Input.Description.TrimmedOrNull(), Input.Active);
        if (Id is null) db.YouthGroups.Add(group);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = $"{group.Name} saved";
        return Redirect($"/Voice/YouthGroups/Group/{group.Id}");
    }
}

public sealed class YouthGroupChecks : FormValidator<EditModel>
{
    public YouthGroupChecks(HubDbContext db)
    {
        RuleFor(p => p.Input.Name).Required("Enter the group's name", db.MaxLength<YouthGroup>(g => g.Name));
        RuleFor(p => p.Input.MinAge).NotNull().WithMessage("Enter the youngest age in the group")
            .InclusiveBetween(5, 25).WithMessage("The youngest age must be between 5 and 25");
        RuleFor(p => p.Input.MaxAge).InclusiveBetween(5, 25).WithMessage("The oldest age must be between 5 and 25")
            .GreaterThanOrEqualTo(p => p.Input.MinAge ?? 0).WithMessage("The oldest age must be the same as or more than the youngest");
        RuleFor(p => p.Input.Description).Fits("The description", db.MaxLength<YouthGroup>(g => g.Description));
    }
}
