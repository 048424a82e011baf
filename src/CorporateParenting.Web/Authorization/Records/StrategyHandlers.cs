using CorporateParenting.Data.Strategy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace CorporateParenting.Web.Authorization.Records;

/// <summary>
/// ADR 11: the board officer shapes everything; a working-group chair runs the action plan of a priority
/// whose chair e-mail is theirs. Holding UpdateStrategy is necessary but not enough.
/// </summary>
public sealed class PriorityHandler : AuthorizationHandler<OperationAuthorizationRequirement, PriorityArea>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, PriorityArea priority)
    {
        if (requirement.Name == nameof(RecordOperations.RunPriority) && Runs(context.User, priority)) context.Succeed(requirement);
        return Task.CompletedTask;
    }

    internal static bool Runs(System.Security.Claims.ClaimsPrincipal user, PriorityArea priority) =>
        user.Holds(Capability.ManageStrategy) || (user.Holds(Capability.UpdateStrategy) && user.IsOwner(priority.ChairEmail));
}

/// <summary>An action: the board officer, the priority's chair, or the action's owner (a service manager, by e-mail).</summary>
public sealed class StrategyActionHandler : AuthorizationHandler<OperationAuthorizationRequirement, ActionInPriority>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, ActionInPriority record)
    {
        var user = context.User;
        if (requirement.Name == nameof(RecordOperations.UpdateStrategyAction)
            && (PriorityHandler.Runs(user, record.Priority) || (user.Holds(Capability.UpdateStrategy) && user.IsOwner(record.Action.OwnerEmail))))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
