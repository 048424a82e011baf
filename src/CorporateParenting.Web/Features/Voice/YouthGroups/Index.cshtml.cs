using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Data.Voice;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Voice.YouthGroups;

/// <summary>The youth groups and, for each board meeting of the year, where each group's report is.</summary>
[Authorize(Policy = Capability.ViewVoice)]
public sealed class IndexModel(HubDbContext db, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public IReadOnlyList<YouthGroup> Groups { get; private set; } = [];
    public IReadOnlyList<Meeting> Meetings { get; private set; } = [];
    public IReadOnlyList<YouthGroupReport> Reports { get; private set; } = [];
    public bool MayManage { get; private set; }
    public bool MayWrite { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = clock.UkToday();
        Groups = await db.YouthGroups.AsNoTracking().OrderByDescending(g => g.Active).ThenBy(g => g.MinAge).ThenBy(g => g.Name).ToListAsync(cancellationToken);
        // The board's year: meetings from a year back to the next two to come.
        Meetings = await db.Meetings.AsNoTracking().Where(m => m.Date >= Today.AddYears(-1)).OrderBy(m => m.Date).ToListAsync(cancellationToken);
        Meetings = Meetings.Where(m => m.Date < Today).Concat(Meetings.Where(m => m.Date >= Today).Take(2)).ToList();
        var ids = Meetings.Select(m => m.Id).ToList();
        Reports = await db.YouthGroupReports.AsNoTracking().Where(r => ids.Contains(r.MeetingId)).ToListAsync(cancellationToken);
        MayManage = (await authorization.AuthorizeAsync(User, Capability.ManageVoice)).Succeeded;
        MayWrite = (await authorization.AuthorizeAsync(User, Capability.SubmitYouthReports)).Succeeded;
    }

    public YouthGroupReport? ReportOf(YouthGroup group, Meeting meeting) => Reports.FirstOrDefault(r => r.YouthGroupId == group.Id && r.MeetingId == meeting.Id);

    /// <summary>A report can still be written for a meeting to come whose record is open.</summary>
    public bool CanWriteFor(Meeting meeting) => MayWrite && !meeting.IsApproved && meeting.Date >= Today;
}
