using CorporateParenting.Data;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using CorporateParenting.Web.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CorporateParenting.Web.Features.Governance.WorkProgramme;

/// <summary>The year's work programme on one page, and as Excel, Word and an iCalendar file.</summary>
[Authorize(Policy = Capability.ViewBoard)]
public sealed class IndexModel(WorkProgrammeBuilder builder, HubDbContext db, TimeProvider clock, IOptions<HubOptions> hub) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<ProgrammeRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return ExcelDownload.Create(Rows.Select(r => new
        {
            Date = DateDisplay.Long(r.Meeting.Date), Time = r.Meeting.StartTime.ToString("HH:mm"), r.Meeting.Place, Theme = r.Meeting.Theme ?? "",
            Reports = string.Join("; ", r.Reports), StandingItems = string.Join("; ", r.StandingItems),
        }), $"work-programme-{Year}.xlsx", "Work programme");
    }

    public async Task<IActionResult> OnGetWordAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var rows = Rows.Select(r => (IReadOnlyList<string>)[
            $"{DateDisplay.Long(r.Meeting.Date)}, {DateDisplay.Time(r.Meeting.StartTime)}, {r.Meeting.Place}",
            r.Meeting.Theme ?? "", string.Join("\n", r.Reports), string.Join("\n", r.StandingItems)]).ToList();
        var document = new Documents.PackDocument($"Work programme {Year}", $"{hub.Value.CouncilName}\nCorporate Parenting Board", false,
            [new Documents.PackSection("Meetings and what comes to each", [new Documents.PackTable($"Work programme {Year}", ["Meeting", "Theme", "Reports", "Standing items"], rows)])]);
        return File(Documents.PackWordRenderer.Render(document, null), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"work-programme-{Year}.docx");
    }

    /// <summary>Every meeting, past and planned, for a calendar app to import.</summary>
    public async Task<IActionResult> OnGetCalendarAsync(CancellationToken cancellationToken)
    {
        var meetings = await db.Meetings.AsNoTracking().OrderBy(m => m.Date).ToListAsync(cancellationToken);
        var ics = MeetingCalendar.Write(meetings, hub.Value.CouncilName, hub.Value.LinkTo(""));
        return File(System.Text.Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", "board-meetings.ics");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Years = await builder.YearsAsync(cancellationToken);
        var thisYear = clock.UkToday().Year;
        if (Year is < 1 or > 9998) Year = null;   // a hand-typed year outside the calendar shows this year
        Year ??= Years.Contains(thisYear) ? thisYear : Years.LastOrDefault(thisYear);
        Rows = await builder.BuildAsync(Year.Value, cancellationToken);
    }
}
