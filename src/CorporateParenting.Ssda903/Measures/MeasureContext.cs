using CorporateParenting.Ssda903.Model;

namespace CorporateParenting.Ssda903.Measures;

/// <summary>The year being measured and the questions every measure asks of a child.</summary>
internal sealed class MeasureContext(ChildIndex children, int year, MeasureOptions options)
{
    public ChildIndex Children { get; } = children;
    public int Year { get; } = year;
    public MeasureOptions Options { get; } = options;
    /// <summary>1 April at the start of the collection year.</summary>
    public DateOnly Start { get; } = new(year - 1, 4, 1);
    /// <summary>31 March at its end: the reference date of most measures.</summary>
    public DateOnly End { get; } = new(year, 3, 31);

    public IEnumerable<Child> All => Children.Children;

    /// <summary>Looked after at the end of 31 March: an episode open that day that is not a short break (DEC blank at 31 March).</summary>
    public bool LookedAfterAtEnd(Child child) => child.EpisodeOn(End) is { IsShortBreak: false };

    private readonly Lazy<IReadOnlyList<Child>> _atEnd = new(() => children.Children.Where(c => c.EpisodeOn(new DateOnly(year, 3, 31)) is { IsShortBreak: false }).ToList());
    private readonly Lazy<HashSet<Child>> _oc2Cohort = new(() => children.Children.Where(c => InOc2CohortOf(c, new DateOnly(year - 1, 4, 1), new DateOnly(year, 3, 31))).ToHashSet());

    /// <summary>Everyone looked after at 31 March, found once and shared by the many measures that start there.</summary>
    public IReadOnlyList<Child> LookedAfterAtEnd() => _atEnd.Value;

    public bool InYear(DateOnly day) => day >= Start && day <= End;

    /// <summary>Periods of care (not short breaks alone) that began in the year.</summary>
    public IEnumerable<PeriodOfCare> StartedInYear(Child child) => PeriodsIn(child, started: true);

    /// <summary>Periods of care (not short breaks alone) that ended in the year.</summary>
    public IEnumerable<PeriodOfCare> CeasedInYear(Child child) => PeriodsIn(child, started: false);

    // Asked of every child by several measures: loops, and a list only for the few children who have such a period.
    private IReadOnlyList<PeriodOfCare> PeriodsIn(Child child, bool started)
    {
        List<PeriodOfCare>? found = null;
        foreach (var p in child.Periods)
            if (!p.IsShortBreaksOnly && (started ? InYear(p.Start) : p.End is { } end && InYear(end))) (found ??= []).Add(p);
        return found ?? (IReadOnlyList<PeriodOfCare>)[];
    }

    public bool LookedAfterDuringYear(Child child)
    {
        foreach (var e in child.Episodes)
            if (!e.IsShortBreak && e.Overlaps(Start, End)) return true;
        return false;
    }

    /// <summary>OC2 cohort: looked after continuously for at least 12 months at 31 March, as the rules read it (<see cref="Oc2Cohort"/>).</summary>
    public bool InOc2Cohort(Child child) => _oc2Cohort.Value.Contains(child);

    private static bool InOc2CohortOf(Child child, DateOnly start, DateOnly end) =>
        Oc2Cohort.Includes(child.Episodes.Select(e => new CohortEpisode(e.Start, e.End, e.ReasonNew.Code, e.LegalStatus.Code, e.ReasonCeased.Code)), start, end);

    /// <summary>Placements during the year, temporary ones and short breaks left out: the first held in the year, then each new one.</summary>
    public int PlacementsInYear(Child child)
    {
        var count = 0;
        foreach (var episode in child.Episodes)
        {
            if (episode.IsShortBreak || episode.IsTemporary || !episode.Overlaps(Start, End)) continue;
            if (count == 0 || episode.StartsNewPlacement) count++;
        }
        return count;
    }

    /// <summary>The age at the birthday that falls in this collection year (17 to 21 for care leavers in OC3).</summary>
    public int? AgeAtBirthdayInYear(Child child)
    {
        if (child.Dob is not { } dob) return null;
        var birthday = Dates.Birthday(dob, Start.Year);
        if (birthday < Start) birthday = Dates.Birthday(dob, Start.Year + 1);
        return birthday.Year - dob.Year;
    }
}
