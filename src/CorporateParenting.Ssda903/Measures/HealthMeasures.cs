using System.Globalization;
using CorporateParenting.Ssda903.Model;

namespace CorporateParenting.Ssda903.Measures;

/// <summary>
/// OC2 outcomes. Cohort: children looked after continuously for at least 12 months at 31 March,
/// short breaks excluded (<see cref="MeasureContext.InOc2Cohort"/>), with their OC2 row for the year.
/// </summary>
internal static class HealthMeasures
{
    public static IEnumerable<Measure> All()
    {
        yield return Share("oc2_health_assessment", "Annual health assessment", "whose annual health assessment was up to date (HEALTH_ASSESSMENT = 1)", true, o => o.HealthAssessment == "1");
        yield return Share("oc2_dental_check", "Dental check", "whose teeth were checked by a dentist in the year (TEETH_CHECK = 1)", true, o => o.TeethCheck == "1");
        yield return Share("oc2_immunisations", "Immunisations up to date", "whose immunisations were up to date (IMMUNISATIONS = 1)", true, o => o.Immunisations == "1");
        yield return Share("oc2_development_checks", "Development checks (under 5)", "aged under 5 at 31 March whose health surveillance and development checks were up to date (HEALTH_CHECK = 1)", false,
            o => o.HealthCheck == "1", age => age < 5);
        yield return Share("oc2_sdq_completed", "Strengths and difficulties questionnaire completed", "aged 4 to 16 at 31 March with an SDQ score recorded", false,
            o => Score(o) is not null, age => age is >= 4 and <= 16);
        yield return Share("oc2_substance_misuse", "Substance misuse", "identified as having a substance misuse problem (SUBSTANCE_MISUSE = 1)", true, o => o.SubstanceMisuse == "1", polarity: Polarity.LowerIsBetter);
        yield return Share("oc2_convicted", "Convicted or given a youth caution", "aged 10 or over at 31 March convicted or given a youth caution in the year (CONVICTED = 1)", true,
            o => o.Convicted == "1", age => age >= 10, Polarity.LowerIsBetter);

        // DfE: mean SDQ total difficulties score (0-40) of OC2 children aged 4-16 with a score. Lower is better.
        yield return new Measure(
            new("oc2_sdq_average", "Average SDQ score", "Mean strengths and difficulties score (0 to 40) of children looked after continuously for 12 months at 31 March, aged 4 to 16, who have a score. 0-13 normal, 14-16 borderline, 17 or more a cause for concern.",
                MeasureKind.Average, "score (lower is better)", Polarity.LowerIsBetter, true),
            c => Cohort(c, age => age is >= 4 and <= 16).Where(x => Score(x.Record) is not null)
                .Select(x => new Contribution(x.Child, true, Score(x.Record)!.Value)));
    }

    private static Measure Share(string id, string name, string what, bool england, Func<Oc2Record, bool> counts, Func<int, bool>? ages = null, Polarity polarity = Polarity.HigherIsBetter) => new(
        new(id, name, $"Children looked after continuously for at least 12 months at 31 March (short breaks excluded) {what}. Denominator: that cohort{(ages is null ? "" : " in the age range")}.",
            MeasureKind.Percent, "percent", polarity, england),
        c => Cohort(c, ages).Select(x => new Contribution(x.Child, counts(x.Record))));

    /// <summary>The OC2 cohort with the OC2 row for the year (a missing row counts as "not done").</summary>
    private static IEnumerable<(Child Child, Oc2Record Record)> Cohort(MeasureContext c, Func<int, bool>? ages) =>
        c.Oc2CohortChildren()
            .Where(child => ages is null || (child.AgeOn(c.End) is { } age && ages(age)))
            .Select(child => (child, child.Oc2.GetValueOrDefault(c.Year) ?? Blank));

    private static readonly Oc2Record Blank = new("", "", "", "", "", "", "", "", "", "");

    private static int? Score(Oc2Record record) =>
        int.TryParse(record.SdqScore, NumberStyles.None, CultureInfo.InvariantCulture, out var score) && score is >= 0 and <= 40 ? score : null;
}
