using System.Net;
using CorporateParenting.Data;
using CorporateParenting.Data.Services;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Pages;

/// <summary>An administrator defines services from the 903 and assigns service managers (ADR 14).</summary>
public sealed class ServiceAdministrationTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private Task<List<Service>> ServicesAsync() =>
        hub.WithScope(s => s.GetRequiredService<HubDbContext>().Services.AsNoTracking().Include(x => x.Managers).ToListAsync());

    private Task<string> ManagerIdAsync() =>
        hub.WithScope(s => s.GetRequiredService<HubDbContext>().Users.Where(u => u.Email == "manager@hub.example").Select(u => u.Id).SingleAsync());

    [Fact]
    public async Task The_services_page_lists_the_demo_services_with_their_rules_and_managers()
    {
        using var admin = hub.ClientAs(HubRoles.Administrator);
        var html = await admin.GetStringAsync("/Admin/Services");

        Assert.Contains("Fostering", html);
        Assert.Contains("Placed in U1, U2, U3, U4, U5, U6 at any time in the year", html);
        Assert.Contains("aged 5 to 15 at 31 March", html);
        Assert.Contains(DemoSeeder.NameFor(HubRoles.All.Single(r => r.Name == HubRoles.ServiceManager)), html);
    }

    [Fact]
    public async Task A_service_is_added_with_its_rule_and_managers_and_then_deleted()
    {
        using var admin = hub.ClientAs(HubRoles.Administrator);
        var managerId = await ManagerIdAsync();
        using var saved = await Forms.PostAsync(admin, "/Admin/Services/Edit",
            [new("Input.Name", "Supported accommodation"), new("Input.Rule", "PlacementTypes"), new("Input.PlacementCodes", "K3"), new("Input.PlacementCodes", "H5"),
             new("Input.MinAge", "9"), new("Input.ManagerIds", managerId)], "Save");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var service = (await ServicesAsync()).Single(s => s.Name == "Supported accommodation");
        Assert.Equal(ServiceRuleKind.PlacementTypes, service.Rule);
        Assert.Equal("H5,K3", service.PlacementCodes);
        Assert.Null(service.MinAge);   // ages are not part of a placement rule
        Assert.Equal([managerId], service.Managers.Select(m => m.UserId));

        using var deleted = await Forms.PostAsync(admin, $"/Admin/Services/Edit/{service.Id}", [], "Delete");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.DoesNotContain(await ServicesAsync(), s => s.Name == "Supported accommodation");
    }

    public static TheoryData<string, string[], string> Mistakes => new()
    {
        { "no rule", ["Input.Name=Edge of care"], "Select which children the service serves" },
        { "no name", ["Input.Name=", "Input.Rule=Uasc"], "Enter the service&#x27;s name" },
        { "same name", ["Input.Name=fostering", "Input.Rule=Uasc"], "There is already a service called fostering" },
        { "no placement", ["Input.Name=Edge of care", "Input.Rule=PlacementTypes"], "Select at least one placement type" },
        { "unknown placement", ["Input.Name=Edge of care", "Input.Rule=PlacementTypes", "Input.PlacementCodes=X9"], "X9 is not a 903 placement type" },
        { "no ages", ["Input.Name=Edge of care", "Input.Rule=AgeAtYearEnd"], "Enter the youngest age the service serves" },
        { "ages reversed", ["Input.Name=Edge of care", "Input.Rule=AgeAtYearEnd", "Input.MinAge=15", "Input.MaxAge=5"], "The oldest age must be the same as or more than the youngest age" },
        { "age too high", ["Input.Name=Edge of care", "Input.Rule=CareLeavers", "Input.MaxAge=40"], "The oldest age must be from 0 to 25" },
        { "not a manager", ["Input.Name=Edge of care", "Input.Rule=Uasc", "Input.ManagerIds=someone"], "Select service managers from the list" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task A_mistake_gets_a_specific_error_and_saves_nothing(string mistake, string[] fields, string error)
    {
        _ = mistake;
        using var admin = hub.ClientAs(HubRoles.Administrator);
        var before = (await ServicesAsync()).Count;
        using var response = await Forms.PostAsync(admin, "/Admin/Services/Edit",
            fields.Select(f => f.Split('=', 2)).Select(p => new KeyValuePair<string, string>(p[0], p[1])), "Save");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("There is a problem", html);
        Assert.Contains(error, html);
        Assert.Equal(before, (await ServicesAsync()).Count);
    }

    [Theory]
    [InlineData(HubRoles.ServiceManager)]
    [InlineData(HubRoles.PerformanceAnalyst)]
    public async Task Only_administrators_manage_services(string role)
    {
        using var client = hub.ClientAs(role);
        using var response = await client.GetAsync("/Admin/Services");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
