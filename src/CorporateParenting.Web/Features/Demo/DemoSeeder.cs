using CorporateParenting.Data;
using CorporateParenting.Data.Identity;
using CorporateParenting.Data.Services;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Demo;

/// <summary>
/// Seeds the wholly synthetic demo council: one account per role, named &lt;role&gt;@hub.example,
/// all with the password in "Demo:Password". Runs only when "Demo:Seed" is true.
/// </summary>
public sealed class DemoSeeder(UserManager<HubUser> users, HubDbContext db, IConfiguration configuration, ILogger<DemoSeeder> logger) : IDemoSeeder
{
    public const string Domain = "hub.example";

    public static string EmailFor(RoleInfo role) => $"{role.DemoAccount}@{Domain}";

    /// <summary>A person's name for each demo account, as pages show people (ADR 33); the board member is the demo councillor.</summary>
    public static string NameFor(RoleInfo role) => role.Name switch
    {
        HubRoles.Administrator => "Dana Whitfield",
        HubRoles.BoardOfficer => "Priya Sharma",
        HubRoles.PerformanceAnalyst => "Tom Okafor",
        HubRoles.ServiceManager => "Helen Marsh",
        HubRoles.WorkingGroupChair => "Mark Ellis",
        HubRoles.BoardMember => CorporateParents.DemoCorporateParentsSeeder.DemoMemberName,
        HubRoles.ParticipationOfficer => "Jo Kinsella",
        HubRoles.YoungPerson => "Kai",
        _ => $"Demo {role.DisplayName.ToLowerInvariant()}",
    };

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var password = configuration["Demo:Password"];
        if (string.IsNullOrWhiteSpace(password))
            throw new InvalidOperationException("Demo:Seed is true but Demo:Password is not set.");

        foreach (var role in HubRoles.All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var email = EmailFor(role);
            if (await users.FindByEmailAsync(email) is not null) continue;
            var user = new HubUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = NameFor(role) };
            RoleSeeder.Check(await users.CreateAsync(user, password), email);
            RoleSeeder.Check(await users.AddToRoleAsync(user, role.Name), email);
        }
        logger.LogInformation("Demo accounts ready for {RoleCount} roles", HubRoles.All.Count);
        await SeedServicesAsync(cancellationToken);
    }

    /// <summary>The council's services as scopes over the 903 (ADR 14); the demo service manager runs fostering.</summary>
    public static IReadOnlyList<Service> DemoServices() =>
    [
        new() { Name = "Fostering", Rule = ServiceRuleKind.PlacementTypes, PlacementCodes = "U1,U2,U3,U4,U5,U6" },
        new() { Name = "Residential", Rule = ServiceRuleKind.PlacementTypes, PlacementCodes = "K1,K2,R1" },
        new() { Name = "Leaving care", Rule = ServiceRuleKind.CareLeavers },
        new() { Name = "Virtual school", Rule = ServiceRuleKind.AgeAtYearEnd, MinAge = 5, MaxAge = 15 },
        new() { Name = "Unaccompanied asylum-seeking children", Rule = ServiceRuleKind.Uasc },
    ];

    private async Task SeedServicesAsync(CancellationToken cancellationToken)
    {
        if (await db.Services.AnyAsync(cancellationToken)) return;
        var services = DemoServices();
        var manager = await users.FindByEmailAsync(EmailFor(HubRoles.All.Single(r => r.Name == HubRoles.ServiceManager)));
        if (manager is not null) services[0].Managers.Add(new ServiceAssignment { UserId = manager.Id });
        db.Services.AddRange(services);
        await db.SaveChangesAsync(cancellationToken);
    }
}
