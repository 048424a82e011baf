using CorporateParenting.Data;
using CorporateParenting.Data.CorporateParents;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.CorporateParents.Visits;

/// <summary>Every active home, its last members' visit and whether it is overdue against the council's rule.</summary>
public static class VisitCoverage
{
    public sealed record Row(CareSetting Home, DateOnly? LastVisit, DateOnly DueBy, bool Overdue);

    /// <param name="asAt">Count only visits made by then, for coverage as it stood on a past day (the annual report's year end).</param>
    public static async Task<(int EveryMonths, List<Row> Rows)> LoadAsync(HubDbContext db, DateOnly today, CancellationToken cancellationToken, bool asAt = false)
    {
        var months = (await db.CorporateParentingRules.AsNoTracking().FirstOrDefaultAsync(cancellationToken))?.VisitEveryMonths ?? new CorporateParentingRules().VisitEveryMonths;
        var homes = await db.CareSettings.AsNoTracking().Where(h => h.Active).ToListAsync(cancellationToken);
        var last = await db.MemberVisits.AsNoTracking().Where(v => !asAt || v.Date <= today).GroupBy(v => v.CareSettingId)
            .Select(g => new { Home = g.Key, Last = g.Max(v => v.Date) }).ToDictionaryAsync(x => x.Home, x => x.Last, cancellationToken);
        var rows = homes.Select(h =>
        {
            DateOnly? visited = last.TryGetValue(h.Id, out var d) ? d : null;
            // Never visited: due at once, so it heads the list.
            var dueBy = visited?.AddMonths(months) ?? today;
            return new Row(h, visited, dueBy, visited is null || dueBy < today);
        }).OrderByDescending(r => r.Overdue).ThenBy(r => r.DueBy).ThenBy(r => r.Home.Name).ToList();
        return (months, rows);
    }
}
