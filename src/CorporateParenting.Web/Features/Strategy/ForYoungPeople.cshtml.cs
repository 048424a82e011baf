using CorporateParenting.Data;
using CorporateParenting.Data.Strategy;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Strategy;

/// <summary>The strategy for young people: each priority in plain words and what has been done, no officer jargon.</summary>
[Authorize(Policy = Capability.ViewStrategy)]
public sealed class ForYoungPeopleModel(HubDbContext db) : PageModel
{
    public sealed record Done(string What, string Impact);

    public StrategyPlan? Plan { get; private set; }
    public IReadOnlyList<(PriorityArea Priority, IReadOnlyList<Done> Done)> Priorities { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Plan = await db.Strategies.AsNoTracking().OrderByDescending(s => s.StartYear).FirstOrDefaultAsync(cancellationToken);
        if (Plan is null) return;
        var priorities = await db.PriorityAreas.AsNoTracking().Where(p => p.StrategyId == Plan.Id).OrderBy(p => p.Order).ToListAsync(cancellationToken);
        var achievements = (await db.Achievements.AsNoTracking().Where(a => a.PriorityId != null).OrderByDescending(a => a.Date).ToListAsync(cancellationToken)).ToLookup(a => a.PriorityId);
        Priorities = priorities.Select(p => (p, (IReadOnlyList<Done>)achievements[p.Id].Take(3)
            .Select(a => new Done(a.What, WorkingGroupReportBuilder.AchievementImpact(a))).ToList())).ToList();
    }
}
