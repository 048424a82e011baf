using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using CorporateParenting.Web.Infrastructure.People;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Home.Panels;

/// <summary>The performance analyst's home: how fresh the data is (the latest return and its rule failures) and the next scorecard to publish.</summary>
public sealed class AnalystTasks(HubDbContext db, HomeLinks links, PersonNames people) : IHomePanel
{
    /// <summary>
    /// The latest return the council should hold: the DfE collects the year to 31 March by the end of June, so from
    /// July a council holds that year's return.
    /// </summary>
    public static int ExpectedReturnYear(DateOnly today) => today.Month >= 7 ? today.Year : today.Year - 1;

    public async Task<HomePanel> BuildAsync(HomeViewer viewer, CancellationToken cancellationToken)
    {
        var today = viewer.Today;
        var latest = await db.Ssda903Imports.AsNoTracking().Where(i => i.IsCurrent).OrderByDescending(i => i.Year).FirstOrDefaultAsync(cancellationToken);
        var expected = ExpectedReturnYear(today);
        var freshness = new List<HomeTask>();
        if (latest is not null)
            freshness.Add(new HomeTask($"The {latest.Year - 1} to {latest.Year} return: {latest.RuleFailures:#,0} rule failures", links.To("/Performance/DataQuality/Index"),
                latest.RuleFailures > 0 ? TaskState.Due : TaskState.None, null,
                $"Imported {DateDisplay.LongWithTime(latest.ImportedAtUtc)} by {await people.NameAsync(latest.ImportedBy, cancellationToken)}; {latest.RulesImplemented} of the DfE's {latest.RulesInCatalogue} rules checked"));
        if (latest is null || latest.Year < expected)
            freshness.Add(new HomeTask($"Import the {expected - 1} to {expected} return", links.To("/Performance/Imports/Index"), TaskState.Overdue, new DateOnly(expected, 6, 30),
                latest is null ? "No return has been imported yet" : $"The DfE collected it by {DateDisplay.Long(new DateOnly(expected, 6, 30))}"));

        var publication = new List<HomeTask>();
        var next = await db.Meetings.AsNoTracking().Where(m => m.Date >= today && (m.Status == MeetingStatus.Planned || m.Status == MeetingStatus.AgendaPublished))
            .OrderBy(m => m.Date).FirstOrDefaultAsync(cancellationToken);
        if (next is not null)
        {
            var published = await db.PublishedScorecards.AsNoTracking().Where(p => p.MeetingDate == next.Date)
                .OrderByDescending(p => p.PublishedAtUtc).FirstOrDefaultAsync(cancellationToken);
            // The scorecard is a paper like any other: due with the papers for the meeting.
            var due = await db.ReportRequests.Where(r => r.MeetingId == next.Id).Select(r => (DateOnly?)r.DueDate).MaxAsync(cancellationToken) ?? next.Date.AddDays(-10);
            publication.Add(published is null
                ? new HomeTask($"Publish the scorecard for the meeting on {DateDisplay.Long(next.Date)}", links.To("/Performance/Published/Publish"),
                    due < today ? TaskState.Overdue : due <= today.AddDays(14) ? TaskState.Due : TaskState.None, due, $"Due with the papers, by {DateDisplay.Long(due)}")
                : new HomeTask($"The scorecard for the meeting on {DateDisplay.Long(next.Date)} is published", links.To("/Performance/Published/Show", new { id = published.Id }),
                    TaskState.None, null, $"Published {DateDisplay.LongWithTime(published.PublishedAtUtc)} by {await people.NameAsync(published.PublishedBy, cancellationToken)}"));
        }
        return new HomePanel(HubRoles.PerformanceAnalyst, "Your data",
        [
            new TaskGroup("Data freshness", freshness.Urgent(), ""),
            new TaskGroup("The next publication", publication, "No board meeting is planned yet."),
        ]);
    }
}
