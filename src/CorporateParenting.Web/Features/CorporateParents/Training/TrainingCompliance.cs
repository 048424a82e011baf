using CorporateParenting.Data.CorporateParents;
using CorporateParenting.Web.Infrastructure;

namespace CorporateParenting.Web.Features.CorporateParents.Training;

public enum ComplianceStatus { UpToDate, Due, Overdue }

/// <summary>A session a member attended, as the compliance rules see it.</summary>
public sealed record AttendedSession(DateOnly Date, bool IsInduction);

/// <summary>Where a member stands against the council's rules, and why, in words for the page and the reminder.</summary>
public sealed record Compliance(ComplianceStatus Status, IReadOnlyList<string> Reasons, int SessionsInYear, DateOnly? InductionOn)
{
    public string Words => TrainingCompliance.Of(Status);
}

/// <summary>
/// The one place that decides whether a member is up to date, due or overdue with their training (ADR 26).
/// Induction: a member elected in the last year (plus the induction window) must attend an induction session within
/// <see cref="CorporateParentingRules.InductionWithinMonths"/> months of election. Sessions: a member who has served a
/// year must have attended <see cref="CorporateParentingRules.SessionsPerYear"/> sessions in the 12 months to today.
/// "Due" means a requirement falls due within the next month: induction not yet attended with its deadline that close,
/// or enough sessions today but not in a month's time, when the oldest drops out of the rolling year.
/// </summary>
public static class TrainingCompliance
{
    public static string Of(ComplianceStatus status) => status switch
    {
        ComplianceStatus.UpToDate => "Up to date",
        ComplianceStatus.Due => "Due",
        _ => "Overdue",
    };

    public static Compliance Assess(DateOnly electedOn, IEnumerable<AttendedSession> attended, CorporateParentingRules rules, DateOnly today)
    {
        var past = attended.Where(a => a.Date <= today).OrderBy(a => a.Date).ToList();
        var reasons = new List<string>();
        var status = ComplianceStatus.UpToDate;
        void Raise(ComplianceStatus to) { if (to > status) status = to; }

        var induction = past.FirstOrDefault(a => a.IsInduction && a.Date >= electedOn.AddMonths(-1))?.Date;
        var inductionBy = electedOn.AddMonths(rules.InductionWithinMonths);
        // Induction is for newly elected members: once a year past its deadline, the sessions rule is what counts.
        var newlyElected = inductionBy >= today.AddYears(-1);
        if (newlyElected && induction is { } on)
            reasons.Add($"Induction attended on {DateDisplay.Long(on)}");
        else if (newlyElected && inductionBy < today)
        {
            Raise(ComplianceStatus.Overdue);
            reasons.Add($"Induction overdue since {DateDisplay.Long(inductionBy)}");
        }
        else if (newlyElected && inductionBy <= today.AddMonths(1))
        {
            Raise(ComplianceStatus.Due);
            reasons.Add($"Induction due by {DateDisplay.Long(inductionBy)}");
        }
        else if (newlyElected)
            reasons.Add($"Induction to attend by {DateDisplay.Long(inductionBy)}");

        var yearAgo = today.AddYears(-1);
        var inYear = past.Where(a => a.Date > yearAgo).ToList();
        var needed = rules.SessionsPerYear;
        if (needed > 0 && electedOn <= yearAgo)
        {
            if (inYear.Count < needed)
            {
                Raise(ComplianceStatus.Overdue);
                reasons.Add($"{inYear.Count} of {needed} sessions in the last 12 months");
            }
            else
            {
                // In a month's time the sessions older than a year before then have dropped out.
                var stillCountingNextMonth = inYear.Count(a => a.Date > today.AddMonths(1).AddYears(-1));
                if (stillCountingNextMonth < needed)
                {
                    Raise(ComplianceStatus.Due);
                    var dropsOut = inYear[inYear.Count - needed].Date.AddYears(1);
                    reasons.Add($"{inYear.Count} of {needed} sessions in the last 12 months; another is needed by {DateDisplay.Long(dropsOut)}");
                }
                else
                    reasons.Add($"{inYear.Count} of {needed} sessions in the last 12 months");
            }
        }
        else if (needed > 0)
            reasons.Add($"{inYear.Count} of {needed} sessions so far (the yearly rule applies from {DateDisplay.Long(electedOn.AddYears(1))})");

        return new Compliance(status, reasons, inYear.Count, induction);
    }
}
