using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Web.Features.Governance.Papers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CorporateParenting.Web.Features.Governance.WorkProgramme;

/// <summary>One row of the work programme: a meeting and everything coming to it.</summary>
public sealed record ProgrammeRow(Meeting Meeting, IReadOnlyList<string> Reports, IReadOnlyList<string> StandingItems);

/// <summary>
/// The year's meetings with what comes to each: the papers already asked for, and the scheduled
/// reports not yet placed (so the programme is right before the board officer places them).
/// Confidential papers are left out: the programme is a public-facing document.
/// </summary>
public sealed class WorkProgrammeBuilder(HubDbContext db, IOptions<GovernanceOptions> options)
{
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken) =>
        (await db.Meetings.Select(m => m.Date).ToListAsync(cancellationToken)).Select(d => d.Year).Distinct().Order().ToList();

    public async Task<IReadOnlyList<ProgrammeRow>> BuildAsync(int year, CancellationToken cancellationToken)
    {
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var meetings = await db.Meetings.AsNoTracking().Include(m => m.Items).Where(m => m.Date >= first && m.Date <= last).OrderBy(m => m.Date).ToListAsync(cancellationToken);
        var ids = meetings.Select(m => m.Id).ToList();
        var requested = await db.ReportRequests.AsNoTracking().Where(r => ids.Contains(r.MeetingId) && !r.Confidential)
            .Select(r => new { r.MeetingId, r.ReportTypeId, r.Title }).ToListAsync(cancellationToken);
        var types = await db.ReportTypes.AsNoTracking().ToListAsync(cancellationToken);
        var placed = ReportingSchedule.Place(types, meetings, options.Value.PaperDeadlineDays)
            .Where(p => !requested.Any(r => r.MeetingId == p.Meeting.Id && r.ReportTypeId == p.Type.Id));
        return meetings.Select(m => new ProgrammeRow(
            m,
            requested.Where(r => r.MeetingId == m.Id).Select(r => r.Title).Concat(placed.Where(p => p.Meeting == m).Select(p => p.Type.Title)).Order().ToList(),
            m.Items.Where(i => i.IsStanding && !i.Confidential).OrderBy(i => i.Order).Select(i => i.Title).ToList())).ToList();
    }
}
