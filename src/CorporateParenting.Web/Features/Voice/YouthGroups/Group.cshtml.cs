using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Data.Voice;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Voice.YouthGroups;

/// <summary>One youth group: who it is for, its own meetings, and its reports to the board.</summary>
[Authorize(Policy = Capability.ViewVoice)]
public sealed class GroupModel(HubDbContext db, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    public YouthGroup Group { get; private set; } = null!;
    public IReadOnlyList<(YouthGroupReport Report, Meeting Meeting)> Reports { get; private set; } = [];
    public bool MayManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await db.YouthGroups.AsNoTracking().Include(g => g.Meetings).SingleOrDefaultAsync(g => g.Id == Id, cancellationToken) is not { } group) return NotFound();
        Group = group;
        Reports = (await (from r in db.YouthGroupReports.AsNoTracking() join m in db.Meetings.AsNoTracking() on r.MeetingId equals m.Id
                          where r.YouthGroupId == Id select new { r, m }).ToListAsync(cancellationToken))
            .OrderByDescending(x => x.m.Date).Select(x => (x.r, x.m)).ToList();
        MayManage = (await authorization.AuthorizeAsync(User, Capability.ManageVoice)).Succeeded;
        return Page();
    }
}
