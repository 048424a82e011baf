using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Data.Voice;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Features.Voice.YouthGroups;
using CorporateParenting.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Home.Panels;

/// <summary>
/// The participation officer's home: open surveys with their responses and response rates (their own team's
/// figures, shown in full as on the surveys page), youth groups' reports due and the open "You said, we did" entries.
/// </summary>
public sealed class ParticipationTasks(HubDbContext db, HomeLinks links) : IHomePanel
{
    private const int Shown = 5;

    public async Task<HomePanel> BuildAsync(HomeViewer viewer, CancellationToken cancellationToken)
    {
        var today = viewer.Today;
        var open = await db.Surveys.AsNoTracking().Include(s => s.Bands).Where(s => s.OpensOn <= today && s.ClosesOn >= today)
            .OrderBy(s => s.ClosesOn).ToListAsync(cancellationToken);
        var bandIds = open.SelectMany(s => s.Bands).Select(b => b.Id).ToList();
        var responses = await db.SurveyResponses.Where(r => bandIds.Contains(r.SurveyBandId)).GroupBy(r => r.SurveyBandId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var surveys = open.Select(s =>
        {
            var answered = s.Bands.Sum(b => responses.GetValueOrDefault(b.Id));
            var eligible = s.Bands.All(b => b.EligibleCount is > 0) ? s.Bands.Sum(b => b.EligibleCount!.Value) : (int?)null;
            var rate = eligible is { } e ? $", a response rate of {100.0 * answered / e:0}%" : "";
            return new HomeTask($"{s.Title}: {answered:#,0} responses{rate}", links.To("/Voice/Surveys/Show", new { id = s.Id }),
                s.ClosesOn <= today.AddDays(7) ? TaskState.Due : TaskState.None, s.ClosesOn, $"Open until {DateDisplay.Long(s.ClosesOn)}");
        }).ToList();

        var reports = await (from r in db.ReportRequests.AsNoTracking()
                             join m in db.Meetings.AsNoTracking() on r.MeetingId equals m.Id
                             where r.FromYouthGroup && r.ReceivedAtUtc == null && m.Date >= today
                             orderby r.DueDate
                             select new { Paper = r, Meeting = m.Date }).ToListAsync(cancellationToken);
        var groups = await db.YouthGroups.AsNoTracking().Where(g => g.Active).ToListAsync(cancellationToken);
        // Straight to the group's report for that meeting when the paper names its group; else the list of groups.
        string WhereWritten(ReportRequest paper) => groups.FirstOrDefault(g => YouthReports.Names(paper, g)) is { } group
            ? links.To("/Voice/YouthGroups/Write", new { groupId = group.Id, meetingId = paper.MeetingId })
            : links.To("/Voice/YouthGroups/Index");
        var due = reports.Where(r => r.Paper.DueDate <= today.AddDays(30)).Select(r => new HomeTask(r.Paper.Title, WhereWritten(r.Paper),
            r.Paper.DueDate < today ? TaskState.Overdue : TaskState.Due, r.Paper.DueDate, $"Due {DateDisplay.Long(r.Paper.DueDate)} for the board meeting on {DateDisplay.Long(r.Meeting)}")).ToList();

        var entries = await db.YouSaidEntries.AsNoTracking().Where(e => e.Status != YouSaidStatus.Done).OrderBy(e => e.RaisedOn).ToListAsync(cancellationToken);
        var log = entries.Take(Shown).Select(e => new HomeTask(e.YouSaid, links.To("/Voice/YouSaid/Edit", new { id = e.Id }), TaskState.None, null,
            $"{(e.Status == YouSaidStatus.Open ? "Open" : "In progress")} since {DateDisplay.Long(e.RaisedOn)}{(e.FedBackOn is null ? "; not yet fed back" : "")}")).ToList();
        if (entries.Count > Shown) log.Add(new HomeTask($"{entries.Count - Shown} more open entries", links.To("/Voice/YouSaid/Index")));

        return new HomePanel(HubRoles.ParticipationOfficer, "Your participation work",
        [
            new TaskGroup("Open surveys", surveys, "No survey is open."),
            new TaskGroup("Youth groups' reports due", due.Urgent(), "No youth group's report is due in the next 30 days."),
            new TaskGroup("\"You said, we did\" entries still open", log, "Every entry is done."),
        ]);
    }
}
