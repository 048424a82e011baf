using CorporateParenting.Data;
using CorporateParenting.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Home.Panels;

/// <summary>
/// A service manager's home: the services they are assigned to (ADR 14, by name only: no child-level data on a home
/// page), the actions they own and the reports they owe.
/// </summary>
public sealed class ServiceManagerTasks(HubDbContext db, HomeLinks links, OwnedWork owned) : IHomePanel
{
    public async Task<HomePanel> BuildAsync(HomeViewer viewer, CancellationToken cancellationToken)
    {
        var services = viewer.UserId is null ? [] : await (from a in db.ServiceAssignments.AsNoTracking()
                                                          join s in db.Services.AsNoTracking() on a.ServiceId equals s.Id
                                                          where a.UserId == viewer.UserId
                                                          orderby s.Name
                                                          select s.Name).ToListAsync(cancellationToken);
        var yours = services.Select(s => new HomeTask(s, links.To("/Performance/Scorecard/Index"), Detail: "The scorecard opens the children of your service behind a figure")).ToList();
        return new HomePanel(HubRoles.ServiceManager, "Your service",
        [
            new TaskGroup("Your services", yours, "You are not assigned to a service yet: an administrator assigns you."),
            new TaskGroup("Actions you own", await owned.ActionsAsync(viewer, [], cancellationToken), $"No action of yours is overdue or due in the next {OwnedWork.DueWithinDays} days."),
            new TaskGroup("Reports you owe the board", await owned.PapersAsync(viewer, cancellationToken), "You owe the board no paper."),
        ]);
    }
}
