using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Authorization.Records;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Governance.Papers;

/// <summary>A paper's cover sheet and file. A confidential paper is, for anyone else, a page that does not exist.</summary>
[Authorize(Policy = Capability.ViewBoard)]
public sealed class ShowModel(HubDbContext db, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    public ReportRequest Paper { get; private set; } = null!;
    public Meeting Meeting { get; private set; } = null!;
    public bool MaySubmit { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetFileAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || !Paper.IsReceived) return NotFound();
        var content = await db.ReportRequests.Where(r => r.Id == Id).Select(r => r.Content).SingleAsync(cancellationToken);
        return File(content!, UploadedFile.TypeOf(Paper.FileName!), Paper.FileName);   // by extension: a stored claim may not even parse
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await db.ReportRequests.AsNoTracking().Select(PaperRequests.WithoutContent).SingleOrDefaultAsync(r => r.Id == Id, cancellationToken) is not { } paper) return false;
        if (!(await authorization.AuthorizeAsync(User, paper, RecordOperations.ReadPaper)).Succeeded) return false;
        Paper = paper;
        await PaperPledge.DescribeInPlaceAsync(db, [paper], cancellationToken);
        Meeting = await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == paper.MeetingId, cancellationToken);
        MaySubmit = (await authorization.AuthorizeAsync(User, paper, RecordOperations.SubmitPaper)).Succeeded;
        Today = clock.UkToday();
        return true;
    }
}
