using CorporateParenting.Data;
using CorporateParenting.Data.CorporateParents;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.CorporateParents.Schools;

/// <summary>A school, its designated teacher and link governor, and the Virtual School's count of the council's children there.</summary>
[Authorize(Policy = Capability.ManageCorporateParents)]
public sealed class EditModel(HubDbContext db, TimeProvider clock) : PageModel
{
    public sealed class SchoolInput
    {
        public string? Name { get; set; }
        public string? Urn { get; set; }
        public string? DesignatedTeacher { get; set; }
        public string? DesignatedTeacherEmail { get; set; }
        public string? LinkGovernor { get; set; }
        public int? ChildrenOnRoll { get; set; }
        [System.ComponentModel.DataAnnotations.Display(Name = "The date counted")] public DateOnly? CountedOn { get; set; }
    }

    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public SchoolInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is null) return Page();
        if (await db.Schools.AsNoTracking().SingleOrDefaultAsync(s => s.Id == Id, cancellationToken) is not { } s) return NotFound();
        Input = new SchoolInput
        {
            Name = s.Name, Urn = s.Urn, DesignatedTeacher = s.DesignatedTeacher, DesignatedTeacherEmail = s.DesignatedTeacherEmail,
            LinkGovernor = s.LinkGovernor, ChildrenOnRoll = s.ChildrenOnRoll, CountedOn = s.CountedOn,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        School? school = null;
        if (Id is { } id && (school = await db.Schools.SingleOrDefaultAsync(s => s.Id == id, cancellationToken)) is null) return NotFound();
        Check("Input.Name", Input.Name, 200, "the school's name", required: true);
        Check("Input.Urn", Input.Urn, 16, "the school's URN");
        Check("Input.DesignatedTeacher", Input.DesignatedTeacher, 200, "the designated teacher's name");
        Check("Input.LinkGovernor", Input.LinkGovernor, 200, "the link governor's name");
        var email = Input.DesignatedTeacherEmail.TrimmedOrNull();
        if (email is not null && EmailAddresses.AddressIn(email) is null)
            ModelState.AddModelError("Input.DesignatedTeacherEmail", "Enter the designated teacher's e-mail address in the right format, like name@school.sch.uk");
        if (Input.ChildrenOnRoll is < 0) ModelState.AddModelError("Input.ChildrenOnRoll", "The number of children must be 0 or more");
        if (Input.ChildrenOnRoll is not null && Input.CountedOn is null) ModelState.AddModelError("Input.CountedOn", "Enter the date the Virtual School counted the children");
        if (Input.CountedOn > clock.UkToday()) ModelState.AddModelError("Input.CountedOn", "The date counted must be today or in the past");
        if (!ModelState.IsValid) return Page();

        if (school is null) db.Schools.Add(school = new School { Name = "" });
        school.Name = Input.Name!.Trim();
        school.Urn = Input.Urn.TrimmedOrNull();
        school.DesignatedTeacher = Input.DesignatedTeacher.TrimmedOrNull();
        school.DesignatedTeacherEmail = email is null ? null : EmailAddresses.AddressIn(email);
        school.LinkGovernor = Input.LinkGovernor.TrimmedOrNull();
        school.ChildrenOnRoll = Input.ChildrenOnRoll;
        school.CountedOn = Input.ChildrenOnRoll is null ? null : Input.CountedOn;
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = $"{school.Name} is saved";
        return Redirect("/CorporateParents/Schools");
    }

    private void Check(string key, string? value, int max, string what, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(value)) { if (required) ModelState.AddModelError(key, $"Enter {what}"); return; }
        if (value.Trim().Length > max) ModelState.AddModelError(key, $"{char.ToUpperInvariant(what[0])}{what[1..]} must be {max:N0} characters or fewer");
    }
}
