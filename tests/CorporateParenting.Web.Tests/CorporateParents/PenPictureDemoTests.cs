using System.Reflection;
using CorporateParenting.Data;
using CorporateParenting.Data.CorporateParents;
using CorporateParenting.Testing;
using CorporateParenting.Web.Features.Demo.CorporateParents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.CorporateParents;

/// <summary>
/// The demo's pen pictures and roles part, run on members of its own (the members part of the demo may not have
/// run): every state, a version waiting for the demo board member, the four roles with current and past holders.
/// </summary>
public sealed class PenPictureDemoTests(DemoHub hub) : IClassFixture<DemoHub>
{
    [Fact]
    public async Task The_demo_part_writes_pen_pictures_in_every_state_and_the_roles_with_holders_now_and_before()
    {
        await hub.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<HubDbContext>();
            if (await db.CouncilMembers.AnyAsync() || await db.PenPictures.AnyAsync())
                return 0;   // the members part ran: the demo already holds this part's rows, checked below
            db.CouncilMembers.AddRange(Enumerable.Range(1, 20).Select(i => new CouncilMember
            {
                Name = $"Councillor Demo {i:00}", Email = i == 15 ? "member@hub.example" : null, Ward = $"Ward {i}", Party = "Independent", ElectedOn = new DateOnly(2022, 5, 5),
            }));
            await db.SaveChangesAsync();
            var seeder = ActivatorUtilities.CreateInstance<DemoCorporateParentsSeeder>(s);
            var part = typeof(DemoCorporateParentsSeeder).GetMethod("SeedPenPicturesAndRolesAsync", BindingFlags.Instance | BindingFlags.NonPublic)!;
            await (Task)part.Invoke(seeder, [CancellationToken.None])!;
            return 0;
        });
        await hub.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<HubDbContext>();
            var pictures = await db.PenPictures.AsNoTracking().ToListAsync();
            Assert.Equal(Enum.GetValues<PenPictureStatus>().Order(), pictures.Select(p => p.Status).Distinct().Order());
            Assert.InRange(pictures.Select(p => p.CouncilMemberId).Distinct().Count(), 8, 12);
            Assert.All(pictures.GroupBy(p => p.CouncilMemberId), g => Assert.True(g.Count(p => p.Status == PenPictureStatus.Approved) <= 1));
            var demoMember = await db.CouncilMembers.SingleAsync(m => m.Email == "member@hub.example");
            Assert.Contains(pictures, p => p.CouncilMemberId == demoMember.Id && p.Status == PenPictureStatus.AwaitingApproval);

            var holders = await Features.CorporateParents.Roles.RoleHolders.ListAsync(db, DateOnly.FromDateTime(DateTime.UtcNow), CancellationToken.None);
            Assert.Equal(4, holders.Count);
            Assert.All(holders, r => Assert.NotEmpty(r.Now));
            Assert.Contains(holders, r => r.Before.Count > 0);
            Assert.Contains(holders, r => r.Now.Any(h => h.Resolution is not null));
            return 0;
        });
    }
}
