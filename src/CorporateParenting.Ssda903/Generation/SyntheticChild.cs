namespace CorporateParenting.Ssda903.Generation;

/// <summary>One generated child's whole history, from which every year's rows are written.</summary>
internal sealed class SyntheticChild
{
    public required string Id { get; init; }
    public required bool Male { get; init; }
    public required DateOnly Dob { get; init; }
    public required string Ethnic { get; init; }
    public required string Upn { get; init; }
    public required string HomePostcode { get; init; }
    public bool Uasc { get; init; }
    public List<SyntheticEpisode> Episodes { get; } = [];
    public List<(DateOnly Date, string Code)> Reviews { get; } = [];
    public List<(DateOnly Start, DateOnly End, string Kind)> Missing { get; } = [];
    /// <summary>The child's social workers from entry to care, one after another, the last open while the child is looked after.</summary>
    public List<(DateOnly Start, DateOnly? End, string Id, string Reason)> SocialWorkers { get; } = [];
    /// <summary>The permanence order the child had before entering care (Z1: none), with its authority and date.</summary>
    public (string Option, string La, DateOnly? Date) PreviousPermanence { get; set; } = ("Z1", "", null);
    /// <summary>Seed for the year-by-year outcomes (OC2, OC3), drawn at creation so writing stays deterministic.</summary>
    public required int OutcomeSeed { get; init; }

    public DateOnly? Left => Episodes.Count == 0 ? null : Episodes[^1].End;
    public DateOnly Entered => Episodes[0].Start;
}

internal sealed class SyntheticEpisode
{
    public required DateOnly Start { get; init; }
    public DateOnly? End { get; set; }
    public required string Rne { get; init; }
    public required string Ls { get; init; }
    public required string Cin { get; init; }
    public required string Place { get; init; }
    public required string Provider { get; init; }
    public required string PlacementPostcode { get; init; }
    public required string Urn { get; init; }
    public string Rec { get; set; } = "";
    public string ReasonPlaceChange { get; set; } = "";

    public bool Overlaps(DateOnly from, DateOnly to) => Start <= to && (End is null || End >= from);
}
