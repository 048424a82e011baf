namespace CorporateParenting.Ssda903.Measures;

/// <summary>How many children are looked after, start and stop.</summary>
internal static class ChildrenLookedAfterMeasures
{
    public static IEnumerable<Measure> All()
    {
        // DfE: children looked after at 31 March (DEC blank at 31 March), excluding V3/V4 short breaks. Count of children.
        yield return new Measure(
            new("cla_count", "Children looked after at 31 March", "Children looked after at 31 March (an episode open at the end of the day), excluding those on an agreed series of short breaks (V3/V4).",
                MeasureKind.Count, "children", Polarity.Neither, true),
            c => c.LookedAfterAtEnd().Select(child => new Contribution(child, true)));

        // DfE: children looked after at 31 March per 10,000 children aged 0-17 (population from ONS mid-year estimates).
        yield return new Measure(
            new("cla_rate_per_10000", "Children looked after per 10,000 children", "Children looked after at 31 March per 10,000 children aged 0 to 17 in the council's area.",
                MeasureKind.RatePer10000, "per 10,000 aged 0-17", Polarity.Neither, true),
            c => c.LookedAfterAtEnd().Select(child => new Contribution(child, true)),
            c => c.Options.ChildPopulation is > 0 ? null : "needs the council's child population aged 0-17");

        // DfE: children who started to be looked after during the year (1 April to 31 March), each child once, short breaks excluded.
        yield return new Measure(
            new("cla_started", "Children who started to be looked after", "Children who began a period of care between 1 April and 31 March (each child counted once), excluding short breaks.",
                MeasureKind.Count, "children", Polarity.Neither, false),
            c => c.StartedInYear().Select(child => new Contribution(child, true)));

        yield return new Measure(
            new("cla_started_rate_per_10000", "Children who started to be looked after per 10,000", "Children who began a period of care in the year per 10,000 children aged 0 to 17.",
                MeasureKind.RatePer10000, "per 10,000 aged 0-17", Polarity.Neither, false),
            c => c.StartedInYear().Select(child => new Contribution(child, true)),
            c => c.Options.ChildPopulation is > 0 ? null : "needs the council's child population aged 0-17");

        // DfE: children who ceased to be looked after during the year (a period ending with a reason other than X1), each child once.
        yield return new Measure(
            new("cla_ceased", "Children who ceased to be looked after", "Children whose period of care ended between 1 April and 31 March (each child counted once), excluding short breaks.",
                MeasureKind.Count, "children", Polarity.Neither, false),
            c => c.CeasedInYear().Select(child => new Contribution(child, true)));

        yield return new Measure(
            new("cla_ceased_rate_per_10000", "Children who ceased to be looked after per 10,000", "Children whose period of care ended in the year per 10,000 children aged 0 to 17.",
                MeasureKind.RatePer10000, "per 10,000 aged 0-17", Polarity.Neither, false),
            c => c.CeasedInYear().Select(child => new Contribution(child, true)),
            c => c.Options.ChildPopulation is > 0 ? null : "needs the council's child population aged 0-17");

        // Children looked after at 31 March who were unaccompanied asylum-seeking children on that day.
        yield return new Measure(
            new("uasc_share", "Unaccompanied asylum-seeking children", "Children looked after at 31 March who were unaccompanied asylum-seeking children on that day, as a share of all children looked after at 31 March.",
                MeasureKind.Percent, "percent", Polarity.Neither, false),
            c => c.LookedAfterAtEnd().Select(child => new Contribution(child, child.IsUascOn(c.End))));
    }
}
