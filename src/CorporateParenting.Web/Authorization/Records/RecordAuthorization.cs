using Microsoft.AspNetCore.Authorization;

namespace CorporateParenting.Web.Authorization.Records;

public static class RecordAuthorization
{
    /// <summary>The per-record handlers; stateless, so one of each serves every request.</summary>
    public static IServiceCollection AddRecordAuthorization(this IServiceCollection services) => services
        .AddSingleton<IAuthorizationHandler, PaperHandler>()
        .AddSingleton<IAuthorizationHandler, BoardActionHandler>()
        .AddSingleton<IAuthorizationHandler, PriorityHandler>()
        .AddSingleton<IAuthorizationHandler, StrategyActionHandler>();
}
