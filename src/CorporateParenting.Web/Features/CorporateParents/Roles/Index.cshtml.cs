using CorporateParenting.Data;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.CorporateParents.Roles;

/// <summary>Champion roles and nominations: who holds each role now, who held it before, and the meeting that decided.</summary>
[Authorize(Policy = Capability.ViewCorporateParents)]
public sealed class IndexModel(HubDbContext db, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<RoleHolders.RoleView> Roles { get; private set; } = [];
    public bool CanManage { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Roles = await RoleHolders.ListAsync(db, clock.UkToday(), cancellationToken);
        CanManage = (await authorization.AuthorizeAsync(User, Capability.ManageCorporateParents)).Succeeded;
    }
}
