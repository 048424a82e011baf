using CorporateParenting.Data;
using CorporateParenting.Data.CorporateParents;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using CorporateParenting.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CorporateParenting.Web.Features.CorporateParents.PenPictures;

/// <summary>
/// The board officer drafts a version for a member (from a form they filled in, an interview): it goes to the member
/// awaiting approval, and the member is e-mailed a link to their approval page (ADR 27).
/// </summary>
[Authorize(Policy = Capability.ManageCorporateParents)]
public sealed class DraftModel(HubDbContext db, TimeProvider clock, IHubMailer mailer, IOptions<HubOptions> hub, ILogger<DraftModel> logger) : PageModel, IPenPictureForm
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
        TempData["Saved"] = $"Version {version.Version} is with {Member.Name} to approve: young people see nothing new until they do" +
            await TellTheMemberAsync(version.Version, cancellationToken);
        return Redirect($"/CorporateParents/PenPictures/Member/{Id}");
    }

    /// <summary>
    /// E-mails the member a link to their approval page. The version is saved first and stands without the e-mail, so a
    /// mail server that fails is reported to the officer (who can tell the member another way), not turned into an error.
    /// </summary>
    private async Task<string> TellTheMemberAsync(int version, CancellationToken cancellationToken)
    {
        if (Member.Email is null) return $". {Member.Name} has no e-mail address recorded: tell them it is waiting";
        try
        {
            await mailer.SendAsync(Member.Email, "Your pen picture is waiting for your approval",
                $"Dear {Member.Name},\n\nThe board officer has drafted version {version} of your pen picture, the few sentences " +
                "children and young people in care read about their corporate parents.\n\nNobody else sees it until you approve it. " +
                $"Read it, change it or approve it here:\n{hub.Value.LinkTo("/CorporateParents/PenPictures/Mine")}\n\n" +
                "If you would rather it were not published, you need do nothing.\n", cancellationToken);
            return $". {Member.Name} has been e-mailed a link to approve it";
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "The pen picture e-mail to council member {MemberId} could not be sent", Member.Id);
            return $". The e-mail to {Member.Name} could not be sent: tell them it is waiting";
        }
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
