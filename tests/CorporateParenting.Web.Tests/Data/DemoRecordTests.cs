using CorporateParenting.Data;
using CorporateParenting.Data.AnnualReports;
using CorporateParenting.Data.Strategy;
using CorporateParenting.Ssda903.Measures;
using CorporateParenting.Testing;
using CorporateParenting.Web.Features.AnnualReports;
using CorporateParenting.Web.Features.Demo;
using CorporateParenting.Web.Features.Governance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Data;

/// <summary>The demo record reads as a real board's would (issue 18): weekday meetings, actions measured by their own priority's indicators, decisions that match what they link to.</summary>
public sealed class DemoRecordTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private Task<T> Query<T>(Func<HubDbContext, Task<T>> query) => hub.WithScope(s => query(s.GetRequiredService<HubDbContext>()));

    [Fact]
    public async Task Every_seeded_meeting_is_on_a_weekday_two_months_apart()
    {
        var dates = await Query(db => db.Meetings.OrderBy(m => m.Date).Select(m => m.Date).ToListAsync());
        Assert.Equal(DemoCalendar.AllMeetings, dates.Count);
        Assert.All(dates, d => Assert.True(d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), $"{d:dddd d MMMM yyyy}"));
        Assert.All(dates.Zip(dates.Skip(1)), p => Assert.Equal(2, (p.Second.Year - p.First.Year) * 12 + p.Second.Month - p.First.Month));
    }

    /// <summary>Whatever day the demo starts on, its meetings fall on weekdays and the last complete year holds a full year of them.</summary>
    [Fact]
    public void On_any_starting_day_the_plan_is_on_weekdays_and_covers_the_last_complete_year()
    {
        for (var today = new DateOnly(2026, 1, 1); today < new DateOnly(2028, 1, 1); today = today.AddDays(1))
        {
            var dates = DemoCalendar.PlanMeetings(today, []).Select(m => m.Date).ToList();
            Assert.DoesNotContain(dates, d => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
            foreach (var kind in new[] { ReportYearKind.Financial, ReportYearKind.Municipal })
            {
                var year = AnnualReportWorkflow.YearOf(kind, AnnualReportWorkflow.LastCompleteStartYear(kind, today));
                var held = dates.Count(d => d >= year.Start && d <= year.End && d < today);
                Assert.True(held == MeetingPlanner.MeetingsInAYear, $"{today}: {held} meetings in {year.Label} ({kind})");
            }
            Assert.Equal(4, dates.Count(d => d < today && d >= dates[DemoCalendar.EarlierMeetings]));   // the current year: four held, two to come
        }
    }

    [Fact]
    public async Task Every_action_is_linked_only_to_indicators_of_its_own_priority()
    {
        var priorities = await Query(db => db.PriorityAreas.Include(p => p.Aims).ThenInclude(a => a.Actions).ThenInclude(a => a.Indicators).AsSplitQuery().ToListAsync());
        var known = NationalMeasures.Definitions.Select(d => d.Id).Concat(DemoPerformanceSeeder.LocalIndicatorKeys).ToHashSet();
        var links = priorities.SelectMany(p => p.Aims.SelectMany(a => a.Actions).SelectMany(a => a.Indicators.Select(i => (Priority: p.Name, Action: a.Description, i.IndicatorKey)))).ToList();
        Assert.True(links.Count >= priorities.Count * 2, $"{links.Count} links");
        foreach (var (priority, action, key) in links)
        {
            Assert.True(known.Contains(key), $"{action}: {key} is not an indicator");
            Assert.True(DemoPerformanceSeeder.PriorityOf(key) == priority, $"{action} ({priority}) is linked to {key}, an indicator of {DemoPerformanceSeeder.PriorityOf(key)}");
        }
        // The example the issue gives: no learning action is measured by convictions.
        Assert.DoesNotContain(links, l => l.Priority == "Learning and work" && l.IndicatorKey == "oc2_convicted");
        Assert.All(priorities, p => Assert.Contains(links, l => l.Priority == p.Name));
    }

    [Fact]
    public async Task Priorities_differ_in_size_and_each_has_a_mix_of_states()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var priorities = await Query(db => db.PriorityAreas.Include(p => p.Aims).ThenInclude(a => a.Actions).AsSplitQuery().ToListAsync());
        var actions = priorities.ToDictionary(p => p.Name, p => p.Aims.SelectMany(a => a.Actions).ToList());
        Assert.True(actions.Values.Select(a => a.Count).Distinct().Count() >= 3, string.Join(", ", actions.Select(a => $"{a.Key}: {a.Value.Count}")));
        string State(StrategyAction a) => a.IsOverdueOn(today) ? "late" : a.Status.ToString();
        foreach (var (name, list) in actions)
            Assert.True(list.Select(State).Distinct().Count() >= 3, $"{name}: {string.Join(", ", list.Select(State))}");
        var all = actions.Values.SelectMany(a => a).Select(State).ToList();
        foreach (var state in new[] { "Done", "OnTrack", "NotStarted", "late" }) Assert.Contains(state, all);
        // Not the same pattern everywhere: the share done differs between priorities.
        Assert.True(actions.Values.Select(a => a.Count(x => x.Status == StrategyActionStatus.Done)).Distinct().Count() >= 3);
    }

    [Fact]
    public async Task Recommendations_link_to_the_actions_that_answer_them_and_nominations_to_an_appointments_decision()
    {
        var linked = await Query(db => (from r in db.Recommendations
                                        from l in r.Actions
                                        join a in db.StrategyActions on l.ActionId equals a.Id
                                        select new { r.Text, Keys = a.Indicators.Select(i => i.IndicatorKey).ToList() }).ToListAsync());
        Assert.Contains(linked, l => l.Text.Contains("health assessments") && l.Keys.Contains("oc2_health_assessment"));
        Assert.Contains(linked, l => l.Text.Contains("go missing") && l.Keys.Contains("local_return_home_interview"));
        Assert.Contains(linked, l => l.Text.Contains("placement sufficiency") && l.Keys.Contains("placed_over_20_miles_outside_la"));
        Assert.DoesNotContain(linked, l => l.Text.Contains("councillor") || l.Text.Contains("budget"));   // no action of the plan answers those

        var nominations = await Query(db => (from n in db.Nominations
                                             where n.ResolutionId != null
                                             join r in db.Resolutions on n.ResolutionId equals r.Id
                                             join i in db.AgendaItems on r.AgendaItemId equals i.Id
                                             select new { n.MeetingId, ResolutionMeeting = r.MeetingId, i.Title, r.Text }).ToListAsync());
        Assert.NotEmpty(nominations);
        Assert.All(nominations, n =>
        {
            Assert.Equal(DemoBoardRecords.AppointmentsTitle, n.Title);
            Assert.Equal(n.MeetingId, n.ResolutionMeeting);
            Assert.Contains("appointed", n.Text);
        });
    }
}
