namespace CorporateParenting.Ssda903.Measures;

internal static class MissingAndAdoptionMeasures
{
    public static IEnumerable<Measure> All()
    {
        // DfE: children looked after during the year (short breaks excluded) with at least one missing incident in the year.
        yield return Incidents("missing_incident", "Went missing", "M", "missing from care");
        // DfE: the same for being away from placement without authorisation.
        yield return Incidents("away_without_authorisation", "Away without authorisation", "A", "away from placement without authorisation");

        // DfE: of children who ceased to be looked after during the year, those adopted (REC E11 or E12).
        yield return new Measure(
            new("adopted_share_of_ceased", "Adopted, as a share of those leaving care", "Children who ceased to be looked after between 1 April and 31 March who were adopted (reason ceased E11 or E12). Denominator: all children who ceased to be looked after in the year.",
                MeasureKind.Percent, "percent", Polarity.Neither, true),
            c => c.CeasedInYear()
                .Select(child => new Contribution(child, c.CeasedInYear(child).Any(p => p.Last.ReasonCeased.Code is "E11" or "E12"))));

        // DfE: average days from entering care (start of the period of care) to the adoption order, for children adopted in the year.
        yield return new Measure(
            new("adoption_entry_to_adoption_days", "Days from entering care to adoption", "For children adopted between 1 April and 31 March: the average number of days from the start of the period of care to the adoption (the date the episode ended with E11 or E12).",
                MeasureKind.Average, "days", Polarity.LowerIsBetter, true),
            c => c.CeasedInYear().SelectMany(child => c.CeasedInYear(child).Where(p => p.Last.ReasonCeased.Code is "E11" or "E12")
                .Select(p => new Contribution(child, true, p.End!.Value.DayNumber - p.Start.DayNumber))));
    }

    private static Measure Incidents(string id, string name, string code, string what) => new(
        new(id, name, $"Children looked after at any time between 1 April and 31 March (short breaks excluded) who were {what} at least once in the year. Denominator: all children looked after during the year.",
            MeasureKind.Percent, "percent", Polarity.LowerIsBetter, true),
        c => c.LookedAfterDuringYear().Select(child => new Contribution(child,
            child.Missing.TryGetValue(c.Year, out var incidents) && incidents.Any(m => m.Kind.Code == code && (m.Start is null || c.InYear(m.Start.Value))))));
}
