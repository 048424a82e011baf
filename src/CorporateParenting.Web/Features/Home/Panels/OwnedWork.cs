using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Data.Strategy;
using CorporateParenting.Web.Authorization.Records;
using CorporateParenting.Web.Infrastructure;
using CorporateParenting.Web.Infrastructure.People;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Home.Panels;

/// <summary>
/// What a named officer owes the board, shared by the working-group chair's and the service manager's panels:
/// the strategy actions they own (or whose priority they chair), the board's actions in their name, and their papers.
/// </summary>
public sealed class OwnedWork(HubDbContext db, HomeLinks links, PersonNames people)
{
    /// <summary>An action or a paper within this many days is "due".</summary>
    public const int DueWithinDays = 30;

    public async Task<IReadOnlyList<HomeTask>> ActionsAsync(HomeViewer viewer, IReadOnlyCollection<int> chairedPriorities, CancellationToken cancellationToken)
    {
        var today = viewer.Today;
        var soon = today.AddDays(DueWithinDays);
        var lower = viewer.Email.ToLowerInvariant();
        var strategy = await (from a in db.StrategyActions.AsNoTracking()
                              join aim in db.PriorityAims.AsNoTracking() on a.AimId equals aim.Id
                              join p in db.PriorityAreas.AsNoTracking() on aim.PriorityId equals p.Id
                              where a.Status != StrategyActionStatus.Done
                                    && ((a.OwnerEmail != null && a.OwnerEmail.ToLower() == lower) || chairedPriorities.Contains(p.Id))
                              orderby a.DueDate
                              select new { a.Id, a.Description, a.Owner, a.OwnerEmail, a.DueDate, Priority = p.Name }).ToListAsync(cancellationToken);
        var tasks = new List<HomeTask>();
        foreach (var a in strategy.Where(a => a.DueDate <= soon))
            tasks.Add(new HomeTask(a.Description, links.To("/Strategy/Actions/Show", new { id = a.Id }), a.DueDate < today ? TaskState.Overdue : TaskState.Due, a.DueDate,
                $"{a.Priority}; {await people.NameAsync(a.OwnerEmail, a.Owner, cancellationToken)}, due {DateDisplay.Long(a.DueDate)}"));

        // The board's own actions name their owner in words; the one signed in is the owner when it is their address or name.
        var name = await people.NameAsync(viewer.Email, cancellationToken);
        var board = (await db.BoardActions.AsNoTracking()
                .Where(a => (a.Status == ActionStatus.Open || a.Status == ActionStatus.InProgress) && a.DueDate <= soon).ToListAsync(cancellationToken))
            .Where(a => viewer.User.IsOwner(a.Owner) || string.Equals(a.Owner.Trim(), name, StringComparison.OrdinalIgnoreCase));
        foreach (var a in board)
            tasks.Add(new HomeTask(a.Description, links.To("/Governance/Actions/Show", new { id = a.Id }), a.IsOverdueOn(today) ? TaskState.Overdue : TaskState.Due, a.DueDate,
                $"Agreed by the board; due {DateDisplay.Long(a.DueDate)}"));
        return tasks.Urgent();
    }

    /// <summary>Papers the schedule names them for, not yet sent, for meetings still to come.</summary>
    public async Task<IReadOnlyList<HomeTask>> PapersAsync(HomeViewer viewer, CancellationToken cancellationToken)
    {
        var today = viewer.Today;
        var lower = viewer.Email.ToLowerInvariant();
        var papers = await (from r in db.ReportRequests.AsNoTracking()
                            join m in db.Meetings.AsNoTracking() on r.MeetingId equals m.Id
                            where r.ReceivedAtUtc == null && r.OwnerEmail != null && r.OwnerEmail.ToLower() == lower && m.Date >= today
                            orderby r.DueDate
                            select new { r.Id, r.Title, r.DueDate, Meeting = m.Date }).ToListAsync(cancellationToken);
        return papers.Select(p => new HomeTask($"Send your paper: {p.Title}", links.To("/Governance/Papers/Submit", new { id = p.Id }),
            p.DueDate < today ? TaskState.Overdue : p.DueDate <= today.AddDays(DueWithinDays) ? TaskState.Due : TaskState.None, p.DueDate,
            $"Due {DateDisplay.Long(p.DueDate)} for the meeting on {DateDisplay.Long(p.Meeting)}")).ToList().Urgent();
    }
}
