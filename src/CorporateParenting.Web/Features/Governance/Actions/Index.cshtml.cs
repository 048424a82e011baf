using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Documents;
using CorporateParenting.Web.Infrastructure;
using CorporateParenting.Web.Infrastructure.Paging;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Governance.Actions;

/// <summary>The action log across all meetings: overdue actions first, then by due date.</summary>
[Authorize(Policy = Capability.ViewBoard)]
public sealed class IndexModel(HubDbContext db, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public sealed record Row(BoardAction Action, DateOnly AgreedAt, bool Overdue);

    /// <summary>The log grows with every meeting: 50 to a page (ADR 35); the CSV and Excel hold every action.</summary>
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = Paging.For(1, 0);
    public PageLinks Pages => PageLinks.ForRequest(Request, Paging, "actions");

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var all = await LoadAsync(cancellationToken);
        Paging = Paging.For(Paging.Requested(Request), all.Count);
        Rows = Paging.Of(all);
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) =>
        CsvDownload.Create(Export(await LoadAsync(cancellationToken)), "action-log.csv");

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken cancellationToken) =>
        ExcelDownload.Create(Export(await LoadAsync(cancellationToken)), "action-log.xlsx", "Action log");

    private async Task<List<Row>> LoadAsync(CancellationToken cancellationToken)
    {
        var today = clock.UkToday();
        var meetings = await db.Meetings.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Date, cancellationToken);
        var seesConfidential = (await authorization.AuthorizeAsync(User, Capability.ManageBoard)).Succeeded;
        var actions = await db.BoardActions.AsNoTracking().Where(a => seesConfidential || !a.Confidential).ToListAsync(cancellationToken);
        return actions.Select(a => new Row(a, meetings[a.MeetingId], a.IsOverdueOn(today)))
            .OrderByDescending(r => r.Overdue).ThenBy(r => r.Action.Status is ActionStatus.Done or ActionStatus.Dropped).ThenBy(r => r.Action.DueDate).ToList();
    }

    private static IEnumerable<object> Export(IEnumerable<Row> rows) => rows.Select(r => new
    {
        r.Action.Id, Action = r.Action.Description, r.Action.Owner, AgreedAt = DateDisplay.Iso(r.AgreedAt),
        Due = DateDisplay.Iso(r.Action.DueDate), FirstDue = DateDisplay.Iso(r.Action.OriginalDueDate),
        Status = DisplayWords.Of(r.Action.Status), Overdue = r.Overdue ? "Yes" : "No",
    });
}
