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

/// <summary>Nominates a member to a role at a meeting (with its resolution), or changes or ends a nomination.</summary>
[Authorize(Policy = Capability.ManageCorporateParents)]
public sealed class NominationModel(HubDbContext db, TimeProvider clock) : PageModel
{
    public sealed class NominationInput
    {
        public int? RoleId { get; set; }
        public int? CouncilMemberId { get; set; }
        public int? MeetingId { get; set; }
        public int? ResolutionId { get; set; }
        [System.ComponentModel.DataAnnotations.Display(Name = "The start date")] public DateOnly? StartsOn { get; set; }
        [System.ComponentModel.DataAnnotations.Display(Name = "The end date")] public DateOnly? EndsOn { get; set; }
    }

    public sealed record Choice(string Value, string Text);

    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public NominationInput Input { get; set; } = new();
    public IReadOnlyList<Choice> RoleChoices { get; private set; } = [];
    public IReadOnlyList<Choice> Members { get; private set; } = [];
    public IReadOnlyList<Choice> Meetings { get; private set; } = [];
    public IReadOnlyList<Choice> Resolutions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? roleId, CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        if (Id is null)
        {
            Input = new NominationInput { RoleId = roleId, StartsOn = clock.UkToday() };
            return Page();
        }
        if (await db.Nominations.AsNoTracking().SingleOrDefaultAsync(n => n.Id == Id, cancellationToken) is not { } n) return NotFound();
        Input = new NominationInput { RoleId = n.RoleId, CouncilMemberId = n.CouncilMemberId, MeetingId = n.MeetingId, ResolutionId = n.ResolutionId, StartsOn = n.StartsOn, EndsOn = n.EndsOn };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var nomination = Id is null ? new Nomination() : await db.Nominations.SingleOrDefaultAsync(n => n.Id == Id, cancellationToken);
        if (nomination is null) return NotFound();
        await LoadChoicesAsync(cancellationToken);
        if (!ModelState.IsValid) return Page();
        (nomination.RoleId, nomination.CouncilMemberId, nomination.MeetingId, nomination.ResolutionId, nomination.StartsOn, nomination.EndsOn) =
            (Input.RoleId!.Value, Input.CouncilMemberId!.Value, Input.MeetingId, Input.ResolutionId, Input.StartsOn!.Value, Input.EndsOn);
        foreach (var (property, message) in await NominationRules.ProblemsAsync(db, nomination, cancellationToken))
            ModelState.AddModelError($"Input.{property}", message);
        if (!ModelState.IsValid)
        {
            db.ChangeTracker.Clear();
            return Page();
        }
        if (Id is null) db.Nominations.Add(nomination);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = nomination.EndsOn is { } ends && ends <= clock.UkToday() ? "The nomination is ended" : "The nomination is saved";
        return Redirect("/CorporateParents/Roles");
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        RoleChoices = await db.ChampionRoles.AsNoTracking().OrderByDescending(r => r.Active).ThenBy(r => r.Title)
            .Select(r => new Choice(r.Id.ToString(), r.Title)).ToListAsync(cancellationToken);
        Members = await db.CouncilMembers.AsNoTracking().OrderBy(m => m.Name)
            .Select(m => new Choice(m.Id.ToString(), m.Name + ", " + m.Ward)).ToListAsync(cancellationToken);
        var meetings = await db.Meetings.AsNoTracking().OrderByDescending(m => m.Date).Select(m => new { m.Id, m.Date, m.Place }).ToListAsync(cancellationToken);
        Meetings = meetings.Select(m => new Choice(m.Id.ToString(), $"{DateDisplay.Long(m.Date)}, {m.Place}")).ToList();
        var resolutions = await db.Resolutions.AsNoTracking().Select(r => new { r.Id, r.MeetingId, r.Year, r.Number, r.Text }).ToListAsync(cancellationToken);
        Resolutions = resolutions.Join(meetings, r => r.MeetingId, m => m.Id, (r, m) => (r, m)).OrderByDescending(x => x.m.Date).ThenBy(x => x.r.Number)
            .Select(x => new Choice(x.r.Id.ToString(), $"{x.r.Year}/{x.r.Number:00} ({DateDisplay.Long(x.m.Date)}): {Shorten(x.r.Text)}")).ToList();
    }

    private static string Shorten(string text) => text.Length <= 90 ? text : text[..87] + "...";
}

public sealed class NominationChecks : FormValidator<NominationModel>
{
    public NominationChecks()
    {
        RuleFor(p => p.Input.RoleId).NotNull().WithMessage("Choose the role");
        RuleFor(p => p.Input.CouncilMemberId).NotNull().WithMessage("Choose the member nominated");
        RuleFor(p => p.Input.StartsOn).NotNull().WithMessage("Enter the date the nomination starts");
    }
}
