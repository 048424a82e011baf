using System.Security.Claims;
using CorporateParenting.Data;
using CorporateParenting.Data.Strategy;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Strategy;

/// <summary>
/// Who may change what (ADR 11): the board officer anything; a working-group chair the action plan of a
/// priority whose chair e-mail is theirs; a service manager an action whose owner e-mail is theirs.
/// </summary>
public sealed class StrategyAccess(HubDbContext db, IAuthorizationService authorization)
{
    public async Task<bool> ManagesAsync(ClaimsPrincipal user) => (await authorization.AuthorizeAsync(user, Capability.ManageStrategy)).Succeeded;

    /// <summary>Confidential recommendations: only those who run the strategy.</summary>
    public async Task<bool> SeesConfidentialAsync(ClaimsPrincipal user) => (await authorization.AuthorizeAsync(user, Capability.UpdateStrategy)).Succeeded;

    public async Task<bool> MayEditPriorityAsync(ClaimsPrincipal user, PriorityArea priority) =>
        await ManagesAsync(user) || (await MayUpdateAsync(user) && SameEmail(user, priority.ChairEmail));

    public async Task<bool> MayEditActionAsync(ClaimsPrincipal user, StrategyAction action)
    {
        if (await ManagesAsync(user)) return true;
        if (!await MayUpdateAsync(user)) return false;
        if (SameEmail(user, action.OwnerEmail)) return true;
        var chairEmail = await db.PriorityAims.Where(a => a.Id == action.AimId)
            .Join(db.PriorityAreas, a => a.PriorityId, p => p.Id, (a, p) => p.ChairEmail).SingleOrDefaultAsync();
        return SameEmail(user, chairEmail);
    }

    /// <summary>The ids of the priorities this user may edit (all of them for the board officer).</summary>
    public async Task<HashSet<int>> EditablePrioritiesAsync(ClaimsPrincipal user)
    {
        var priorities = await db.PriorityAreas.AsNoTracking().ToListAsync();
        var mine = new HashSet<int>();
        foreach (var p in priorities) if (await MayEditPriorityAsync(user, p)) mine.Add(p.Id);
        return mine;
    }

    private async Task<bool> MayUpdateAsync(ClaimsPrincipal user) => (await authorization.AuthorizeAsync(user, Capability.UpdateStrategy)).Succeeded;

    private static bool SameEmail(ClaimsPrincipal user, string? email) =>
        !string.IsNullOrWhiteSpace(email) && (string.Equals(user.Identity?.Name, email, StringComparison.OrdinalIgnoreCase)
            || string.Equals(user.FindFirstValue(ClaimTypes.Email), email, StringComparison.OrdinalIgnoreCase));
}
