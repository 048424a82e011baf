using CorporateParenting.Data.Governance;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace CorporateParenting.Web.Authorization.Records;

/// <summary>An action in the board's log: withheld like its confidential item; updated by those who update actions.</summary>
public sealed class BoardActionHandler : AuthorizationHandler<OperationAuthorizationRequirement, BoardAction>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, BoardAction action)
    {
        var user = context.User;
        var mayRead = user.Holds(Capability.ViewBoard) && (!action.Confidential || user.Holds(Capability.ManageBoard));
        var allowed = requirement.Name switch
        {
            nameof(RecordOperations.ReadBoardAction) => mayRead,
            nameof(RecordOperations.UpdateBoardAction) => mayRead && user.Holds(Capability.UpdateActions),
            _ => false,
        };
        if (allowed) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
