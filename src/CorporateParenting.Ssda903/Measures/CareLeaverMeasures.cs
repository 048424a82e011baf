using CorporateParenting.Ssda903.Model;

namespace CorporateParenting.Ssda903.Measures;

/// <summary>
/// OC3 outcomes for care leavers, by the age reached at their birthday in the collection year
/// (17-18 and 19-21), as DfE reports them. The denominator includes those not in touch.
/// </summary>
internal static class CareLeaverMeasures
{
    private static readonly HashSet<string> InEducationEmploymentOrTraining = ["F1", "P1", "F2", "P2", "F3", "P3", "F4", "P4", "F5", "P5"];
    private static readonly HashSet<string> NotInEducationEmploymentOrTraining = ["G4", "G5", "G6"];

    public static IEnumerable<Measure> All()
    {
        foreach (var (band, low, high, england) in new[] { ("17_18", 17, 18, new[] { "eet" }), ("19_21", 19, 21, new[] { "eet", "neet", "not_in_touch", "suitable_accommodation" }) })
        {
            var ages = $"whose {Ordinals(low, high)} birthday fell in the year";
            yield return Share($"care_leavers_{band}_in_touch", $"Care leavers {low}-{high} in touch", $"Care leavers {ages} with whom the council was in touch (IN_TOUCH = YES)",
                low, high, false, o => o.InTouch.Code == "YES");
            yield return Share($"care_leavers_{band}_not_in_touch", $"Care leavers {low}-{high} not in touch", $"Care leavers {ages} with whom the council was not in touch (IN_TOUCH = NO or REFU)",
                low, high, england.Contains("not_in_touch"), o => o.InTouch.Code is "NO" or "REFU", Polarity.LowerIsBetter);
            yield return Share($"care_leavers_{band}_eet", $"Care leavers {low}-{high} in education, employment or training", $"Care leavers {ages} in education, employment or training",
                low, high, england.Contains("eet"), o => InEducationEmploymentOrTraining.Contains(o.Activity.Code));
            yield return Share($"care_leavers_{band}_neet", $"Care leavers {low}-{high} not in education, employment or training", $"Care leavers {ages} not in education, employment or training (G4-G6)",
                low, high, england.Contains("neet"), o => NotInEducationEmploymentOrTraining.Contains(o.Activity.Code), Polarity.LowerIsBetter);
            yield return Share($"care_leavers_{band}_suitable_accommodation", $"Care leavers {low}-{high} in suitable accommodation", $"Care leavers {ages} in accommodation considered suitable (ACCOM ending in 1)",
                low, high, england.Contains("suitable_accommodation"), o => o.Accommodation.Code.Length == 2 && o.Accommodation.Code[1] == '1');
        }

        // Staying put: care leavers aged 18 in the year who left care on their 18th birthday from a foster placement:
        // the share still living with their former foster carers (ACCOM Z1/Z2).
        yield return new Measure(
            new("staying_put", "Staying put with former foster carers", "Care leavers whose 18th birthday fell in the year and who ceased to be looked after on it from a foster placement: the share living with their former foster carers (ACCOM Z1 or Z2).",
                MeasureKind.Percent, "percent", Polarity.HigherIsBetter, true),
            c => Leavers(c, 18, 18)
                .Where(x => x.Child.Dob is { } dob && x.Child.Periods.Any(p => p.End == Dates.Birthday(dob, dob.Year + 18) && p.Last.Placement.Code.StartsWith('U')))
                .Select(x => new Contribution(x.Child, x.Record.Accommodation.Code is "Z1" or "Z2")));
    }

    private static Measure Share(string id, string name, string definition, int low, int high, bool england, Func<Oc3Record, bool> counts, Polarity polarity = Polarity.HigherIsBetter) => new(
        new(id, name, definition + ". Denominator: all those care leavers, including those not in touch.", MeasureKind.Percent, "percent", polarity, england),
        c => Leavers(c, low, high).Select(x => new Contribution(x.Child, counts(x.Record))));

    private static IEnumerable<(Child Child, Oc3Record Record)> Leavers(MeasureContext c, int low, int high) =>
        c.WithOc3ThisYear().Where(child => c.AgeAtBirthdayInYear(child) is { } age && age >= low && age <= high)
            .Select(child => (child, child.Oc3[c.Year]));

    private static string Ordinals(int low, int high) => string.Join(", ", Enumerable.Range(low, high - low + 1).Select(a => $"{a}th")).Replace(", " + high + "th", $" or {high}th");
}
