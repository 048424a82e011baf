using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CorporateParenting.Web.Features.Governance.Papers;

/// <summary>The reporting schedule: who reports what and when, and each meeting's papers due, received and overdue.</summary>
[Authorize(Policy = Capability.ViewBoard)]
public sealed class IndexModel(HubDbContext db, IAuthorizationService authorization, TimeProvider clock, IOptions<GovernanceOptions> options) : PageModel
{
    public sealed class TypeInput
    {
        public string? Title { get; set; }
        public string? Owner { get; set; }
        public string? OwnerEmail { get; set; }
        public ReportFrequency Frequency { get; set; } = ReportFrequency.TwiceAYear;
        public string? MonthsDue { get; set; }
        public bool FromYouthGroup { get; set; }
    }

    [BindProperty] public TypeInput NewType { get; set; } = new();
    public IReadOnlyList<ReportType> Types { get; private set; } = [];
    public IReadOnlyList<(Meeting Meeting, IReadOnlyList<ReportRequest> Papers)> ByMeeting { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public bool MayManage { get; private set; }
    public string? Email { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!MayManage) return Forbid();
        if (!ModelState.IsValid) return Page();   // ReportTypeChecks
        var months = ReportingSchedule.ParseMonths(NewType.MonthsDue)!;

        db.ReportTypes.Add(new ReportType
        {
            Title = NewType.Title!.Trim(), Owner = NewType.Owner!.Trim(), OwnerEmail = NewType.OwnerEmail.EmailOrNull(),
            Frequency = NewType.Frequency, MonthsDue = string.Join(',', months!), FromYouthGroup = NewType.FromYouthGroup,
        });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = $"\"{NewType.Title.Trim()}\" added to the schedule. Place it on the meetings when you are ready.";
        return RedirectToPage();
    }

    /// <summary>Puts every scheduled report on the agenda of the meeting it is due at; running it again adds nothing twice.</summary>
    public async Task<IActionResult> OnPostPlaceAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!MayManage) return Forbid();
        var open = await db.Meetings.Include(m => m.Items)
            .Where(m => m.Date >= Today && (m.Status == MeetingStatus.Planned || m.Status == MeetingStatus.AgendaPublished)).ToListAsync(cancellationToken);
        var existing = (await db.ReportRequests.Where(r => r.ReportTypeId != null).Select(r => new { r.MeetingId, r.ReportTypeId }).ToListAsync(cancellationToken))
            .Select(r => (r.MeetingId, r.ReportTypeId!.Value)).ToHashSet();
        var added = 0;
        foreach (var placement in ReportingSchedule.Place(Types, open, options.Value.PaperDeadlineDays).Where(p => !existing.Contains((p.Meeting.Id, p.Type.Id))))
        {
            var item = new AgendaItem
            {
                Title = placement.Type.Title, Presenter = placement.Type.Owner, Purpose = ItemPurpose.Discussion,
                Order = placement.Meeting.Items.Select(i => i.Order).DefaultIfEmpty().Max() + 1,
            };
            placement.Meeting.Items.Add(item);
            db.ReportRequests.Add(PaperRequests.For(placement.Type, placement.Meeting, item, placement.DueDate));
            added++;
        }
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = added == 0 ? "Every scheduled report is already on its meeting." : $"{added} scheduled report{(added == 1 ? "" : "s")} placed on the agendas.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Today = clock.UkToday();
        MayManage = (await authorization.AuthorizeAsync(User, Capability.ManageBoard)).Succeeded;
        Email = User.Identity?.Name;
        Types = await db.ReportTypes.AsNoTracking().OrderBy(t => t.Title).ToListAsync(cancellationToken);
        var requests = await db.ReportRequests.AsNoTracking().Where(r => MayManage || !r.Confidential)
            .Select(PaperRequests.WithoutContent).ToListAsync(cancellationToken);
        var meetings = await db.Meetings.AsNoTracking().Where(m => requests.Select(r => r.MeetingId).Contains(m.Id)).OrderBy(m => m.Date).ToListAsync(cancellationToken);
        ByMeeting = meetings.Select(m => (m, (IReadOnlyList<ReportRequest>)requests.Where(r => r.MeetingId == m.Id).OrderBy(r => r.DueDate).ThenBy(r => r.Title).ToList())).ToList();
    }
}
