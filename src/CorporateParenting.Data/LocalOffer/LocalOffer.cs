namespace CorporateParenting.Data.LocalOffer;

/// <summary>The six areas the Children and Social Work Act 2017 guidance names for a Local Offer (seed 004, 5.7).</summary>
public enum OfferArea
{
    HealthAndWellbeing,
    Relationships,
    EducationAndTraining,
    Employment,
    Accommodation,
    ParticipationInSociety,
}

/// <summary>Who counts as a care leaver for an entitlement (Children Act 1989 categories, in plain words).</summary>
public enum CareLeaverStatus
{
    /// <summary>Every care leaver the council supports, whatever their category.</summary>
    AnyCareLeaver,
    /// <summary>Relevant and former relevant children: looked after for 13 weeks or more from the age of 14, including a time after 16.</summary>
    EligibleForLeavingCare,
    /// <summary>Qualifying care leavers: looked after at or after 16 but not for 13 weeks (for example under a special guardianship order).</summary>
    Qualifying,
    /// <summary>Children still looked after who are preparing to leave care.</summary>
    StillInCare,
}

/// <summary>Where the young person must live to get it.</summary>
public enum OfferResidence { Anywhere, InTheArea, OutsideTheArea }

/// <summary>
/// One edition of the council's Local Offer for care leavers. A draft is edited; publishing freezes it with its
/// date, and the next change starts a new draft copied from it, so the offer as published on any date can be shown.
/// </summary>
public sealed class LocalOfferVersion
{
    public int Id { get; set; }
    public int Number { get; set; }
    /// <summary>A few plain-English sentences for care leavers at the top of the public page.</summary>
    public required string Introduction { get; set; }
    /// <summary>What changed from the previous edition, shown with the date it was last updated.</summary>
    public string? ChangeNote { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public string? PublishedBy { get; set; }
    public DateTime? PublishedAtUtc { get; set; }
    public List<OfferEntitlement> Entitlements { get; set; } = [];

    public bool IsPublished => PublishedOn is not null;
}

/// <summary>An entitlement in one edition of the offer. <see cref="Key"/> stays the same across editions, so uptake and pledges follow it.</summary>
public sealed class OfferEntitlement
{
    public int Id { get; set; }
    public int VersionId { get; set; }
    /// <summary>Stable across editions: lower-case words and hyphens ("council-tax-exemption").</summary>
    public required string Key { get; set; }
    public OfferArea Area { get; set; }
    public int Order { get; set; }
    public required string Title { get; set; }
    /// <summary>What it is, in plain English, written to the young person ("you").</summary>
    public required string Description { get; set; }
    /// <summary>The department or partner that provides it.</summary>
    public required string Provider { get; set; }
    /// <summary>The service in the Hub that owns it and records its uptake (ADR 14's services), if any.</summary>
    public int? ServiceId { get; set; }
    public int FromAge { get; set; } = 16;
    public int ToAge { get; set; } = 25;
    public CareLeaverStatus Status { get; set; }
    public OfferResidence Residence { get; set; }
    /// <summary>Anything else about who can have it, in plain words.</summary>
    public string? EligibilityNote { get; set; }
    /// <summary>What it is worth, as a young person would read it ("Up to £3,000", "Free").</summary>
    public string? Worth { get; set; }
    public required string HowToGet { get; set; }
    public required string Contact { get; set; }
}

/// <summary>A department's or partner's pledge to the offer (seed 004, 5.8), with who made it and when.</summary>
public sealed class OfferPledge
{
    public int Id { get; set; }
    /// <summary>The department or partner making it.</summary>
    public required string Organisation { get; set; }
    /// <summary>The person who made it, with their role ("Director of Housing").</summary>
    public required string MadeBy { get; set; }
    public DateOnly MadeOn { get; set; }
    public required string Text { get; set; }
    /// <summary>The entitlement it adds to or supports, by its stable key; null for a general pledge.</summary>
    public string? EntitlementKey { get; set; }
    public DateOnly? WithdrawnOn { get; set; }
}

/// <summary>
/// How many young people had an entitlement in a period, and what it cost or saved: entered by the owning
/// service or uploaded as CSV. One row per entitlement and period; members see the counts through disclosure control.
/// </summary>
public sealed class OfferUptake
{
    public int Id { get; set; }
    public required string EntitlementKey { get; set; }
    /// <summary>The first and last day of the period (a financial year, a quarter, a month).</summary>
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }
    /// <summary>Young people who had it in the period.</summary>
    public int YoungPeople { get; set; }
    /// <summary>What it cost the council or partner, in pounds.</summary>
    public decimal? Cost { get; set; }
    /// <summary>What it saved or was worth to the young people, in pounds (a council tax exemption's value, say).</summary>
    public decimal? Value { get; set; }
    public string? Note { get; set; }
    public required string RecordedBy { get; set; }
    public DateTime RecordedAtUtc { get; set; }
}
