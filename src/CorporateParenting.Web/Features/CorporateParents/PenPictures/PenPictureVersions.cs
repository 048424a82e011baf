using CorporateParenting.Data;
using CorporateParenting.Data.CorporateParents;
using CorporateParenting.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using System.Security.Claims;

namespace CorporateParenting.Web.Features.CorporateParents.PenPictures;

/// <summary>The words of a version as a form holds them, for the member's own page and the officer's draft page alike.</summary>
public sealed class PenPictureInput
{
    public string? WhoIAm { get; set; }
    public string? WhyICare { get; set; }
    public string? WhatIDo { get; set; }
    public bool PhotoConsent { get; set; }
    public IFormFile? Photo { get; set; }
    /// <summary>Keep the photo of the version the new one replaces (when no new photo is chosen).</summary>
    public bool KeepPhoto { get; set; } = true;

    public static PenPictureInput From(PenPicture? version) => version is null ? new() :
        new() { WhoIAm = version.WhoIAm, WhyICare = version.WhyICare, WhatIDo = version.WhatIDo, PhotoConsent = version.PhotoConsent };
}

public sealed class PenPictureInputChecks : AbstractValidator<PenPictureInput>
{
    public PenPictureInputChecks(HubDbContext db)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(i => i.WhoIAm).Required("Enter who I am", db.MaxLength<PenPicture>(p => p.WhoIAm));
        RuleFor(i => i.WhyICare).Required("Enter why I care", db.MaxLength<PenPicture>(p => p.WhyICare));
        RuleFor(i => i.WhatIDo).Required("Enter what I do as a corporate parent", db.MaxLength<PenPicture>(p => p.WhatIDo));
    }
}

/// <summary>Reading and writing a member's versions; the rules themselves are in <see cref="PenPictureRules"/>.</summary>
public static class PenPictureVersions
{
    /// <summary>The council member the signed-in user is, matched by their e-mail address; null when there is none.</summary>
    public static async Task<CouncilMember?> MemberSignedInAsync(HubDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var email = (user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name)?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(email)) return null;
        return await db.CouncilMembers.FirstOrDefaultAsync(m => m.Email != null && m.Email.ToLower() == email, cancellationToken);
    }

    public static Task<List<PenPicture>> OfAsync(HubDbContext db, int memberId, CancellationToken cancellationToken) =>
        db.PenPictures.Where(p => p.CouncilMemberId == memberId).OrderByDescending(p => p.Version).ToListAsync(cancellationToken);

    /// <summary>
    /// Adds a version from the form, or explains in ModelState why not (the photo rule). The photo comes from the upload,
    /// or is carried over from the newest version that has one when the member still consents and asked to keep it.
    /// </summary>
    public static async Task<PenPicture?> AddFromAsync(HubDbContext db, PenPictureInput input, int memberId, string draftedBy, bool byTheMember,
        DateTime nowUtc, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, string prefix, CancellationToken cancellationToken)
    {
        var versions = await OfAsync(db, memberId, cancellationToken);
        byte[]? photo = null;
        string? contentType = null;
        if (input.Photo is { Length: > 0 } upload)
        {
            if (upload.Length > PenPictureRules.MaxPhotoBytes)
            {
                modelState.AddModelError($"{prefix}.Photo", PenPictureRules.PhotoTooBig);
                return null;
            }
            using var buffer = new MemoryStream();
            await upload.CopyToAsync(buffer, cancellationToken);
            (photo, contentType) = (buffer.ToArray(), upload.ContentType);
        }
        else if (input.KeepPhoto && versions.FirstOrDefault(v => v.Photo is { Length: > 0 }) is { } withPhoto)
            (photo, contentType) = (withPhoto.Photo, withPhoto.PhotoContentType);

        if (PenPictureRules.PhotoProblem(input.PhotoConsent, photo, contentType) is { } problem)
        {
            modelState.AddModelError(input.PhotoConsent ? $"{prefix}.Photo" : $"{prefix}.PhotoConsent", problem);
            return null;
        }
        var version = PenPictureRules.NewVersion(versions, memberId, input.WhoIAm!, input.WhyICare!, input.WhatIDo!, input.PhotoConsent, photo, contentType,
            draftedBy, byTheMember, nowUtc);
        db.PenPictures.Add(version);
        return version;
    }
}

/// <summary>A page with the pen picture form (the member's own, the officer's draft): the fields partial binds to it.</summary>
public interface IPenPictureForm
{
    PenPictureInput Input { get; }
    /// <summary>An earlier version has a photo the new one can keep.</summary>
    bool HasEarlierPhoto { get; }
}
