namespace CorporateParenting.Ssda903.Model;

/// <summary>
/// One child across every year loaded: header from the latest year, episodes merged and sorted,
/// periods of care derived; the year-by-year tables (OC2, OC3, AD1, missing) keyed by collection year.
/// </summary>
public sealed class Child
{
    public required string Id { get; init; }
    /// <summary>Place in the <see cref="ChildIndex"/> that holds the child (-1 when none): measures count children by it.</summary>
    internal int Ordinal { get; set; } = -1;
    public ChildHeader? Header { get; init; }
    public required IReadOnlyList<Episode> Episodes { get; init; }
    public required IReadOnlyList<PeriodOfCare> Periods { get; init; }
    public required IReadOnlyDictionary<int, Oc2Record> Oc2 { get; init; }
    public required IReadOnlyDictionary<int, Oc3Record> Oc3 { get; init; }
    public required IReadOnlyDictionary<int, AdoptionRecord> Adoption { get; init; }
    public required IReadOnlyDictionary<int, IReadOnlyList<MissingEpisode>> Missing { get; init; }
    public required IReadOnlyList<PlacedForAdoption> PlacedForAdoption { get; init; }
    public UascStatus? Uasc { get; init; }
    public IReadOnlyList<Review> Reviews { get => _reviews ?? Later?.ReviewsOf(Id) ?? []; init => _reviews = value; }
    private readonly IReadOnlyList<Review>? _reviews;
    public PreviousPermanence? PreviousPermanence { get; init; }
    public IReadOnlyList<SocialWorkerEpisode> SocialWorkers { get => _socialWorkers ?? Later?.SocialWorkersOf(Id) ?? []; init => _socialWorkers = value; }
    private readonly IReadOnlyList<SocialWorkerEpisode>? _socialWorkers;

    /// <summary>Where the reviews and social worker episodes not given are read from, when first asked for.</summary>
    internal LaterRecords? Later { get; init; }

    public DateOnly? Dob => Header?.Dob;

    public int? AgeOn(DateOnly day) => Dob is { } dob ? Dates.Age(dob, day) : null;

    // Loops, not LINQ: measures ask these of every child, and a lambda capturing the day allocates each time.
    public PeriodOfCare? PeriodOn(DateOnly day)
    {
        for (var i = Periods.Count - 1; i >= 0; i--)
            if (Periods[i].OpenOn(day)) return Periods[i];
        return null;
    }

    public Episode? EpisodeOn(DateOnly day)
    {
        for (var i = Episodes.Count - 1; i >= 0; i--)
            if (Episodes[i].OpenOn(day)) return Episodes[i];
        return null;
    }

    /// <summary>UASC on a day: in the UASC table with status not ceased by then.</summary>
    public bool IsUascOn(DateOnly day) => Uasc is { } u && (u.Ceased is null || u.Ceased > day);
}
