namespace CorporateParenting.Data.CorporateParents;

public enum PenPictureStatus { Draft, AwaitingApproval, Approved, Withdrawn, Superseded }

/// <summary>
/// One version of a member's pen picture, in their own words. Nobody but the member and officers sees a version
/// until the member approves it; the member can withdraw it at any time. Versions are never overwritten.
/// </summary>
public sealed class PenPicture
{
    public int Id { get; set; }
    public int CouncilMemberId { get; set; }
    public CouncilMember? Member { get; set; }
    public int Version { get; set; }
    public required string WhoIAm { get; set; }
    public required string WhyICare { get; set; }
    public required string WhatIDo { get; set; }
    /// <summary>A photo only with the member's consent.</summary>
    public byte[]? Photo { get; set; }
    public string? PhotoContentType { get; set; }
    public bool PhotoConsent { get; set; }
    public PenPictureStatus Status { get; set; }
    public required string DraftedBy { get; set; }
    public DateTime DraftedAtUtc { get; set; }
    public DateTime? SentForApprovalAtUtc { get; set; }
    public DateTime? ApprovedAtUtc { get; set; }
    public DateTime? WithdrawnAtUtc { get; set; }

    /// <summary>What a young person may see: approved and not withdrawn or replaced.</summary>
    public bool IsPublished => Status == PenPictureStatus.Approved;
}
