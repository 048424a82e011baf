using CorporateParenting.Data;
using CorporateParenting.Data.Audit;
using CorporateParenting.Data.Identity;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Pages;

/// <summary>Which children were read is child-level data: the trail shows it only to whoever may see every child (ADR 14).</summary>
public sealed class AuditPrivacyTests : IClassFixture<DemoHub>, IAsyncLifetime
{
    private readonly DemoHub _hub;
    private const string ReadChild = "C777001", RefusedChild = "C777002", OtherChild = "C777003";

    public AuditPrivacyTests(DemoHub hub) => _hub = hub;

    public async Task InitializeAsync() => await _hub.WithScope(async s =>
    {
        var audit = s.GetRequiredService<ChildDataReadAudit>();
        await audit.RecordAsync("Child profile", [ReadChild]);
        await audit.RecordAsync("Children behind cla_count 2026", [ReadChild, OtherChild]);
        await audit.RecordRefusedAsync("Child profile", [RefusedChild]);
        return 0;
    });

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_administrator_sees_how_many_child_records_were_read_but_not_whose()
    {
        using var admin = _hub.ClientAs(HubRoles.Administrator);
        var page = await admin.GetStringAsync("/Admin/Audit");
        var csv = await admin.GetStringAsync("/Admin/Audit?handler=Csv");

        foreach (var text in new[] { page, csv })
        {
            Assert.DoesNotContain(ReadChild, text);
            Assert.DoesNotContain(RefusedChild, text);
            Assert.DoesNotContain(OtherChild, text);
            Assert.Contains("1 child record", text);
            Assert.Contains("2 child records", text);
        }
        Assert.Contains("Child profile", page);
        Assert.Contains("Refused (outside the user", page);
    }

    [Fact]
    public async Task Someone_who_may_see_every_child_and_the_trail_sees_whose_records_were_read()
    {
        var email = $"admin-analyst-{Guid.NewGuid():N}@test.example";
        await _hub.WithScope(async s =>
        {
            var users = s.GetRequiredService<UserManager<HubUser>>();
            var user = new HubUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Data protection lead" };
            Assert.True((await users.CreateAsync(user, HubFactory.DemoPassword)).Succeeded);
            Assert.True((await users.AddToRolesAsync(user, [HubRoles.Administrator, HubRoles.PerformanceAnalyst])).Succeeded);
            return 0;
        });
        using var client = _hub.CreateClient();
        (await Forms.SignInAsync(client, email, HubFactory.DemoPassword)).EnsureSuccessStatusCode();

        var page = await client.GetStringAsync("/Admin/Audit");
        var csv = await client.GetStringAsync("/Admin/Audit?handler=Csv");

        Assert.Contains(ReadChild, page);
        Assert.Contains(RefusedChild, page);
        Assert.Contains(OtherChild, csv);
    }

    [Fact]
    public void No_single_role_sees_both_the_trail_and_every_child()
    {
        var both = HubRoles.All.Where(r => CapabilityGrants.Grants(Capability.ViewAuditTrail, r.Name) && CapabilityGrants.Grants(Capability.ViewAllChildren, r.Name));
        Assert.Empty(both);
    }

    [Fact]
    public async Task Reading_the_trail_and_exporting_it_are_both_recorded()
    {
        using var admin = _hub.ClientAs(HubRoles.Administrator);
        await admin.GetStringAsync("/Admin/Audit?Filter.User=officer");
        await admin.GetStringAsync("/Admin/Audit?handler=Csv&Filter.User=officer");

        var reads = await _hub.WithScope(s => s.GetRequiredService<HubDbContext>().AuditEvents
            .Where(e => e.Action == AuditAction.AuditRead && e.UserName == $"{HubRoles.Administrator}@test.example").ToListAsync());
        Assert.Contains(reads, e => e.EntityType == "Audit trail" && e.NewValues!.Contains("officer") && e.NewValues.Contains("withheld"));
        Assert.Contains(reads, e => e.EntityType == "Audit trail CSV export" && e.NewValues!.Contains("officer"));
    }
}
