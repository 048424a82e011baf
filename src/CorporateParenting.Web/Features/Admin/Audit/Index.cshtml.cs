using CorporateParenting.Data;
using CorporateParenting.Data.Audit;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using CorporateParenting.Web.Infrastructure.Export;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Admin.Audit;

/// <summary>The audit trail, read-only: there is no handler here or anywhere that changes an audit event.</summary>
[Authorize(Policy = Capability.ViewAuditTrail)]
public sealed class IndexModel(HubDbContext db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public AuditFilter Filter { get; set; } = new();
    public IReadOnlyList<AuditEvent> Events { get; private set; } = [];
    public IReadOnlyList<string> EntityTypes { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Filter.Page = Math.Max(1, Filter.Page);
        var query = Filter.Apply(db.AuditEvents.AsNoTracking());
        Total = await query.CountAsync(cancellationToken);
        Events = await query.Skip((Filter.Page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        EntityTypes = await db.AuditEvents.Select(e => e.EntityType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var events = await Filter.Apply(db.AuditEvents.AsNoTracking()).ToListAsync(cancellationToken);
        return CsvDownload.Create(events.Select(e => new
        {
            When = DateDisplay.LongWithTime(e.OccurredAtUtc),
            WhenUtc = e.OccurredAtUtc.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            Who = e.UserName, e.UserId, Action = e.Action.ToString(), e.EntityType, e.EntityId, e.OldValues, e.NewValues,
        }), "audit-trail.csv");
    }
}
