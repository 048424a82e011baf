using CorporateParenting.Data;
using CorporateParenting.Data.CorporateParents;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.CorporateParents.PenPictures;

/// <summary>
/// A member's own pen picture: write a version, approve the one an officer drafted for them (or their own), withdraw the
/// published one. Found by the signed-in e-mail address; anyone else sees a page saying there is no record, and can
/// approve or withdraw nothing: only the member themself decides what young people see.
/// </summary>
[Authorize(Policy = Capability.UseHub)]
public sealed class MineModel(HubDbContext db, TimeProvider clock) : PageModel, IPenPictureForm
{
    [BindProperty] public PenPictureInput Input { get; set; } = new();
    /// <summary>"approve" to approve the new version as it is saved; otherwise it is kept as a draft.</summary>
    [BindProperty] public string? Then { get; set; }
    public CouncilMember? Member { get; private set; }
    public bool HasEarlierPhoto => Versions.Any(v => v.Photo is { Length: > 0 });
    public IReadOnlyList<PenPicture> Versions { get; private set; } = [];
    public PenPicture? Published => Versions.FirstOrDefault(v => v.Status == PenPictureStatus.Approved);
    public PenPicture? Waiting => Versions.FirstOrDefault(v => v.Status is PenPictureStatus.Draft or PenPictureStatus.AwaitingApproval);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken)) Input = PenPictureInput.From(Waiting ?? Published ?? Versions.FirstOrDefault());
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var now = clock.GetUtcNow().UtcDateTime;
        var version = await PenPictureVersions.AddFromAsync(db, Input, Member!.Id, User.Identity!.Name!, byTheMember: true, now, ModelState, nameof(Input), cancellationToken);
        if (version is null) return Page();
        if (Then == "approve") PenPictureRules.Approve(version, [.. Versions], byTheMember: true, now);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = Then == "approve" ? $"Version {version.Version} is approved: young people can now see it" : $"Version {version.Version} is saved as a draft: approve it when you are happy";
        return RedirectToPage();
    }

    public Task<IActionResult> OnPostApproveAsync(int id, CancellationToken cancellationToken) =>
        ChangeAsync(id, (v, now) => PenPictureRules.Approve(v, [.. Versions], byTheMember: true, now), v => $"Version {v.Version} is approved: young people can now see it", cancellationToken);

    public Task<IActionResult> OnPostWithdrawAsync(int id, CancellationToken cancellationToken) =>
        ChangeAsync(id, (v, now) => PenPictureRules.Withdraw(v, byTheMember: true, now), v => "Your pen picture is withdrawn: young people no longer see it", cancellationToken);

    /// <summary>A photo of one of the member's own versions, whatever its state (the member reviews it before approving).</summary>
    public async Task<IActionResult> OnGetPhotoAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || Versions.FirstOrDefault(v => v.Id == id) is not { Photo.Length: > 0 } version) return NotFound();
        return File(version.Photo!, version.PhotoContentType ?? "application/octet-stream");
    }

    private async Task<IActionResult> ChangeAsync(int id, Action<PenPicture, DateTime> change, Func<PenPicture, string> done, CancellationToken cancellationToken)
    {
        // Another member's version, or no record at all: nothing to say about it.
        if (!await LoadAsync(cancellationToken) || Versions.FirstOrDefault(v => v.Id == id) is not { } version) return NotFound();
        try
        {
            change(version, clock.GetUtcNow().UtcDateTime);
        }
        catch (PenPictureRuleException refused)
        {
            ModelState.AddModelError(string.Empty, refused.Message);
            Input = PenPictureInput.From(Waiting ?? Published);
            return Page();
        }
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = done(version);
        return RedirectToPage();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Member = await PenPictureVersions.MemberSignedInAsync(db, User, cancellationToken);
        if (Member is null) return false;
        Versions = await PenPictureVersions.OfAsync(db, Member.Id, cancellationToken);
        return true;
    }
}

public sealed class MinePenPictureChecks : FormValidator<MineModel>
{
    public MinePenPictureChecks(HubDbContext db) => RuleFor(p => p.Input).SetValidator(new PenPictureInputChecks(db));
}
