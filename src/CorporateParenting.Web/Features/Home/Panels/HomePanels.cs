using CorporateParenting.Web.Authorization;

namespace CorporateParenting.Web.Features.Home.Panels;

/// <summary>Each role's panel, in the order a person with several roles sees them.</summary>
public static class HomePanels
{
    public static readonly IReadOnlyList<(string Role, Type Panel)> ByRole =
    [
        (HubRoles.BoardOfficer, typeof(BoardOfficerTasks)),
        (HubRoles.WorkingGroupChair, typeof(WorkingGroupChairTasks)),
        (HubRoles.ServiceManager, typeof(ServiceManagerTasks)),
        (HubRoles.PerformanceAnalyst, typeof(AnalystTasks)),
        (HubRoles.ParticipationOfficer, typeof(ParticipationTasks)),
        (HubRoles.BoardMember, typeof(BoardMemberHome)),
        (HubRoles.YoungPerson, typeof(YoungPersonHome)),
        (HubRoles.Administrator, typeof(AdministratorTasks)),
    ];

    public static IServiceCollection AddHomePanels(this IServiceCollection services)
    {
        services.AddScoped<HomeLinks>();
        services.AddScoped<OwnedWork>();
        foreach (var (_, panel) in ByRole) services.AddScoped(panel);
        return services;
    }
}
