using CorporateParenting.Data;
using CorporateParenting.Data.CorporateParents;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.CorporateParents.PenPictures;

/// <summary>The board officer drafts a version for a member (from a form they filled in, an interview): it goes to the member awaiting approval.</summary>
[Authorize(Policy = Capability.ManageCorporateParents)]
public sealed class DraftModel(HubDbContext db, TimeProvider clock) : PageModel, IPenPictureForm
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public PenPictureInput Input { get; set; } = new();
    public CouncilMember Member { get; private set; } = null!;
    public bool HasEarlierPhoto { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        var versions = await PenPictureVersions.OfAsync(db, Id, cancellationToken);
        Input = PenPictureInput.From(versions.FirstOrDefault(v => v.Status is PenPictureStatus.Draft or PenPictureStatus.AwaitingApproval)
            ?? versions.FirstOrDefault(v => v.Status == PenPictureStatus.Approved) ?? versions.FirstOrDefault());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var version = await PenPictureVersions.AddFromAsync(db, Input, Id, User.Identity!.Name!, byTheMember: false, clock.GetUtcNow().UtcDateTime, ModelState, nameof(Input), cancellationToken);
        if (version is null) return Page();
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = $"Version {version.Version} is with {Member.Name} to approve: young people see nothing new until they do";
        return Redirect($"/CorporateParents/PenPictures/Member/{Id}");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await db.CouncilMembers.AsNoTracking().SingleOrDefaultAsync(m => m.Id == Id, cancellationToken) is not { } member) return false;
        Member = member;
        HasEarlierPhoto = await db.PenPictures.AnyAsync(p => p.CouncilMemberId == Id && p.Photo != null, cancellationToken);
        return true;
    }
}

public sealed class DraftPenPictureChecks : FormValidator<DraftModel>
{
    public DraftPenPictureChecks(HubDbContext db) => RuleFor(p => p.Input).SetValidator(new PenPictureInputChecks(db));
}
