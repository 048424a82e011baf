using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.Governance.Members;

/// <summary>Add a board member or change one: category, organisation, board role and term.</summary>
[Authorize(Policy = Capability.ManageBoard)]
public sealed class EditModel(HubDbContext db) : PageModel
{
    public sealed class MemberInput
    {
        public string? Name { get; set; }
        public MemberCategory Category { get; set; } = MemberCategory.ElectedMember;
        public string? Organisation { get; set; }
        public BoardRole Role { get; set; } = BoardRole.Member;
        [System.ComponentModel.DataAnnotations.Display(Name = "The start of the term")] public DateOnly? TermStart { get; set; }
        [System.ComponentModel.DataAnnotations.Display(Name = "The end of the term")] public DateOnly? TermEnd { get; set; }
    }

    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public MemberInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is null) return Page();
        if (await db.BoardMembers.FindAsync([Id], cancellationToken) is not { } member) return NotFound();
        Input = new MemberInput { Name = member.Name, Category = member.Category, Organisation = member.Organisation, Role = member.Role, TermStart = member.TermStart, TermEnd = member.TermEnd };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var member = Id is null ? new BoardMember { Name = "", Organisation = "" } : await db.BoardMembers.FindAsync([Id], cancellationToken);
        if (member is null) return NotFound();
        if (!ModelState.IsValid) return Page();

        (member.Name, member.Category, member.Organisation, member.Role) = (Input.Name!.Trim(), Input.Category, Input.Organisation!.Trim(), Input.Role);
        (member.TermStart, member.TermEnd) = (Input.TermStart!.Value, Input.TermEnd);
        if (Id is null) db.BoardMembers.Add(member);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/Governance/Members");
    }
}
