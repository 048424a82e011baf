using CorporateParenting.Data;
using CorporateParenting.Data.Voice;
using CorporateParenting.Ssda903.Model;
using CorporateParenting.Web.Features.Performance;
using CorporateParenting.Web.Infrastructure;

namespace CorporateParenting.Web.Features.Voice.Surveys;

/// <summary>
/// Who could have answered, from the stored 903 returns: children looked after on the survey's opening date whose
/// age that day is in the band's range, or for a care-leaver band the care leavers in that year's OC3 cohorts
/// (ages 17 to 21 at their birthday in the year, as the DfE counts them) within the band's ages. Only the count
/// leaves this class: no child is shown, and the band's change is in the audit trail as an aggregate.
/// </summary>
public sealed class SurveyEligibility(HubDbContext db, CouncilReturns returns)
{
    public sealed record Eligible(int Count, string Source);

    /// <summary>Null when no 903 return has been stored.</summary>
    public async Task<Eligible?> CountAsync(DateOnly surveyDate, QuestionSet set, CancellationToken cancellationToken)
    {
        var data = await returns.CurrentAsync(db, cancellationToken);
        if (data.Years.Count == 0) return null;
        // The return whose collection year (1 April to 31 March) covers the date; after the latest, the latest's 31 March.
        var year = data.Years.Where(y => new DateOnly(y - 1, 4, 1) <= surveyDate && surveyDate <= new DateOnly(y, 3, 31)).DefaultIfEmpty(0).Max();
        var on = surveyDate;
        if (year == 0)
        {
            year = surveyDate > new DateOnly(data.Years.Max(), 3, 31) ? data.Years.Max() : data.Years.Min();
            on = surveyDate > new DateOnly(year, 3, 31) ? new DateOnly(year, 3, 31) : new DateOnly(year - 1, 4, 1);
        }
        var returnName = $"903 return {year - 1}-{year % 100:00}";
        if (set.Audience == SurveyAudience.CareLeavers)
        {
            int low = Math.Max(17, set.MinAge), high = Math.Min(21, set.MaxAge);
            var leavers = data.Children.Children.Count(c => c.Oc3.ContainsKey(year) && AgeAtBirthdayInYear(c, year) is { } age && age >= low && age <= high);
            return new(leavers, $"{returnName}: care leavers aged {low} to {high} in the year's OC3 cohorts");
        }
        var lookedAfter = data.Children.Children.Count(c => c.EpisodeOn(on) is { IsShortBreak: false } && c.AgeOn(on) is { } age && age >= set.MinAge && age <= set.MaxAge);
        return new(lookedAfter, $"{returnName}: children looked after on {DateDisplay.Long(on)} aged {set.MinAge} to {set.MaxAge}");
    }

    /// <summary>Refreshes every band of a survey (the caller saves: the change is audited).</summary>
    public async Task RefreshAsync(Survey survey, CancellationToken cancellationToken)
    {
        foreach (var band in survey.Bands)
        {
            if (band.QuestionSet is null) continue;
            var eligible = await CountAsync(survey.OpensOn, band.QuestionSet, cancellationToken);
            (band.EligibleCount, band.EligibleSource) = (eligible?.Count, eligible?.Source);
        }
    }

    /// <summary>The age at the birthday in the collection year ending 31 March of <paramref name="year"/> (the OC3 cohort age).</summary>
    private static int? AgeAtBirthdayInYear(Child child, int year)
    {
        if (child.Dob is not { } dob) return null;
        var birthday = Dates.Birthday(dob, year - 1);
        if (birthday < new DateOnly(year - 1, 4, 1)) birthday = Dates.Birthday(dob, year);
        return birthday.Year - dob.Year;
    }
}
