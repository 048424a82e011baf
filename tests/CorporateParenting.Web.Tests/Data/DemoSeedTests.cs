using CorporateParenting.Data;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Data;

/// <summary>The demo council seeds the same on both providers (PostgreSQL refuses times without a zone, SQLite does not).</summary>
public sealed class DemoSeedTests
{
    [Theory]
    [MemberData(nameof(DataTestContext.Providers), MemberType = typeof(DataTestContext))]
    public async Task The_demo_board_and_strategy_seed_and_serve_on_either_provider(DatabaseProvider provider)
    {
        await using var hub = new HubFactory(provider);
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        Assert.Contains("Ready for adult life", await officer.GetStringAsync("/Strategy"));

        var (meetings, actions, updates, approved) = await hub.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<HubDbContext>();
            return (await db.Meetings.CountAsync(), await db.StrategyActions.CountAsync(), await db.StrategyActionUpdates.CountAsync(),
                await db.Meetings.CountAsync(m => m.MinutesApprovedAtUtc != null));
        });
        Assert.Equal(CorporateParenting.Web.Features.Demo.DemoCalendar.AllMeetings, meetings);
        Assert.Equal(40, actions);
        Assert.True(updates > actions / 2, $"{updates} progress updates");
        Assert.True(approved >= 2, $"{approved} meetings with approved minutes");
    }
}
