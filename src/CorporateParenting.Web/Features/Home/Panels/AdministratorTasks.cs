using CorporateParenting.Data;
using CorporateParenting.Data.Audit;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Home.Panels;

/// <summary>The administrator's home: users, invitations not yet taken up, and the security events of the last week.</summary>
public sealed class AdministratorTasks(HubDbContext db, HomeLinks links) : IHomePanel
{
    public const int SecurityDays = 7;
    private const int Shown = 5;

    public async Task<HomePanel> BuildAsync(HomeViewer viewer, CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking()
            .Select(u => new { u.Id, u.DisplayName, u.IsDisabled, Invited = u.PasswordHash == null && !u.EmailConfirmed, u.CreatedAtUtc }).ToListAsync(cancellationToken);
        var active = users.Count(u => !u.IsDisabled && !u.Invited);
        var summary = new List<HomeTask>
        {
            new($"{active:#,0} active users, {users.Count(u => u.IsDisabled):#,0} disabled", links.To("/Admin/Users/Index"), Detail: "Add a user, change roles or disable an account"),
        };
        var invited = users.Where(u => u.Invited && !u.IsDisabled).OrderBy(u => u.CreatedAtUtc).ToList();
        var pending = invited.Take(Shown).Select(u => new HomeTask($"{u.DisplayName} has not yet chosen a password", links.To("/Admin/Users/Edit", new { id = u.Id }),
            u.CreatedAtUtc < viewer.NowUtc.AddDays(-SecurityDays) ? TaskState.Overdue : TaskState.Due, null, $"Invited {DateDisplay.LongWithTime(u.CreatedAtUtc)}; send the invitation again if it has expired")).ToList();
        if (invited.Count > Shown) pending.Add(new HomeTask($"{invited.Count - Shown} more invitations", links.To("/Admin/Users/Index")));

        var since = viewer.NowUtc.AddDays(-SecurityDays);
        var events = await db.AuditEvents.AsNoTracking()
            .Where(e => e.OccurredAtUtc >= since && (e.Action == AuditAction.SignInFailed || e.Action == AuditAction.Refused))
            .GroupBy(e => e.Action).Select(g => new { g.Key, Count = g.Count(), Last = g.Max(e => e.OccurredAtUtc) }).ToListAsync(cancellationToken);
        var audit = links.To("/Admin/Audit/Index");
        var security = events.OrderBy(e => e.Key).Select(e => new HomeTask($"{e.Count:#,0} {(e.Key == AuditAction.SignInFailed ? "failed sign-ins" : "refused requests for a child outside the viewer's services")}",
            $"{audit}?Action={e.Key}&From={DateOnly.FromDateTime(since):yyyy-MM-dd}", TaskState.New, null, $"The latest {DateDisplay.LongWithTime(e.Last)}")).ToList();

        return new HomePanel(HubRoles.Administrator, "Your administration",
        [
            new TaskGroup("Users", summary, ""),
            new TaskGroup("Invitations not yet taken up", pending, "Everyone invited has chosen a password."),
            new TaskGroup($"Security events in the last {SecurityDays} days", security, $"No failed sign-in or refused request in the last {SecurityDays} days."),
        ]);
    }
}
