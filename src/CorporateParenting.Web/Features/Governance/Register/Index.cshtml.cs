using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Governance.Register;

/// <summary>Attendance over a year, by member and by category: the figures the annual report to scrutiny quotes.</summary>
[Authorize(Policy = Capability.ViewBoard)]
public sealed class IndexModel(HubDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Tally(string Name, int Meetings, int Present, int Substitute, int Apologies, int Absent)
    {
        /// <summary>Present in person or represented, as a whole percentage of the meetings recorded.</summary>
        public int? Percent => Meetings == 0 ? null : (int)Math.Round(100.0 * (Present + Substitute) / Meetings);
    }

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)] public int? Year { get; set; }
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<(Tally Tally, MemberCategory Category)> ByMember { get; private set; } = [];
    public IReadOnlyList<Tally> ByCategory { get; private set; } = [];
    public int MeetingsRecorded { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Years = (await db.Meetings.Select(m => m.Date).ToListAsync(cancellationToken)).Select(d => d.Year).Distinct().Order().ToList();
        var thisYear = clock.UkToday().Year;
        if (Year is < 1 or > 9998) Year = null;   // a hand-typed year outside the calendar shows this year
        Year ??= Years.Contains(thisYear) ? thisYear : Years.LastOrDefault(thisYear);
        var (first, last) = (new DateOnly(Year.Value, 1, 1), new DateOnly(Year.Value, 12, 31));
        var records = await (from a in db.Attendances.AsNoTracking()
                             join m in db.Meetings.AsNoTracking() on a.MeetingId equals m.Id
                             join b in db.BoardMembers.AsNoTracking() on a.BoardMemberId equals b.Id
                             where m.Date >= first && m.Date <= last
                             select new { a.MeetingId, a.Status, b.Name, b.Category }).ToListAsync(cancellationToken);
        MeetingsRecorded = records.Select(r => r.MeetingId).Distinct().Count();
        Tally Count(string name, IEnumerable<AttendanceStatus> statuses)
        {
            var list = statuses.ToList();
            return new Tally(name, list.Count, list.Count(s => s == AttendanceStatus.Present), list.Count(s => s == AttendanceStatus.Substitute),
                list.Count(s => s == AttendanceStatus.Apologies), list.Count(s => s == AttendanceStatus.Absent));
        }
        ByMember = records.GroupBy(r => (r.Name, r.Category)).OrderBy(g => g.Key.Name)
            .Select(g => (Count(g.Key.Name, g.Select(r => r.Status)), g.Key.Category)).ToList();
        ByCategory = records.GroupBy(r => r.Category).OrderBy(g => g.Key)
            .Select(g => Count(DisplayWords.Of(g.Key), g.Select(r => r.Status))).ToList();
    }
}
