namespace CorporateParenting.Ssda903.Model;

/// <summary>A code with its label from code_sets.csv ("" and null label when blank).</summary>
public sealed record Coded(string Code, string? Label)
{
    public bool IsBlank => Code.Length == 0;
    public override string ToString() => Label is null ? Code : $"{Code} ({Label})";
}

public sealed record ChildHeader(string Sex, DateOnly? Dob, Coded Ethnicity, string Upn, string Mother, DateOnly? MotherChildDob);

/// <summary>One episode of care: legal status and placement from <see cref="Start"/> until <see cref="End"/> (null while open).</summary>
public sealed record Episode(
    DateOnly Start, DateOnly? End, Coded ReasonNew, Coded LegalStatus, Coded CategoryOfNeed, Coded Placement,
    Coded Provider, Coded ReasonCeased, Coded ReasonPlaceChange, string HomePostcode, string PlacementPostcode, string Urn)
{
    /// <summary>V3/V4: an agreed series of short breaks, left out of most DfE statistics.</summary>
    public bool IsShortBreak => LegalStatus.Code is "V3" or "V4";
    /// <summary>T0-T4: a temporary placement, not a move.</summary>
    public bool IsTemporary => Placement.Code.StartsWith('T');
    /// <summary>RNE S, P, B, T or U: the episode began in a new placement (L is a change of legal status only).</summary>
    public bool StartsNewPlacement => ReasonNew.Code is "S" or "P" or "B" or "T" or "U";
    public bool OpenOn(DateOnly day) => Start <= day && (End is null || End > day);
    public bool Overlaps(DateOnly from, DateOnly to) => Start <= to && (End is null || End >= from);
}

/// <summary>A continuous period of being looked after, from one or more chained episodes.</summary>
public sealed record PeriodOfCare(DateOnly Start, DateOnly? End, IReadOnlyList<Episode> Episodes)
{
    public bool IsShortBreaksOnly
    {
        get
        {
            for (var i = 0; i < Episodes.Count; i++)
                if (!Episodes[i].IsShortBreak) return false;
            return true;
        }
    }
    public Episode Last => Episodes[^1];
    public bool OpenOn(DateOnly day) => Start <= day && (End is null || End > day);
}

public sealed record Oc2Record(string SdqScore, string SdqReason, string Convicted, string HealthCheck, string Immunisations,
    string TeethCheck, string HealthAssessment, string SubstanceMisuse, string InterventionReceived, string InterventionOffered);

public sealed record Oc3Record(Coded InTouch, Coded Activity, Coded Accommodation);

public sealed record MissingEpisode(Coded Kind, DateOnly? Start, DateOnly? End);

public sealed record AdoptionRecord(DateOnly? DecisionDate, DateOnly? MatchDate, string FosterCare, string NumberOfAdopters, string SexOfAdopters, string LegalStatusOfAdopters);

public sealed record PlacedForAdoption(DateOnly? Placed, DateOnly? Ceased, Coded ReasonCeased);

public sealed record UascStatus(DateOnly? Ceased);

/// <summary>A statutory review and how the child took part in it (PN0-PN7).</summary>
public sealed record Review(DateOnly? Date, Coded Participation);

/// <summary>How the child's previous permanence (adoption, special guardianship, child arrangements) was arranged.</summary>
/// <remarks>DATE_PERM may have unknown parts written as zz, so it is kept as written.</remarks>
public sealed record PreviousPermanence(Coded Option, string LocalAuthority, string DateAsWritten);

/// <summary>A period with one allocated social worker, and why it changed.</summary>
public sealed record SocialWorkerEpisode(string SocialWorkerId, DateOnly? Start, DateOnly? End, Coded ReasonForChange);
