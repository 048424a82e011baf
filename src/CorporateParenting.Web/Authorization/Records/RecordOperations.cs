using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace CorporateParenting.Web.Authorization.Records;

/// <summary>
/// What may be done to one record, beyond the page's capability (ADR 18). Used as
/// <c>authorization.AuthorizeAsync(User, record, RecordOperations.SubmitPaper)</c>; each record type has one handler.
/// </summary>
public static class RecordOperations
{
    /// <summary>A <c>ReportRequest</c>: a confidential paper is seen only by the board officer and its owner.</summary>
    public static readonly OperationAuthorizationRequirement ReadPaper = new() { Name = nameof(ReadPaper) };
    /// <summary>A <c>ReportRequest</c>: the board officer, or its owner when they submit papers.</summary>
    public static readonly OperationAuthorizationRequirement SubmitPaper = new() { Name = nameof(SubmitPaper) };
    /// <summary>A <c>BoardAction</c>: one agreed on a confidential item is seen only by the board officer.</summary>
    public static readonly OperationAuthorizationRequirement ReadBoardAction = new() { Name = nameof(ReadBoardAction) };
    /// <summary>A <c>BoardAction</c>: those who update actions (it has an owner's name, not an address).</summary>
    public static readonly OperationAuthorizationRequirement UpdateBoardAction = new() { Name = nameof(UpdateBoardAction) };
    /// <summary>A <c>PriorityArea</c>: the board officer, or its chair, runs its action plan.</summary>
    public static readonly OperationAuthorizationRequirement RunPriority = new() { Name = nameof(RunPriority) };
    /// <summary>An <see cref="ActionInPriority"/>: the board officer, the action's owner or the priority's chair.</summary>
    public static readonly OperationAuthorizationRequirement UpdateStrategyAction = new() { Name = nameof(UpdateStrategyAction) };
}

/// <summary>A strategy action with the priority it serves: its chair may update it as well as its owner.</summary>
public sealed record ActionInPriority(Data.Strategy.StrategyAction Action, Data.Strategy.PriorityArea Priority);
