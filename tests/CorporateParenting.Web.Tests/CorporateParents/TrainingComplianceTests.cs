using CorporateParenting.Data.CorporateParents;
using CorporateParenting.Web.Features.CorporateParents.Training;

namespace CorporateParenting.Web.Tests.CorporateParents;

/// <summary>The one compliance model: induction within N months of election, M sessions in each rolling 12 months, "due" a month ahead.</summary>
public sealed class TrainingComplianceTests
{
    private static readonly CorporateParentingRules Rules = new() { InductionWithinMonths = 3, SessionsPerYear = 2 };
    private static readonly DateOnly Today = new(2026, 11, 30);

    private static Compliance Assess(DateOnly elected, params AttendedSession[] attended) => TrainingCompliance.Assess(elected, attended, Rules, Today);
    private static AttendedSession Session(int year, int month, int day) => new(new DateOnly(year, month, day), false);
    private static AttendedSession Induction(int year, int month, int day) => new(new DateOnly(year, month, day), true);

    [Fact]
    public void A_newly_elected_member_without_induction_is_overdue_from_the_end_of_the_window()
    {
        var result = Assess(new DateOnly(2026, 5, 7));
        Assert.Equal(ComplianceStatus.Overdue, result.Status);
        Assert.Equal(["Induction overdue since 7 August 2026", "0 of 2 sessions so far (the yearly rule applies from 7 May 2027)"], result.Reasons);
    }

    [Fact]
    public void Induction_falling_due_within_a_month_is_due_and_further_off_is_up_to_date()
    {
        var due = Assess(new DateOnly(2026, 9, 15));
        Assert.Equal(ComplianceStatus.Due, due.Status);
        Assert.Contains("Induction due by 15 December 2026", due.Reasons);

        var later = Assess(new DateOnly(2026, 11, 1));
        Assert.Equal(ComplianceStatus.UpToDate, later.Status);
        Assert.Contains("Induction to attend by 1 February 2027", later.Reasons);
    }

    [Fact]
    public void Induction_attended_counts_and_one_before_the_election_by_more_than_a_month_does_not()
    {
        var attended = Assess(new DateOnly(2026, 5, 7), Induction(2026, 6, 11));
        Assert.Equal(ComplianceStatus.UpToDate, attended.Status);
        Assert.Contains("Induction attended on 11 June 2026", attended.Reasons);
        Assert.Equal(new DateOnly(2026, 6, 11), attended.InductionOn);

        // An induction from an earlier term does not meet this election's rule; an ordinary session is not induction.
        Assert.Equal(ComplianceStatus.Overdue, Assess(new DateOnly(2026, 5, 7), Induction(2025, 1, 10), Session(2026, 6, 11)).Status);
    }

    [Fact]
    public void An_established_member_needs_the_sessions_in_the_rolling_year()
    {
        var elected = new DateOnly(2023, 5, 4);
        var one = Assess(elected, Session(2026, 6, 1), Session(2025, 11, 30));
        Assert.Equal(ComplianceStatus.Overdue, one.Status);
        Assert.Equal(["1 of 2 sessions in the last 12 months"], one.Reasons);
        Assert.Equal(1, one.SessionsInYear);

        var two = Assess(elected, Session(2026, 6, 1), Session(2026, 3, 1));
        Assert.Equal(ComplianceStatus.UpToDate, two.Status);
        Assert.Equal(["2 of 2 sessions in the last 12 months"], two.Reasons);

        // Induction is not asked of a member elected years ago; sessions in the future do not count.
        Assert.Equal(ComplianceStatus.Overdue, Assess(elected, Session(2026, 6, 1), Session(2026, 12, 10)).Status);
    }

    [Fact]
    public void Sessions_that_leave_the_rolling_year_within_a_month_make_the_member_due()
    {
        var elected = new DateOnly(2023, 5, 4);
        // The older session (20 December 2025) drops out on 20 December 2026, within the next month.
        var due = Assess(elected, Session(2025, 12, 20), Session(2026, 6, 1));
        Assert.Equal(ComplianceStatus.Due, due.Status);
        Assert.Equal(["2 of 2 sessions in the last 12 months; another is needed by 20 December 2026"], due.Reasons);

        // A third, recent session keeps two in the year after it drops out.
        Assert.Equal(ComplianceStatus.UpToDate, Assess(elected, Session(2025, 12, 20), Session(2026, 6, 1), Session(2026, 10, 1)).Status);
        // Just over a month away is not yet due.
        Assert.Equal(ComplianceStatus.UpToDate, Assess(elected, Session(2026, 1, 5), Session(2026, 6, 1)).Status);
    }

    [Fact]
    public void The_worst_of_the_two_rules_decides_and_the_rules_are_the_councils()
    {
        // Elected 1 September 2025: induction was due by 1 December 2025, and the yearly rule already applies.
        var worst = Assess(new DateOnly(2025, 9, 1), Session(2026, 1, 1), Session(2026, 4, 1));
        Assert.Equal(ComplianceStatus.Overdue, worst.Status);
        Assert.Equal(["Induction overdue since 1 December 2025", "2 of 2 sessions in the last 12 months"], worst.Reasons);

        var established = new DateOnly(2023, 5, 4);
        Assert.Equal(ComplianceStatus.UpToDate, Assess(established, Session(2026, 1, 1), Session(2026, 4, 1)).Status);
        var strict = TrainingCompliance.Assess(established, [Session(2026, 1, 1), Session(2026, 4, 1)], new CorporateParentingRules { SessionsPerYear = 3 }, Today);
        Assert.Equal(ComplianceStatus.Overdue, strict.Status);
        Assert.Equal(["2 of 3 sessions in the last 12 months"], strict.Reasons);
    }
}
