using CorporateParenting.Data;
using CorporateParenting.Data.CorporateParents;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.CorporateParents.Decisions;

/// <summary>The corporate-parenting checks on cabinet and budget proposals, newest first, the changed ones marked and counted.</summary>
[Authorize(Policy = Capability.ViewCorporateParents)]
public sealed class IndexModel(HubDbContext db, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<DecisionCheck> Checks { get; private set; } = [];
    public bool CanManage { get; private set; }

    public static string Of(DecisionMaker maker) => maker switch
    {
        DecisionMaker.Cabinet => "Cabinet",
        DecisionMaker.FullCouncil => "Full council",
        DecisionMaker.Budget => "Budget setting",
        DecisionMaker.Committee => "A committee",
        _ => "An officer under delegated powers",
    };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanManage = (await authorization.AuthorizeAsync(User, Capability.ManageCorporateParents)).Succeeded;
        Checks = await db.DecisionChecks.AsNoTracking().OrderByDescending(c => c.DecidedOn).ThenBy(c => c.Proposal).ToListAsync(cancellationToken);
    }
}
