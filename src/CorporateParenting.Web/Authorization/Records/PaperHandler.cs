using CorporateParenting.Data.Governance;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace CorporateParenting.Web.Authorization.Records;

/// <summary>A paper: its owner is whoever is signed in with the e-mail address the schedule names.</summary>
public sealed class PaperHandler : AuthorizationHandler<OperationAuthorizationRequirement, ReportRequest>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, ReportRequest paper)
    {
        var user = context.User;
        var allowed = requirement.Name switch
        {
            nameof(RecordOperations.ReadPaper) => user.Holds(Capability.ViewBoard) && (!paper.Confidential || user.Holds(Capability.ManageBoard) || user.IsOwner(paper.OwnerEmail)),
            nameof(RecordOperations.SubmitPaper) => user.Holds(Capability.ManageBoard) || (user.Holds(Capability.SubmitPapers) && user.IsOwner(paper.OwnerEmail)),
            _ => false,
        };
        if (allowed) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
