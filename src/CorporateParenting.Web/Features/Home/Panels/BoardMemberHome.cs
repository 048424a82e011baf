using System.Text.Json;
using CorporateParenting.Data;
using CorporateParenting.Data.Audit;
using CorporateParenting.Data.CorporateParents;
using CorporateParenting.Data.Governance;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Authorization.Records;
using CorporateParenting.Web.Features.CorporateParents.Training;
using CorporateParenting.Web.Features.CorporateParents.Visits;
using CorporateParenting.Web.Features.Performance.Scorecard;
using CorporateParenting.Web.Infrastructure;
using CorporateParenting.Web.Infrastructure.People;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Home.Panels;

/// <summary>
/// A board member's home: the next meeting with its pack and the papers new since their last visit, their own
/// training, pen picture and visits due, the scorecard's changes since the last meeting (the suppressed view only)
/// and the actions the board is waiting on.
/// </summary>
public sealed class BoardMemberHome(HubDbContext db, ScorecardBuilder scorecard, HomeLinks links, PersonNames people) : IHomePanel
{
    /// <summary>How many lines a group shows before "and N more" sends the member to the full list.</summary>
    private const int Shown = 5;

    public async Task<HomePanel> BuildAsync(HomeViewer viewer, CancellationToken cancellationToken)
    {
        var groups = new List<TaskGroup>
        {
            await NextMeetingAsync(viewer, cancellationToken),
            await YoursAsync(viewer, cancellationToken),
            await ScorecardChangesAsync(viewer, cancellationToken),
            await WaitingOnAsync(viewer, cancellationToken),
        };
        return new HomePanel(HubRoles.BoardMember, "Your board work", groups);
    }

    /// <summary>The member's previous visit: the sign-in before this one, from the audit trail (none: every paper is new).</summary>
    public static async Task<DateTime?> LastVisitAsync(HubDbContext db, string? userId, CancellationToken cancellationToken) =>
        userId is null ? null
        : await db.AuditEvents.AsNoTracking().Where(e => e.Action == AuditAction.SignedIn && e.UserId == userId)
            .OrderByDescending(e => e.OccurredAtUtc).Skip(1).Select(e => (DateTime?)e.OccurredAtUtc).FirstOrDefaultAsync(cancellationToken);

    private async Task<TaskGroup> NextMeetingAsync(HomeViewer viewer, CancellationToken cancellationToken)
    {
        var next = await db.Meetings.AsNoTracking()
            .Where(m => m.Date >= viewer.Today && (m.Status == MeetingStatus.Planned || m.Status == MeetingStatus.AgendaPublished))
            .OrderBy(m => m.Date).FirstOrDefaultAsync(cancellationToken);
        if (next is null) return new TaskGroup("Your next meeting", [], "No board meeting is planned yet.");

        var tasks = new List<HomeTask>
        {
            new($"Board meeting on {DateDisplay.Long(next.Date)} at {DateDisplay.Time(next.StartTime)}", links.To("/Governance/Meetings/Show", new { id = next.Id }),
                TaskState.None, next.Date, next.Place + (next.Theme is null ? "" : $". Theme: {next.Theme}")),
        };
        var lastVisit = await LastVisitAsync(db, viewer.UserId, cancellationToken);
        var pack = await db.IssuedPacks.AsNoTracking().Where(p => p.MeetingId == next.Id && !p.Restricted)
            .OrderByDescending(p => p.Number).Select(p => new { p.Number, p.IssuedAtUtc }).FirstOrDefaultAsync(cancellationToken);
        var packLink = links.To("/Governance/Pack/Index", new { id = next.Id });
        tasks.Add(pack is null
            ? new HomeTask("The board pack has not been issued yet", packLink, Detail: "It goes out once the papers are in.")
            : new HomeTask(pack.Number == 0 ? "Read the board pack" : $"Read the board pack and supplementary pack {pack.Number}", packLink,
                lastVisit is null || pack.IssuedAtUtc > lastVisit ? TaskState.New : TaskState.None, next.Date, $"Issued {DateDisplay.LongWithTime(pack.IssuedAtUtc)}"));

        var canSeeConfidential = viewer.User.Holds(Capability.ManageBoard);
        var papers = await db.ReportRequests.AsNoTracking()
            .Where(r => r.MeetingId == next.Id && r.ReceivedAtUtc != null && (!r.Confidential || canSeeConfidential))
            .Select(r => new { r.Id, r.Title, r.Owner, r.OwnerEmail, ReceivedAtUtc = r.ReceivedAtUtc!.Value }).ToListAsync(cancellationToken);
        var fresh = papers.Where(p => lastVisit is null || p.ReceivedAtUtc > lastVisit).OrderByDescending(p => p.ReceivedAtUtc).ToList();
        foreach (var paper in fresh.Take(Shown))
            tasks.Add(new HomeTask($"New paper: {paper.Title}", links.To("/Governance/Papers/Show", new { id = paper.Id }), TaskState.New, null,
                $"From {await people.NameAsync(paper.OwnerEmail, paper.Owner, cancellationToken)}, received {DateDisplay.LongWithTime(paper.ReceivedAtUtc)}"));
        if (fresh.Count > Shown)
            tasks.Add(new HomeTask($"{fresh.Count - Shown} more new papers for this meeting", links.To("/Governance/Meetings/Show", new { id = next.Id }), TaskState.New));
        return new TaskGroup("Your next meeting", tasks, "");
    }

    private async Task<TaskGroup> YoursAsync(HomeViewer viewer, CancellationToken cancellationToken)
    {
        var tasks = new List<HomeTask>();
        var lower = viewer.Email.ToLowerInvariant();
        var member = await db.CouncilMembers.AsNoTracking().FirstOrDefaultAsync(m => m.Email != null && m.Email.ToLower() == lower, cancellationToken);
        if (member is not null)
        {
            var compliance = await MemberCompliance.ForAsync(db, member, viewer.Today, cancellationToken);
            if (compliance.Status != ComplianceStatus.UpToDate)
                tasks.Add(new HomeTask($"Your training is {compliance.Words.ToLowerInvariant()}", links.To("/CorporateParents/Me/Index"),
                    compliance.Status == ComplianceStatus.Overdue ? TaskState.Overdue : TaskState.Due, null, string.Join("; ", compliance.Reasons)));
            var picture = await db.PenPictures.AsNoTracking().Where(p => p.CouncilMemberId == member.Id)
                .OrderByDescending(p => p.Version).FirstOrDefaultAsync(cancellationToken);
            if (picture?.Status == PenPictureStatus.AwaitingApproval)
                tasks.Add(new HomeTask("Approve your pen picture", links.To("/CorporateParents/PenPictures/Mine"), TaskState.Due, null,
                    $"Version {picture.Version}, sent to you {(picture.SentForApprovalAtUtc is { } sent ? DateDisplay.Long(sent) : "for approval")}. Young people see nothing until you approve it."));
        }
        // Homes are not shared out among members: the member sees their own last visit and one line for the homes the board
        // owes a visit, not every home as though it were theirs.
        var (everyMonths, homes) = await VisitCoverage.LoadAsync(db, viewer.Today, cancellationToken);
        var overdue = homes.Count(h => h.Overdue);
        var dueSoon = homes.Count(h => !h.Overdue && h.DueBy <= viewer.Today.AddMonths(1));
        if (overdue + dueSoon > 0)
        {
            var lastOwn = member is null ? null : await db.MemberVisits.AsNoTracking()
                .Where(v => v.Members.Any(a => a.CouncilMemberId == member.Id)).OrderByDescending(v => v.Date)
                .Select(v => new { v.Date, Home = db.CareSettings.Where(h => h.Id == v.CareSettingId).Select(h => h.Name).FirstOrDefault() })
                .FirstOrDefaultAsync(cancellationToken);
            var homesDue = overdue + dueSoon == 1 ? "1 home is" : $"{overdue + dueSoon} homes are";
            tasks.Add(new HomeTask($"{homesDue} due a members' visit", links.To("/CorporateParents/Visits/Coverage"), overdue > 0 ? TaskState.Overdue : TaskState.Due, null,
                (lastOwn is null ? "You have not been on a visit yet" : $"Your last visit: {lastOwn.Home}, {DateDisplay.Long(lastOwn.Date)}")
                + $"; homes are visited every {everyMonths} months"));
        }
        return new TaskGroup("Your training, pen picture and visits", tasks.Urgent(), "Nothing is due from you.");
    }

    /// <summary>Ratings that changed since the scorecard published for the last meeting, from the suppressed view only.</summary>
    private async Task<TaskGroup> ScorecardChangesAsync(HomeViewer viewer, CancellationToken cancellationToken)
    {
        const string heading = "The scorecard since the last meeting";
        var published = await db.PublishedScorecards.AsNoTracking().Where(p => p.MeetingDate <= viewer.Today)
            .OrderByDescending(p => p.MeetingDate).ThenByDescending(p => p.PublishedAtUtc).FirstOrDefaultAsync(cancellationToken);
        var now = await scorecard.BuildAsync(null, suppress: true, cancellationToken);
        if (published is null || now.Lines.Count == 0)
            return new TaskGroup(heading, [], "No scorecard has been published for a meeting yet.");
        var then = JsonSerializer.Deserialize<Scorecard>(published.Suppressed)!.Lines.ToDictionary(l => l.Key);
        var changes = ScorecardChanges.Between(then, now.Lines)
            .Select(c => new HomeTask($"{c.Now.Name}: {c.Now.RagLabel.ToLowerInvariant()}, was {c.Then.RagLabel.ToLowerInvariant()}",
                links.To("/Performance/Scorecard/Indicator", new { key = c.Now.Key }), TaskState.New, null,
                $"{c.Now.This.Text} in the year to March {c.Now.This.Year}")).ToList();
        var tasks = changes.Take(Shown).ToList();
        if (changes.Count > Shown) tasks.Add(new HomeTask($"{changes.Count - Shown} more changes: the whole scorecard", links.To("/Performance/Scorecard/Index")));
        return new TaskGroup(heading, tasks, $"No rating has changed since the scorecard for the meeting on {DateDisplay.Long(published.MeetingDate)}.");
    }

    private async Task<TaskGroup> WaitingOnAsync(HomeViewer viewer, CancellationToken cancellationToken)
    {
        var canSeeConfidential = viewer.User.Holds(Capability.ManageBoard);
        var open = await db.BoardActions.AsNoTracking()
            .Where(a => (a.Status == ActionStatus.Open || a.Status == ActionStatus.InProgress) && a.DueDate < viewer.Today && (!a.Confidential || canSeeConfidential))
            .OrderBy(a => a.DueDate).ToListAsync(cancellationToken);
        var tasks = new List<HomeTask>();
        foreach (var action in open.Take(Shown))
            tasks.Add(new HomeTask(action.Description, links.To("/Governance/Actions/Show", new { id = action.Id }), TaskState.Overdue, action.DueDate,
                $"{await people.NameAsync(action.Owner, cancellationToken)}, due {DateDisplay.Long(action.DueDate)}"));
        if (open.Count > Shown) tasks.Add(new HomeTask($"{open.Count - Shown} more overdue actions: the action log", links.To("/Governance/Actions/Index")));
        return new TaskGroup("Actions the board is waiting on", tasks, "No action agreed by the board is overdue.");
    }
}

/// <summary>The scorecard lines whose rating moved between two views of the same (suppressed) scorecard.</summary>
public static class ScorecardChanges
{
    public sealed record Change(ScorecardLine Then, ScorecardLine Now);

    public static IReadOnlyList<Change> Between(IReadOnlyDictionary<string, ScorecardLine> then, IEnumerable<ScorecardLine> now) =>
        now.Where(l => then.TryGetValue(l.Key, out var before) && before.Rating != l.Rating)
            .Select(l => new Change(then[l.Key], l))
            // Worse news first: a move to red before a move to green.
            .OrderByDescending(c => c.Now.Rating == Data.Strategy.Rag.Red).ThenBy(c => c.Now.Name).ToList();
}
