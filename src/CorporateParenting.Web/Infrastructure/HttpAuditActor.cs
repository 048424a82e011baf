using System.Security.Claims;
using CorporateParenting.Data.Audit;

namespace CorporateParenting.Web.Infrastructure;

/// <summary>The signed-in user of the current request, or "system" outside a request.</summary>
public sealed class HttpAuditActor(IHttpContextAccessor accessor) : IAuditActor
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;
    public string? UserId => User?.FindFirstValue(ClaimTypes.NameIdentifier);
    public string? UserName => User?.Identity?.Name ?? (accessor.HttpContext is null ? SystemAuditActor.Instance.UserName : null);
}
