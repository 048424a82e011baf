using System.Net;
using System.Text.RegularExpressions;
using CorporateParenting.Data;
using CorporateParenting.Data.Audit;
using CorporateParenting.Data.Identity;
using CorporateParenting.Data.Services;
using CorporateParenting.Ssda903.Model;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Features.Performance;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Performance;

/// <summary>
/// Service managers signed in for real see their services' children only, in lists, exports and profiles; analysts
/// see everyone. Whether each child belongs is worked out here again from the 903, independently of the Hub's rules.
/// </summary>
public sealed partial class ServiceScopePageTests(PerformanceHub hub) : IClassFixture<PerformanceHub>
{
    private const int Year = 2026;
    private static readonly DateOnly YearStart = new(Year - 1, 4, 1), YearEnd = new(Year, 3, 31);

    private static bool OpenInYear(DateOnly start, DateOnly? end) => start <= YearEnd && (end is null || end > YearStart);
    private static bool LookedAfterInYear(Child c) => c.Episodes.Any(e => OpenInYear(e.Start, e.End));
    private static bool PlacedIn(Child c, params string[] codes) => c.Episodes.Any(e => OpenInYear(e.Start, e.End) && codes.Contains(e.Placement.Code));

    /// <summary>Each demo service, the figure whose children are listed, and who belongs, written out independently.</summary>
    public static TheoryData<string, string> Services => new()
    {
        { "Fostering", "cla_count" },
        { "Residential", "cla_count" },
        { "Virtual school", "cla_count" },
        { "Unaccompanied asylum-seeking children", "cla_count" },
        { "Leaving care", "care_leavers_19_21_in_touch" },
    };

    private static bool Belongs(string service, Child c) => service switch
    {
        "Fostering" => PlacedIn(c, "U1", "U2", "U3", "U4", "U5", "U6"),
        "Residential" => PlacedIn(c, "K1", "K2", "R1"),
        "Virtual school" => LookedAfterInYear(c) && c.AgeOn(YearEnd) is >= 5 and <= 15,
        "Unaccompanied asylum-seeking children" => (LookedAfterInYear(c) || c.Oc3.ContainsKey(Year)) && c.Uasc is { } u && (u.Ceased is null || u.Ceased > YearStart),
        "Leaving care" => c.Oc3.ContainsKey(Year),
        _ => throw new ArgumentOutOfRangeException(nameof(service)),
    };

    private Task<CouncilData> CouncilAsync() =>
        hub.WithScope(s => s.GetRequiredService<CouncilReturns>().CurrentAsync(s.GetRequiredService<HubDbContext>()));

    /// <summary>A new service manager assigned to the named services, signed in through the sign-in page.</summary>
    private async Task<(HttpClient Client, string Email)> ManagerOfAsync(params string[] services)
    {
        var email = $"manager-{Guid.NewGuid():N}@test.example";
        await hub.WithScope(async s =>
        {
            var users = s.GetRequiredService<UserManager<HubUser>>();
            var user = new HubUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Scoped manager" };
            Assert.True((await users.CreateAsync(user, HubFactory.DemoPassword)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, HubRoles.ServiceManager)).Succeeded);
            var db = s.GetRequiredService<HubDbContext>();
            foreach (var service in await db.Services.Where(x => services.Contains(x.Name)).ToListAsync())
                db.ServiceAssignments.Add(new ServiceAssignment { ServiceId = service.Id, UserId = user.Id });
            return await db.SaveChangesAsync();
        });
        var client = hub.CreateClient();
        (await Forms.SignInAsync(client, email, HubFactory.DemoPassword)).EnsureSuccessStatusCode();
        return (client, email);
    }

    /// <summary>Every child listed, across the list's pages (50 to a page).</summary>
    private static async Task<List<string>> ListedAsync(HttpClient client, string indicator)
    {
        var listed = new List<string>();
        for (var page = 1; ; page++)
        {
            using var response = await client.GetAsync($"/Performance/Children?Indicator={indicator}&Year={Year}&page={page}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            listed.AddRange(ProfileLink().Matches(html).Select(m => m.Groups[1].Value));
            if (!html.Contains("rel=\"next\"", StringComparison.Ordinal)) return listed;
        }
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task A_manager_lists_exactly_the_children_of_their_service_and_the_analyst_everyone(string service, string indicator)
    {
        var data = await CouncilAsync();
        using var analyst = hub.ClientAs(HubRoles.PerformanceAnalyst);
        var everyone = await ListedAsync(analyst, indicator);
        var (manager, _) = await ManagerOfAsync(service);
        using (manager)
        {
            var theirs = await ListedAsync(manager, indicator);
            var expected = everyone.Where(id => Belongs(service, data.Children.Find(id)!)).ToList();

            Assert.NotEmpty(expected);
            Assert.Equal(expected, theirs);
            // Behind the count of all looked-after children, every service holds some of them at most.
            var all = await ListedAsync(analyst, "cla_count");
            var theirsOfAll = await ListedAsync(manager, "cla_count");
            Assert.Equal(all.Where(id => Belongs(service, data.Children.Find(id)!)), theirsOfAll);
            Assert.True(theirsOfAll.Count < all.Count, $"{service} holds some looked-after children, not all");
            var csv = await manager.GetStringAsync($"/Performance/Children?handler=Csv&Indicator={indicator}&Year={Year}");
            var exported = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]).ToList();
            Assert.Equal(expected, exported);
        }
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task A_manager_opens_a_profile_in_their_service_and_gets_a_recorded_404_for_one_outside(string service, string indicator)
    {
        _ = indicator;
        var data = await CouncilAsync();
        var years = data.Years;
        // Outside: a child who belongs in no year held (profiles span every year, ADR 14).
        bool BelongsInAnyYear(Child c) => years.Any(y => InYear(service, c, y));
        var inside = data.Children.Children.First(c => Belongs(service, c));
        var outside = data.Children.Children.First(c => !BelongsInAnyYear(c));
        var (manager, email) = await ManagerOfAsync(service);
        using (manager)
        {
            using var allowed = await manager.GetAsync($"/Performance/Children/Profile/{inside.Id}");
            using var refused = await manager.GetAsync($"/Performance/Children/Profile/{outside.Id}");

            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
            Assert.DoesNotContain(outside.Id, await refused.Content.ReadAsStringAsync());
        }
        var events = await hub.WithScope(s => s.GetRequiredService<HubDbContext>().AuditEvents.Where(e => e.UserName == email).ToListAsync());
        Assert.Contains(events, e => e.Action == AuditAction.Read && e.EntityId == inside.Id);
        Assert.Contains(events, e => e.Action == AuditAction.Refused && e.EntityType == "Child profile" && e.EntityId == outside.Id);
    }

    /// <summary>The service's rule for another year, for the profile check.</summary>
    private static bool InYear(string service, Child c, int year)
    {
        var start = new DateOnly(year - 1, 4, 1);
        var end = new DateOnly(year, 3, 31);
        bool Open(DateOnly s, DateOnly? e) => s <= end && (e is null || e > start);
        bool Placed(params string[] codes) => c.Episodes.Any(e => Open(e.Start, e.End) && codes.Contains(e.Placement.Code));
        var lookedAfter = c.Episodes.Any(e => Open(e.Start, e.End));
        return service switch
        {
            "Fostering" => Placed("U1", "U2", "U3", "U4", "U5", "U6"),
            "Residential" => Placed("K1", "K2", "R1"),
            "Virtual school" => lookedAfter && c.AgeOn(end) is >= 5 and <= 15,
            "Unaccompanied asylum-seeking children" => (lookedAfter || c.Oc3.ContainsKey(year)) && c.Uasc is { } u && (u.Ceased is null || u.Ceased > start),
            "Leaving care" => c.Oc3.ContainsKey(year),
            _ => false,
        };
    }

    [Fact]
    public async Task The_virtual_school_boundary_a_child_of_15_is_listed_and_one_of_16_is_not()
    {
        var data = await CouncilAsync();
        using var analyst = hub.ClientAs(HubRoles.PerformanceAnalyst);
        var everyone = (await ListedAsync(analyst, "cla_count")).Select(id => data.Children.Find(id)!).ToList();
        var fifteen = everyone.First(c => c.AgeOn(YearEnd) == 15);
        var sixteen = everyone.First(c => c.AgeOn(YearEnd) == 16);
        var five = everyone.First(c => c.AgeOn(YearEnd) == 5);
        var four = everyone.First(c => c.AgeOn(YearEnd) == 4);
        var (manager, _) = await ManagerOfAsync("Virtual school");
        using (manager)
        {
            var theirs = await ListedAsync(manager, "cla_count");
            Assert.Contains(fifteen.Id, theirs);
            Assert.Contains(five.Id, theirs);
            Assert.DoesNotContain(sixteen.Id, theirs);
            Assert.DoesNotContain(four.Id, theirs);
        }
    }

    [Fact]
    public async Task A_manager_of_two_services_sees_both_and_an_unassigned_manager_sees_nobody()
    {
        var (both, _) = await ManagerOfAsync("Fostering", "Residential");
        var (fostering, _) = await ManagerOfAsync("Fostering");
        var (nobody, _) = await ManagerOfAsync();
        using (both) using (fostering) using (nobody)
        {
            var fromBoth = await ListedAsync(both, "cla_count");
            var fromFostering = await ListedAsync(fostering, "cla_count");
            Assert.True(fromBoth.Count > fromFostering.Count);
            Assert.All(fromFostering, id => Assert.Contains(id, fromBoth));
            Assert.Empty(await ListedAsync(nobody, "cla_count"));
            Assert.Contains("You are not assigned to a service yet", await nobody.GetStringAsync($"/Performance/Children?Indicator=cla_count&Year={Year}"));
        }
    }

    [Fact]
    public async Task The_demo_service_manager_runs_fostering_and_the_demo_has_each_kind_of_service()
    {
        var services = await hub.WithScope(s => s.GetRequiredService<HubDbContext>().Services.Include(x => x.Managers).ToListAsync());
        var manager = await hub.WithScope(s => s.GetRequiredService<UserManager<HubUser>>().FindByEmailAsync("manager@hub.example"));

        Assert.Equal(Enum.GetValues<ServiceRuleKind>().Order(), services.Select(s => s.Rule).Distinct().Order());
        Assert.Equal(["Fostering"], services.Where(s => s.Managers.Any(m => m.UserId == manager!.Id)).Select(s => s.Name));
    }

    [GeneratedRegex("href=\"/Performance/Children/Profile/([^\"]+)\"")]
    private static partial Regex ProfileLink();
}
