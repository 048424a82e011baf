using CorporateParenting.Data.CorporateParents;

namespace CorporateParenting.Web.Features.CorporateParents.PenPictures;

/// <summary>A pen picture change the rules do not allow: the message says why, in words the user can act on.</summary>
public sealed class PenPictureRuleException(string message) : InvalidOperationException(message);

/// <summary>
/// The one place the life of a pen picture is decided (ADR 27). A member's own draft stays a draft until they approve
/// it; an officer's draft goes to the member awaiting approval. Only the member approves or withdraws. Approving
/// publishes the version and supersedes the one published before; a newer draft replaces an older unapproved one.
/// Versions are never changed in their words once written: history is kept.
/// </summary>
public static class PenPictureRules
{
    public const int MaxPhotoBytes = 2 * 1024 * 1024;
    public const string PhotoTooBig = "The photo must be smaller than 2 MB";
    public static readonly IReadOnlyDictionary<string, byte[]> PhotoTypes = new Dictionary<string, byte[]>
    {
        ["image/jpeg"] = [0xFF, 0xD8, 0xFF],
        ["image/png"] = [0x89, 0x50, 0x4E, 0x47],
    };

    /// <summary>
    /// A new version for the member, drafted by themself or by an officer. Any version still waiting (a draft or
    /// awaiting approval) is superseded: one version at a time waits for the member. The published one stays published.
    /// </summary>
    public static PenPicture NewVersion(IReadOnlyCollection<PenPicture> versions, int memberId, string whoIAm, string whyICare, string whatIDo,
        bool photoConsent, byte[]? photo, string? photoContentType, string draftedBy, bool byTheMember, DateTime nowUtc)
    {
        if (PhotoProblem(photoConsent, photo, photoContentType) is { } problem) throw new PenPictureRuleException(problem);
        foreach (var waiting in versions.Where(v => v.Status is PenPictureStatus.Draft or PenPictureStatus.AwaitingApproval))
            waiting.Status = PenPictureStatus.Superseded;
        return new PenPicture
        {
            CouncilMemberId = memberId, Version = versions.Count == 0 ? 1 : versions.Max(v => v.Version) + 1,
            WhoIAm = whoIAm.Trim(), WhyICare = whyICare.Trim(), WhatIDo = whatIDo.Trim(),
            PhotoConsent = photoConsent, Photo = photoConsent ? photo : null, PhotoContentType = photoConsent && photo is not null ? photoContentType : null,
            DraftedBy = draftedBy, DraftedAtUtc = nowUtc,
            Status = byTheMember ? PenPictureStatus.Draft : PenPictureStatus.AwaitingApproval,
            SentForApprovalAtUtc = byTheMember ? null : nowUtc,
        };
    }

    /// <summary>The member approves a version: it is published and the one published before is superseded.</summary>
    public static void Approve(PenPicture version, IReadOnlyCollection<PenPicture> versions, bool byTheMember, DateTime nowUtc)
    {
        if (!byTheMember) throw new PenPictureRuleException("Only the member can approve their own pen picture");
        if (version.Status is not (PenPictureStatus.Draft or PenPictureStatus.AwaitingApproval))
            throw new PenPictureRuleException($"Version {version.Version} is {Words(version.Status).ToLowerInvariant()}: only a draft or a version awaiting approval can be approved");
        foreach (var published in versions.Where(v => v.Status == PenPictureStatus.Approved && v != version))
            published.Status = PenPictureStatus.Superseded;
        version.Status = PenPictureStatus.Approved;
        version.ApprovedAtUtc = nowUtc;
    }

    /// <summary>The member takes their published pen picture down: young people then see nothing of theirs.</summary>
    public static void Withdraw(PenPicture version, bool byTheMember, DateTime nowUtc)
    {
        if (!byTheMember) throw new PenPictureRuleException("Only the member can withdraw their own pen picture");
        if (version.Status != PenPictureStatus.Approved)
            throw new PenPictureRuleException($"Version {version.Version} is {Words(version.Status).ToLowerInvariant()}: only the published version can be withdrawn");
        version.Status = PenPictureStatus.Withdrawn;
        version.WithdrawnAtUtc = nowUtc;
    }

    /// <summary>A photo only with the member's consent, only a JPEG or PNG (by its first bytes, not only its label), and not too big.</summary>
    public static string? PhotoProblem(bool consent, byte[]? photo, string? contentType)
    {
        if (photo is null || photo.Length == 0) return null;
        if (!consent) return "Tick that the member consents to their photo being shown, or remove the photo";
        if (photo.Length > MaxPhotoBytes) return PhotoTooBig;
        if (contentType is null || !PhotoTypes.TryGetValue(contentType, out var signature) || !photo.AsSpan().StartsWith(signature))
            return "The photo must be a JPG or PNG";
        return null;
    }

    /// <summary>What a young person may see of a version: approved, and a photo only with consent.</summary>
    public static bool MayShowPhoto(PenPicture version) => version.IsPublished && version.PhotoConsent && version.Photo is { Length: > 0 };

    /// <summary>The member's state as the officers' list shows it: what is published, and what waits.</summary>
    public static string StateOf(IReadOnlyCollection<PenPicture> versions)
    {
        if (versions.Count == 0) return "None yet";
        var published = versions.Any(v => v.Status == PenPictureStatus.Approved);
        var waiting = versions.Where(v => v.Status is PenPictureStatus.Draft or PenPictureStatus.AwaitingApproval).Select(v => (PenPictureStatus?)v.Status).FirstOrDefault();
        var lastShown = versions.Where(v => v.Status is PenPictureStatus.Approved or PenPictureStatus.Withdrawn).MaxBy(v => v.Version);
        var now = published ? "Published" : lastShown?.Status == PenPictureStatus.Withdrawn ? "Withdrawn" : "Not published";
        return waiting is { } w ? $"{now}; {Words(w).ToLowerInvariant()}" : now;
    }

    public static string Words(PenPictureStatus status) => status switch
    {
        PenPictureStatus.Draft => "Draft",
        PenPictureStatus.AwaitingApproval => "Awaiting approval",
        PenPictureStatus.Approved => "Approved",
        PenPictureStatus.Withdrawn => "Withdrawn",
        _ => "Superseded",
    };

    public static string TagClass(PenPictureStatus status) => status switch
    {
        PenPictureStatus.Approved => "govuk-tag--green",
        PenPictureStatus.AwaitingApproval => "govuk-tag--yellow",
        PenPictureStatus.Draft => "govuk-tag--blue",
        PenPictureStatus.Withdrawn => "govuk-tag--red",
        _ => "govuk-tag--grey",
    };
}
