using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Features.CorporateParents.Training;
using CorporateParenting.Web.Infrastructure;
using CorporateParenting.Web.Infrastructure.People;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Home.Panels;

/// <summary>
/// The board officer's task list: papers due and overdue, minutes to draft or approve, the pack to issue, actions
/// overdue, members' terms ending, training overdue and youth groups' reports due, each linking to where it is done.
/// </summary>
public sealed class BoardOfficerTasks(HubDbContext db, HomeLinks links, PersonNames people) : IHomePanel
{
    /// <summary>A paper, a term or a pack within this many days is "due".</summary>
    public const int DueWithinDays = 14;
    /// <summary>The statutory five clear days: a pack not issued this close to the meeting is overdue.</summary>
    public const int PackOverdueWithinDays = 5;
    private const int Shown = 5;

    public async Task<HomePanel> BuildAsync(HomeViewer viewer, CancellationToken cancellationToken)
    {
        var today = viewer.Today;
        var meetings = await db.Meetings.AsNoTracking().OrderBy(m => m.Date).ToListAsync(cancellationToken);
        var upcoming = meetings.Where(m => m.Date >= today && m.Status is MeetingStatus.Planned or MeetingStatus.AgendaPublished).Select(m => m.Id).ToHashSet();
        var meetingDate = meetings.ToDictionary(m => m.Id, m => m.Date);
        var outstanding = await db.ReportRequests.AsNoTracking().Where(r => r.ReceivedAtUtc == null && upcoming.Contains(r.MeetingId))
            .Select(r => new { r.Id, r.Title, r.Owner, r.OwnerEmail, r.DueDate, r.MeetingId, r.FromYouthGroup }).ToListAsync(cancellationToken);

        async Task<HomeTask> Paper(int id, string title, string owner, DateOnly due, int meetingId)
        {
            var state = due < today ? TaskState.Overdue : due <= today.AddDays(DueWithinDays) ? TaskState.Due : TaskState.None;
            return new HomeTask(title, links.To("/Governance/Papers/Show", new { id }), state, due,
                $"From {owner}, due {DateDisplay.Long(due)} for the meeting on {DateDisplay.Long(meetingDate[meetingId])}");
        }

        var papers = new List<HomeTask>();
        var youth = new List<HomeTask>();
        foreach (var r in outstanding.Where(r => r.DueDate <= today.AddDays(DueWithinDays)).OrderBy(r => r.DueDate))
            (r.FromYouthGroup ? youth : papers).Add(await Paper(r.Id, r.Title, await people.NameAsync(r.OwnerEmail, r.Owner, cancellationToken), r.DueDate, r.MeetingId));

        return new HomePanel(HubRoles.BoardOfficer, "Your tasks as board officer",
        [
            new TaskGroup("Papers", Capped(papers.Urgent(), "/Governance/Papers/Index", "more papers due"), $"No paper is overdue or due in the next {DueWithinDays} days."),
            new TaskGroup("Meetings, minutes and packs", (await MeetingTasksAsync(meetings, today, cancellationToken)).Urgent(), "No minutes or pack are waiting on you."),
            new TaskGroup("Actions overdue", await OverdueActionsAsync(today, cancellationToken), "No action agreed by the board is overdue."),
            new TaskGroup("Members", await MemberTasksAsync(today, cancellationToken), "No member's term ends soon and nobody's training is overdue."),
            new TaskGroup("Youth groups' reports", youth.Urgent(), $"No youth group's report is due in the next {DueWithinDays} days."),
        ]);
    }

    private IReadOnlyList<HomeTask> Capped(IReadOnlyList<HomeTask> tasks, string allPage, string more) =>
        tasks.Count <= Shown ? tasks : [.. tasks.Take(Shown), new HomeTask($"{tasks.Count - Shown} {more}", links.To(allPage))];

    /// <summary>Minutes to draft (a held meeting without any), minutes to approve (at the next meeting), and the next pack to issue.</summary>
    private async Task<List<HomeTask>> MeetingTasksAsync(List<Meeting> meetings, DateOnly today, CancellationToken cancellationToken)
    {
        var tasks = new List<HomeTask>();
        var unapproved = meetings.Where(m => m.Date <= today && !m.IsApproved).Select(m => m.Id).ToList();
        var minuted = (await db.AgendaItems.AsNoTracking().Where(i => unapproved.Contains(i.MeetingId) && i.Minutes != null).Select(i => i.MeetingId)
            .Union(db.Resolutions.AsNoTracking().Where(r => unapproved.Contains(r.MeetingId)).Select(r => r.MeetingId)).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var meeting in meetings.Where(m => unapproved.Contains(m.Id)))
        {
            var link = links.To("/Governance/Minutes/Edit", new { id = meeting.Id });
            var approvingMeeting = meetings.FirstOrDefault(m => m.Date > meeting.Date);
            if (!minuted.Contains(meeting.Id))
                tasks.Add(new HomeTask($"Draft the minutes of the meeting on {DateDisplay.Long(meeting.Date)}", link,
                    approvingMeeting is not null && approvingMeeting.Date <= today.AddDays(DueWithinDays) ? TaskState.Overdue : TaskState.Due, approvingMeeting?.Date,
                    approvingMeeting is null ? "Plan the next meeting, where they are approved" : $"For approval at the meeting on {DateDisplay.Long(approvingMeeting.Date)}"));
            else if (approvingMeeting is not null && approvingMeeting.Date <= today)
                tasks.Add(new HomeTask($"Record the approval of the minutes of the meeting on {DateDisplay.Long(meeting.Date)}", link, TaskState.Due, approvingMeeting.Date,
                    $"Approved at the meeting on {DateDisplay.Long(approvingMeeting.Date)}"));
            else if (approvingMeeting is not null)
                tasks.Add(new HomeTask($"Put the draft minutes of {DateDisplay.Long(meeting.Date)} to the meeting on {DateDisplay.Long(approvingMeeting.Date)}", link,
                    TaskState.None, approvingMeeting.Date, "The draft goes in that meeting's pack"));
        }

        var next = meetings.FirstOrDefault(m => m.Date >= today && m.Status is MeetingStatus.Planned or MeetingStatus.AgendaPublished);
        if (next is not null && !await db.IssuedPacks.AnyAsync(p => p.MeetingId == next.Id && p.Number == 0, cancellationToken))
        {
            var papersBy = await db.ReportRequests.Where(r => r.MeetingId == next.Id).Select(r => (DateOnly?)r.DueDate).MaxAsync(cancellationToken);
            var issueBy = next.Date.AddDays(-PackOverdueWithinDays - 2);
            var state = issueBy < today ? TaskState.Overdue : (papersBy ?? issueBy) <= today || issueBy <= today.AddDays(DueWithinDays) ? TaskState.Due : TaskState.None;
            tasks.Add(new HomeTask($"Issue the pack for the meeting on {DateDisplay.Long(next.Date)}", links.To("/Governance/Pack/Index", new { id = next.Id }), state, issueBy,
                papersBy is { } by ? $"Papers were due by {DateDisplay.Long(by)}; issue it by {DateDisplay.Long(issueBy)}" : $"Issue it by {DateDisplay.Long(issueBy)}"));
        }
        return tasks;
    }

    private async Task<IReadOnlyList<HomeTask>> OverdueActionsAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var overdue = await db.BoardActions.AsNoTracking()
            .Where(a => (a.Status == ActionStatus.Open || a.Status == ActionStatus.InProgress) && a.DueDate < today)
            .OrderBy(a => a.DueDate).ToListAsync(cancellationToken);
        var tasks = new List<HomeTask>();
        foreach (var a in overdue)
            tasks.Add(new HomeTask(a.Description, links.To("/Governance/Actions/Show", new { id = a.Id }), TaskState.Overdue, a.DueDate,
                $"{await people.NameAsync(a.Owner, cancellationToken)}, due {DateDisplay.Long(a.DueDate)}"));
        return Capped(tasks, "/Governance/Actions/Index", "more overdue actions");
    }

    /// <summary>Board members whose term ends within three months, and serving councillors whose training is overdue.</summary>
    private async Task<IReadOnlyList<HomeTask>> MemberTasksAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var soon = today.AddMonths(3);
        var ending = await db.BoardMembers.AsNoTracking().Where(b => b.TermEnd != null && b.TermEnd >= today && b.TermEnd <= soon && b.TermStart <= today)
            .OrderBy(b => b.TermEnd).ToListAsync(cancellationToken);
        var tasks = ending.Select(b => new HomeTask($"{b.Name}'s term on the board ends {DateDisplay.Long(b.TermEnd!.Value)}",
            links.To("/Governance/Members/Edit", new { id = b.Id }), b.TermEnd <= today.AddDays(DueWithinDays) ? TaskState.Due : TaskState.None, b.TermEnd,
            "Renew the term or find a replacement")).ToList();
        var overdue = (await MemberCompliance.ServingAsync(db, today, cancellationToken)).Where(s => s.Compliance.Status == ComplianceStatus.Overdue).ToList();
        if (overdue.Count > 0)
            tasks.Add(new HomeTask(overdue.Count == 1 ? $"{overdue[0].Member.Name}'s training is overdue" : $"{overdue.Count} members' training is overdue",
                links.To("/CorporateParents/Training/Index"), TaskState.Overdue, null, "Send reminders from the training page"));
        return tasks.Urgent();
    }
}
