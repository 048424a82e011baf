using CorporateParenting.Data;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.CorporateParents.Roles;

/// <summary>Each role with who holds it on a day and who held it before, with the meeting and resolution that decided it.</summary>
public static class RoleHolders
{
    public sealed record Holder(int NominationId, int MemberId, string Member, DateOnly StartsOn, DateOnly? EndsOn, DateOnly? MeetingOn, string? Resolution);
    public sealed record RoleView(int Id, string Title, string? Description, int? TermMonths, bool Active, IReadOnlyList<Holder> Now, IReadOnlyList<Holder> Before, IReadOnlyList<Holder> Later);

    public static async Task<IReadOnlyList<RoleView>> ListAsync(HubDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var roles = await db.ChampionRoles.AsNoTracking().OrderByDescending(r => r.Active).ThenBy(r => r.Title).ToListAsync(cancellationToken);
        var holders = (await (from n in db.Nominations.AsNoTracking()
                              join m in db.CouncilMembers.AsNoTracking() on n.CouncilMemberId equals m.Id
                              join meeting in db.Meetings.AsNoTracking() on n.MeetingId equals (int?)meeting.Id into meetings
                              from meeting in meetings.DefaultIfEmpty()
                              join r in db.Resolutions.AsNoTracking() on n.ResolutionId equals (int?)r.Id into resolutions
                              from r in resolutions.DefaultIfEmpty()
                              select new { n.RoleId, n.Id, MemberId = m.Id, m.Name, n.StartsOn, n.EndsOn, MeetingOn = (DateOnly?)meeting.Date, ResolutionYear = (int?)r.Year, ResolutionNumber = (int?)r.Number, ResolutionText = r.Text })
                             .ToListAsync(cancellationToken))
            .Select(h => (h.RoleId, Holder: new Holder(h.Id, h.MemberId, h.Name, h.StartsOn, h.EndsOn, h.MeetingOn,
                h.ResolutionYear is { } y ? $"{y}/{h.ResolutionNumber:00}: {h.ResolutionText}" : null)))
            .ToLookup(h => h.RoleId, h => h.Holder);
        return roles.Select(r =>
        {
            var all = holders[r.Id].ToList();
            return new RoleView(r.Id, r.Title, r.Description, r.TermMonths, r.Active,
                all.Where(h => h.StartsOn <= today && (h.EndsOn is null || h.EndsOn >= today)).OrderBy(h => h.Member).ToList(),
                all.Where(h => h.EndsOn < today).OrderByDescending(h => h.EndsOn).ToList(),
                all.Where(h => h.StartsOn > today).OrderBy(h => h.StartsOn).ToList());
        }).ToList();
    }
}
