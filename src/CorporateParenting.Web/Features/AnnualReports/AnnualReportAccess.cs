using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using System.Security.Claims;

namespace CorporateParenting.Web.Features.AnnualReports;

/// <summary>Who may write the narrative and approve: the board officer, and a board member only if they are the current chair.</summary>
public sealed class AnnualReportAccess(IAuthorizationService authorization, AnnualReportWorkflow workflow)
{
    public sealed record Rights(bool IsOfficer, bool IsChair)
    {
        public bool MayWriteNarrative => IsOfficer || IsChair;
    }

    public async Task<Rights> OfAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var officer = (await authorization.AuthorizeAsync(user, Capability.ManageAnnualReport)).Succeeded;
        var chair = (await authorization.AuthorizeAsync(user, Capability.ApproveAnnualReport)).Succeeded
            && await workflow.IsChairAsync(user.Identity?.Name, cancellationToken);
        return new Rights(officer, chair);
    }
}
