using CorporateParenting.Data;
using CorporateParenting.Data.CorporateParents;
using CorporateParenting.Data.Governance;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.CorporateParents.Members;

/// <summary>Adds a councillor or changes one: ward, party, when elected (and left), and their board seat if they have one.</summary>
[Authorize(Policy = Capability.ManageCorporateParents)]
public sealed class EditModel(HubDbContext db) : PageModel
{
    public sealed class MemberInput
    {
        public string? Name { get; set; }
        public string? Email { get; set; }
        public string? Ward { get; set; }
        public string? Party { get; set; }
        [System.ComponentModel.DataAnnotations.Display(Name = "The election date")] public DateOnly? ElectedOn { get; set; }
        [System.ComponentModel.DataAnnotations.Display(Name = "The date they left the council")] public DateOnly? LeftOn { get; set; }
        public int? BoardMemberId { get; set; }
    }

    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public MemberInput Input { get; set; } = new();
    public IReadOnlyList<(int Id, string Text)> BoardSeats { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadSeatsAsync(cancellationToken);
        if (Id is null) return Page();
        if (await db.CouncilMembers.FindAsync([Id], cancellationToken) is not { } m) return NotFound();
        Input = new MemberInput { Name = m.Name, Email = m.Email, Ward = m.Ward, Party = m.Party, ElectedOn = m.ElectedOn, LeftOn = m.LeftOn, BoardMemberId = m.BoardMemberId };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var member = Id is null ? new CouncilMember { Name = "", Ward = "", Party = "" } : await db.CouncilMembers.FindAsync([Id], cancellationToken);
        if (member is null) return NotFound();
        await LoadSeatsAsync(cancellationToken);
        var email = Input.Email.EmailOrNull();
        if (ModelState.IsValid && email is not null && await db.CouncilMembers.AnyAsync(m => m.Id != member.Id && m.Email != null && m.Email.ToLower() == email.ToLower(), cancellationToken))
            ModelState.AddModelError("Input.Email", "Another member already has this e-mail address");
        if (ModelState.IsValid && Input.BoardMemberId is { } seat && !BoardSeats.Any(s => s.Id == seat))
            ModelState.AddModelError("Input.BoardMemberId", "Choose an elected member's seat on the board");
        if (!ModelState.IsValid) return Page();

        (member.Name, member.Email, member.Ward, member.Party) = (Input.Name!.Trim(), email, Input.Ward!.Trim(), Input.Party!.Trim());
        (member.ElectedOn, member.LeftOn, member.BoardMemberId) = (Input.ElectedOn!.Value, Input.LeftOn, Input.BoardMemberId);
        if (Id is null) db.CouncilMembers.Add(member);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = $"{member.Name} is saved";
        return Redirect("/CorporateParents/Members");
    }

    private async Task LoadSeatsAsync(CancellationToken cancellationToken) =>
        BoardSeats = (await db.BoardMembers.AsNoTracking().Where(b => b.Category == MemberCategory.ElectedMember).OrderBy(b => b.Name).ToListAsync(cancellationToken))
            .Select(b => (b.Id, $"{b.Name} ({DisplayWords.Of(b.Role)}{(b.TermEnd is { } end ? $", until {DateDisplay.Long(end)}" : "")})")).ToList();
}

public sealed class CouncilMemberChecks : FormValidator<EditModel>
{
    public CouncilMemberChecks(HubDbContext db)
    {
        RuleFor(p => p.Input.Name).Required("Enter the member's name", db.MaxLength<CouncilMember>(m => m.Name));
        RuleFor(p => p.Input.Email).Email("The member's", db.MaxLength<CouncilMember>(m => m.Email));
        RuleFor(p => p.Input.Ward).Required("Enter the ward", db.MaxLength<CouncilMember>(m => m.Ward));
        RuleFor(p => p.Input.Party).Required("Enter the party", db.MaxLength<CouncilMember>(m => m.Party));
        RuleFor(p => p.Input.ElectedOn).NotNull().WithMessage("Enter the date the member was elected");
        RuleFor(p => p.Input.LeftOn).Must((p, left) => left is null || p.Input.ElectedOn is null || left >= p.Input.ElectedOn)
            .WithMessage("The date they left must be the same as or after the date they were elected");
    }
}
