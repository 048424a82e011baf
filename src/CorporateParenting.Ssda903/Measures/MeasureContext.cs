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

    private Cohorts? _cohorts;
    private readonly object _cohortsLock = new();

    /// <summary>The cohorts measures start from, each in the order of <see cref="All"/>.</summary>
    private sealed record Cohorts(Child[] AtEnd, Child[] Oc2, Child[] Started, Child[] Ceased, Child[] DuringYear, Child[] Oc3ThisYear);

    /// <summary>
    /// The cohorts every measure starts from, found together in one pass over the children, on every core: each child's
    /// episodes and periods are read once for all six (they are scattered over a large heap, and reading them is most of
    /// the work), and each measure then reads its few thousand children instead of every child of every year. Built
    /// once under a lock, so that two measures asking at once do not both build them.
    /// </summary>
    private Cohorts Shared()
    {
        if (Volatile.Read(ref _cohorts) is { } done) return done;
        lock (_cohortsLock)
        {
            if (_cohorts is { } built) return built;
            var children = Children.Children;
            var flags = new byte[children.Count];
            var parts = Environment.ProcessorCount * 4;
            Parallel.For(0, parts, part =>
            {
                for (var i = (int)((long)children.Count * part / parts); i < (long)children.Count * (part + 1) / parts; i++) flags[i] = CohortsOf(children[i]);
            });
            var made = new Cohorts(Select(0), Select(1), Select(2), Select(3), Select(4), Select(5));
            Volatile.Write(ref _cohorts, made);
            return made;

            Child[] Select(int bit)
            {
                var count = 0;
                foreach (var f in flags) count += (f >> bit) & 1;
                var cohort = new Child[count];
                var at = 0;
                for (var i = 0; i < flags.Length; i++)
                    if ((flags[i] & (1 << bit)) != 0) cohort[at++] = children[i];
                return cohort;
            }
        }
    }

    /// <summary>Finds the shared cohorts now, on every core (before measures run side by side, one of which would wait).</summary>
    public void FindCohorts() => Shared();

    /// <summary>A child's cohorts as bits, in the order of <see cref="Cohorts"/>.</summary>
    private byte CohortsOf(Child child)
    {
        var bits = 0;
        if (LookedAfterAtEnd(child)) bits |= 1;
        if (InOc2CohortOf(child, Start, End)) bits |= 2;
        foreach (var p in child.Periods)
        {
            if (p.IsShortBreaksOnly) continue;
            if (InYear(p.Start)) bits |= 4;
            if (p.End is { } end && InYear(end)) bits |= 8;
        }
        if (LookedAfterDuringYear(child)) bits |= 16;
        if (child.Oc3.ContainsKey(Year)) bits |= 32;
        return (byte)bits;
    }

    /// <summary>Everyone looked after at 31 March (short breaks left out), shared by the many measures that start there.</summary>
    public IReadOnlyList<Child> LookedAfterAtEnd() => Shared().AtEnd;

    /// <summary>The OC2 cohort (<see cref="InOc2Cohort"/>), in the order of <see cref="All"/>.</summary>
    public IReadOnlyList<Child> Oc2CohortChildren() => Shared().Oc2;

    /// <summary>Children with a period of care (not short breaks alone) that began in the year.</summary>
    public IReadOnlyList<Child> StartedInYear() => Shared().Started;

    /// <summary>Children with a period of care (not short breaks alone) that ended in the year.</summary>
    public IReadOnlyList<Child> CeasedInYear() => Shared().Ceased;

    /// <summary>Children looked after at some time in the year (short breaks left out).</summary>
    public IReadOnlyList<Child> LookedAfterDuringYear() => Shared().DuringYear;

    /// <summary>Children with an OC3 row for this year (care leavers).</summary>
    public IReadOnlyList<Child> WithOc3ThisYear() => Shared().Oc3ThisYear;

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

    private HashSet<Child>? _oc2Cohort;

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
