using CorporateParenting.Data;
using CorporateParenting.Data.Strategy;
using CorporateParenting.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Home.Panels;

/// <summary>A working-group chair's home: the priorities they chair, the actions they own or oversee, the reports they owe.</summary>
public sealed class WorkingGroupChairTasks(HubDbContext db, HomeLinks links, OwnedWork owned) : IHomePanel
{
    public async Task<HomePanel> BuildAsync(HomeViewer viewer, CancellationToken cancellationToken)
    {
        var lower = viewer.Email.ToLowerInvariant();
        var chaired = await db.PriorityAreas.AsNoTracking().Where(p => p.ChairEmail != null && p.ChairEmail.ToLower() == lower)
            .OrderBy(p => p.Order).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        var ids = chaired.Select(p => p.Id).ToList();
        var counts = await (from a in db.StrategyActions.AsNoTracking()
                            join aim in db.PriorityAims.AsNoTracking() on a.AimId equals aim.Id
                            where ids.Contains(aim.PriorityId)
                            select new { aim.PriorityId, a.Status, a.DueDate }).ToListAsync(cancellationToken);
        var priorities = chaired.Select(p =>
        {
            var actions = counts.Where(c => c.PriorityId == p.Id).ToList();
            var overdue = actions.Count(a => a.Status != StrategyActionStatus.Done && a.DueDate < viewer.Today);
            return new HomeTask(p.Name, links.To("/Strategy/Priorities/Show", new { id = p.Id }), overdue > 0 ? TaskState.Overdue : TaskState.None, null,
                $"{Plural(actions.Count, "action")}, {actions.Count(a => a.Status == StrategyActionStatus.Done)} done, {overdue} overdue");
        }).ToList();
        return new HomePanel(HubRoles.WorkingGroupChair, "Your working group",
        [
            new TaskGroup("The priorities you chair", priorities, "You do not chair a priority's working group yet."),
            new TaskGroup("Actions you own or oversee", await owned.ActionsAsync(viewer, ids, cancellationToken), $"No action of yours is overdue or due in the next {OwnedWork.DueWithinDays} days."),
            new TaskGroup("Reports you owe the board", await owned.PapersAsync(viewer, cancellationToken), "You owe the board no paper."),
        ]);
    }

    internal static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";
}
