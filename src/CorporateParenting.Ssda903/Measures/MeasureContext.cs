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

    // Each child's group by each dimension, by its place in the index: every measure breaks its cohort down by the same
    // groups, and a placement type or ward is worked out from the child's episodes and postcodes.
    private readonly DimensionGroups?[] _groups = new DimensionGroups?[Enum.GetValues<Dimension>().Length];

    /// <summary>
    /// The child's group by a dimension (<see cref="Breakdowns.GroupOf"/>) as a number, <see cref="GroupName"/> its name:
    /// worked out once per child for all measures, and grouped by without hashing the name.
    /// </summary>
    public int GroupNumber(Child child, Dimension by)
    {
        var groups = Volatile.Read(ref _groups[(int)by]);
        if (groups is null)
        {
            Interlocked.CompareExchange(ref _groups[(int)by], new DimensionGroups(Children.Children.Count), null);
            groups = _groups[(int)by]!;
        }
        if (!Children.Holds(child)) return groups.NumberOf(Breakdowns.GroupOf(child, by, this));
        // Two threads may both work a child's group out and store it: they store the same number.
        ref var known = ref groups.OfChild[child.Ordinal];
        if (known == 0) known = groups.NumberOf(Breakdowns.GroupOf(child, by, this)) + 1;
        return known - 1;
    }

    public string GroupName(Dimension by, int number) => _groups[(int)by]!.Name(number);

    private sealed class DimensionGroups(int children)
    {
        /// <summary>Each child's group number + 1, by its place in the index (0 until worked out).</summary>
        public readonly int[] OfChild = new int[children];
        private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
        private readonly List<string> _names = [];

        public int NumberOf(string name)
        {
            lock (_numbers)
            {
                if (_numbers.TryGetValue(name, out var number)) return number;
                _numbers[name] = number = _names.Count;
                _names.Add(name);
                return number;
            }
        }

        public string Name(int number)
        {
            lock (_numbers) return _names[number];
        }
    }

    /// <summary>Looked after at the end of 31 March: an episode open that day that is not a short break (DEC blank at 31 March).</summary>
    public bool LookedAfterAtEnd(Child child) => child.EpisodeOn(End) is { IsShortBreak: false };

    private IReadOnlyList<Child>? _atEnd, _oc2CohortChildren, _started, _ceased, _duringYear, _oc3ThisYear;
    private HashSet<Child>? _oc2Cohort;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, object> _locks = new();

    /// <summary>
    /// A cohort several measures start from (in the order of <see cref="All"/>), found in one pass and shared: each
    /// measure then reads its few thousand children instead of every child of every year. Built once under a lock,
    /// so that two measures asking at once do not both build it.
    /// </summary>
    private IReadOnlyList<Child> Shared(ref IReadOnlyList<Child>? field, Func<Child, bool> belongs, [System.Runtime.CompilerServices.CallerMemberName] string cohort = "")
    {
        if (Volatile.Read(ref field) is { } done) return done;
        // One lock per cohort: a measure waiting for the OC2 cohort does not hold up one wanting those looked after at 31 March.
        lock (_locks.GetOrAdd(cohort, static _ => new object()))
        {
            if (field is { } built) return built;
            var list = new List<Child>();
            foreach (var child in Children.Children)
                if (belongs(child)) list.Add(child);
            Volatile.Write(ref field, list);
            return list;
        }
    }

    /// <summary>Everyone looked after at 31 March, found once and shared by the many measures that start there.</summary>
    public IReadOnlyList<Child> LookedAfterAtEnd() => Volatile.Read(ref _atEnd) ?? Shared(ref _atEnd, c => c.EpisodeOn(End) is { IsShortBreak: false });

    /// <summary>The OC2 cohort (<see cref="InOc2Cohort"/>), in the order of <see cref="All"/>.</summary>
    public IReadOnlyList<Child> Oc2CohortChildren() =>
        Volatile.Read(ref _oc2CohortChildren) ?? Shared(ref _oc2CohortChildren, c => InOc2CohortOf(c, Start, End));

    /// <summary>Children with a period of care (not short breaks alone) that began in the year.</summary>
    public IReadOnlyList<Child> StartedInYear() => Volatile.Read(ref _started) ?? Shared(ref _started, c => StartedInYear(c).Count > 0);

    /// <summary>Children with a period of care (not short breaks alone) that ended in the year.</summary>
    public IReadOnlyList<Child> CeasedInYear() => Volatile.Read(ref _ceased) ?? Shared(ref _ceased, c => CeasedInYear(c).Count > 0);

    /// <summary>Children looked after at some time in the year (short breaks left out).</summary>
    public IReadOnlyList<Child> LookedAfterDuringYear() => Volatile.Read(ref _duringYear) ?? Shared(ref _duringYear, LookedAfterDuringYear);

    /// <summary>Children with an OC3 row for this year (care leavers).</summary>
    public IReadOnlyList<Child> WithOc3ThisYear() => Volatile.Read(ref _oc3ThisYear) ?? Shared(ref _oc3ThisYear, c => c.Oc3.ContainsKey(Year));

    public bool InYear(DateOnly day) => day >= Start && day <= End;

    /// <summary>Periods of care (not short breaks alone) that began in the year.</summary>
    public IReadOnlyList<PeriodOfCare> StartedInYear(Child child) => PeriodsIn(child, started: true);

    /// <summary>Periods of care (not short breaks alone) that ended in the year.</summary>
    public IReadOnlyList<PeriodOfCare> CeasedInYear(Child child) => PeriodsIn(child, started: false);

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
    public bool InOc2Cohort(Child child)
    {
        if (Volatile.Read(ref _oc2Cohort) is not { } cohort)
        {
            cohort = [.. Oc2CohortChildren()];
            Interlocked.CompareExchange(ref _oc2Cohort, cohort, null);
        }
        return cohort.Contains(child);
    }

    private static bool InOc2CohortOf(Child child, DateOnly start, DateOnly end) =>
        child.Episodes.Count > 0   // no episode: not looked after on 1 April, and nothing to make a list of
        && Oc2Cohort.Includes(child.Episodes.Select(e => new CohortEpisode(e.Start, e.End, e.ReasonNew.Code, e.LegalStatus.Code, e.ReasonCeased.Code)), start, end);

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
