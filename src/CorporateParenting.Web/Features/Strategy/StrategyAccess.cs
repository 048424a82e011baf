using System.Security.Claims;
using CorporateParenting.Data;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Authorization.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Strategy;

/// <summary>
/// Who may change what (ADR 11), for pages that list: the per-record rules themselves are the handlers
/// in Authorization/Records (ADR 18).
/// </summary>
public sealed class StrategyAccess(HubDbContext db, IAuthorizationService authorization)
{
    public async Task<bool> ManagesAsync(ClaimsPrincipal user) => (await authorization.AuthorizeAsync(user, Capability.ManageStrategy)).Succeeded;

    /// <summary>Confidential recommendations: only those who run the strategy.</summary>
    public async Task<bool> SeesConfidentialAsync(ClaimsPrincipal user) => (await authorization.AuthorizeAsync(user, Capability.UpdateStrategy)).Succeeded;

    /// <summary>The ids of the priorities this user may edit (all of them for the board officer).</summary>
    public async Task<HashSet<int>> EditablePrioritiesAsync(ClaimsPrincipal user)
    {
        var priorities = await db.PriorityAreas.AsNoTracking().ToListAsync();
        var mine = new HashSet<int>();
        foreach (var p in priorities) if ((await authorization.AuthorizeAsync(user, p, RecordOperations.RunPriority)).Succeeded) mine.Add(p.Id);
        return mine;
    }
}
