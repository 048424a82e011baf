using CorporateParenting.Data;
using CorporateParenting.Data.Audit;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using CorporateParenting.Web.Infrastructure.Paging;
using CorporateParenting.Web.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Admin.Audit;

/// <summary>The audit trail, read-only: there is no handler here or anywhere that changes an audit event.</summary>
[Authorize(Policy = Capability.ViewAuditTrail)]
public sealed class IndexModel(HubDbContext db, IAuthorizationService authorization, ChildDataReadAudit audit) : PageModel
{
    // From the query only: the route's own "page" value would otherwise bind to the filter on a bare /Admin/Audit.
    [BindProperty(SupportsGet = true), FromQuery] public AuditFilter Filter { get; set; } = new();
    public IReadOnlyList<AuditRow> Events { get; private set; } = [];
    /// <summary>Whether this reader sees which children were read, or only how many (ADR 14).</summary>
    public bool SeesChildIds { get; private set; }
    public IReadOnlyList<string> EntityTypes { get; private set; } = [];
    public Paging Paging { get; private set; } = Paging.For(1, 0);
    /// <summary>The shared GOV.UK pagination; its links keep the filters of the query string.</summary>
    public PageLinks Pages => PageLinks.ForRequest(Request, Paging, "audit entries");

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = Filter.Apply(db.AuditEvents.AsNoTracking());
        Paging = Paging.For(Paging.Requested(Request), await query.CountAsync(cancellationToken));
        Filter.Page = Paging.Page;
        SeesChildIds = await SeesChildIdsAsync();
        Events = (await Paging.Of(query).ToListAsync(cancellationToken)).Select(e => AuditPrivacy.ForReader(e, SeesChildIds)).ToList();
        EntityTypes = await db.AuditEvents.Select(e => e.EntityType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
        // Reading the trail is recorded after the query, so the reader sees the trail as it was when they opened it.
        await audit.RecordAuditReadAsync("Audit trail", new { filter = Filter.RouteValues(), entries = Events.Count, childIds = SeesChildIds ? "shown" : "withheld" }, cancellationToken);
    }

    private async Task<bool> SeesChildIdsAsync() => (await authorization.AuthorizeAsync(User, Capability.ViewAllChildren)).Succeeded;

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var seesChildIds = await SeesChildIdsAsync();
        var events = (await Filter.Apply(db.AuditEvents.AsNoTracking()).ToListAsync(cancellationToken)).Select(e => AuditPrivacy.ForReader(e, seesChildIds)).ToList();
        await audit.RecordAuditReadAsync("Audit trail CSV export", new { filter = Filter.RouteValues(), entries = events.Count, childIds = seesChildIds ? "shown" : "withheld" }, cancellationToken);
        return CsvDownload.Create(events.Select(e => new
        {
            When = DateDisplay.LongWithTime(e.OccurredAtUtc),
            WhenUtc = e.OccurredAtUtc.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            Who = e.UserName, e.UserId, Action = e.ActionName, e.EntityType, e.EntityId, e.OldValues, e.NewValues,
        }), "audit-trail.csv");
    }
}
