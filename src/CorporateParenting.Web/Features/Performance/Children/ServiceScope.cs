using System.Security.Claims;
using CorporateParenting.Data;
using CorporateParenting.Data.Audit;
using CorporateParenting.Data.Services;
using CorporateParenting.Ssda903.Model;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Performance.Children;

/// <summary>
/// The children one viewer may see: everyone (analysts, <see cref="Capability.ViewAllChildren"/>) or the children of
/// the services they are assigned to. Every page and export that lists or shows children asks this, so no page
/// decides for itself (ADR 14).
/// </summary>
public sealed class ChildScope
{
    private readonly IReadOnlyList<Service>? _services;

    private ChildScope(IReadOnlyList<Service>? services) => _services = services;

    public static ChildScope Everyone { get; } = new(null);

    public static ChildScope Of(IReadOnlyList<Service> services) => new(services);

    public bool IsEveryone => _services is null;

    /// <summary>The viewer's services (none for a viewer who sees everyone, or a manager not yet assigned).</summary>
    public IReadOnlyList<Service> Services => _services ?? [];

    /// <summary>The child belongs to one of the viewer's services in that collection year.</summary>
    public bool Includes(Child child, int year) => _services is null || _services.Any(s => ServiceRules.Includes(s, child, year));

    /// <summary>For a child's whole record: they belonged to one of the viewer's services in any year held.</summary>
    public bool IncludesInAnyYear(Child child, IEnumerable<int> years) => _services is null || years.Any(y => Includes(child, y));

    /// <summary>A child named by id only (a rule failure's CHILD): a child the 903 does not know is nobody's.</summary>
    public bool Includes(ChildIndex children, string? childId, int year) =>
        _services is null || childId is not null && children.Find(childId) is { } child && Includes(child, year);
}

/// <summary>Finds the signed-in viewer's <see cref="ChildScope"/> and records refusals.</summary>
public sealed class ViewerScope(HubDbContext db, IHttpContextAccessor http, IAuthorizationService authorization, ChildDataReadAudit audit)
{
    private ChildScope? _current;

    public async Task<ChildScope> CurrentAsync(CancellationToken cancellationToken = default)
    {
        if (_current is not null) return _current;
        if (http.HttpContext?.User is not { Identity.IsAuthenticated: true } user) return _current = ChildScope.Of([]);
        if ((await authorization.AuthorizeAsync(user, Capability.ViewAllChildren)).Succeeded) return _current = ChildScope.Everyone;
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var services = await db.Services.AsNoTracking().Where(s => s.Managers.Any(m => m.UserId == userId)).OrderBy(s => s.Name).ToListAsync(cancellationToken);
        return _current = ChildScope.Of(services);
    }

    /// <summary>Records that the viewer asked for children outside their services; the page then answers 404.</summary>
    public Task RefuseAsync(string whatWasAskedFor, IReadOnlyCollection<string> childIds, CancellationToken cancellationToken = default) =>
        audit.RecordRefusedAsync(whatWasAskedFor, childIds, cancellationToken);
}
