using System.Net;
using CorporateParenting.Data;
using CorporateParenting.Data.CorporateParents;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Features.CorporateParents.Roles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.CorporateParents;

/// <summary>Champion roles and nominations: the nomination's rules, the officer's forms, who holds a role now and before.</summary>
public sealed class RoleTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private Task<T> Query<T>(Func<HubDbContext, Task<T>> query) => hub.WithScopeAsync(s => query(s.GetRequiredService<HubDbContext>()));

    private static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    private Task<(ChampionRole Role, CouncilMember A, CouncilMember B)> RoleAndMembers(string title) => Query(async db =>
    {
        var role = new ChampionRole { Title = title, TermMonths = 12 };
        var a = new CouncilMember { Name = $"{title} holder A", Ward = "Northgate", Party = "Green", ElectedOn = new DateOnly(2021, 5, 6) };
        var b = new CouncilMember { Name = $"{title} holder B", Ward = "Southgate", Party = "Labour", ElectedOn = new DateOnly(2021, 5, 6) };
        db.AddRange(role, a, b);
        await db.SaveChangesAsync();
        return (role, a, b);
    });

    [Fact]
    public async Task A_nomination_ends_after_it_starts_its_resolution_is_its_meetings_and_a_member_holds_a_role_once_at_a_time()
    {
        var (role, a, _) = await RoleAndMembers("Rules role");
        var resolutions = await Query(db => db.Resolutions.Select(r => new { r.Id, r.MeetingId }).ToListAsync());
        var one = resolutions.First();
        var otherMeeting = resolutions.First(r => r.MeetingId != one.MeetingId).MeetingId;

        await hub.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<HubDbContext>();
            async Task<List<(string Property, string Message)>> Problems(Nomination n) => [.. await NominationRules.ProblemsAsync(db, n, CancellationToken.None)];
            var good = new Nomination { RoleId = role.Id, CouncilMemberId = a.Id, MeetingId = one.MeetingId, ResolutionId = one.Id, StartsOn = new DateOnly(2025, 1, 1) };
            Assert.Empty(await Problems(good));

            Assert.Equal([(nameof(Nomination.EndsOn), "The end date must be after the start date")],
                await Problems(new Nomination { RoleId = role.Id, CouncilMemberId = a.Id, StartsOn = new DateOnly(2025, 1, 1), EndsOn = new DateOnly(2025, 1, 1) }));
            Assert.Equal([(nameof(Nomination.ResolutionId), "Choose a resolution of the meeting chosen: this one was made at another meeting")],
                await Problems(new Nomination { RoleId = role.Id, CouncilMemberId = a.Id, MeetingId = otherMeeting, ResolutionId = one.Id, StartsOn = new DateOnly(2025, 1, 1) }));
            Assert.Equal([(nameof(Nomination.MeetingId), "Choose the meeting that made the nomination, as well as its resolution")],
                await Problems(new Nomination { RoleId = role.Id, CouncilMemberId = a.Id, ResolutionId = one.Id, StartsOn = new DateOnly(2025, 1, 1) }));

            db.Nominations.Add(good);
            await db.SaveChangesAsync();
            Assert.Equal([(nameof(Nomination.StartsOn), "The member already holds this role over some of these dates: end that nomination first")],
                await Problems(new Nomination { RoleId = role.Id, CouncilMemberId = a.Id, StartsOn = new DateOnly(2026, 1, 1) }));
            good.EndsOn = new DateOnly(2025, 12, 31);
            await db.SaveChangesAsync();
            Assert.Empty(await Problems(new Nomination { RoleId = role.Id, CouncilMemberId = a.Id, StartsOn = new DateOnly(2026, 1, 1) }));
            return 0;
        });
    }

    [Fact]
    public async Task The_officer_nominates_and_ends_a_nomination_and_the_page_shows_who_holds_the_role_now_and_before()
    {
        var (role, a, b) = await RoleAndMembers("Conference representative test");
        var resolution = await Query(db => db.Resolutions.Select(r => new { r.Id, r.MeetingId }).FirstAsync());
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        List<KeyValuePair<string, string>> Fields(CouncilMember m, string starts, string ends) =>
        [
            new("Input.RoleId", role.Id.ToString()), new("Input.CouncilMemberId", m.Id.ToString()), new("Input.MeetingId", resolution.MeetingId.ToString()),
            new("Input.ResolutionId", resolution.Id.ToString()), new("Input.StartsOn", starts), new("Input.EndsOn", ends),
        ];

        using var refused = await Forms.PostAsync(officer, "/CorporateParents/Roles/Nomination", Fields(a, "2025-06-01", "2025-05-01"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await TextAsync(refused);
        Assert.Contains("The end date must be after the start date", html);
        Assert.Contains("name=\"Input.EndsOn.Month\" type=\"text\" inputmode=\"numeric\" value=\"5\"", html);   // what was typed is kept
        Assert.False(await Query(db => db.Nominations.AnyAsync(n => n.RoleId == role.Id)));

        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(officer, "/CorporateParents/Roles/Nomination", Fields(a, "2024-06-01", ""))).StatusCode);
        var nomination = await Query(db => db.Nominations.SingleAsync(n => n.RoleId == role.Id));
        // Ending it: the same form with the last day; then B takes over.
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(officer, $"/CorporateParents/Roles/Nomination/{nomination.Id}", Fields(a, "2024-06-01", "2025-05-31"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(officer, "/CorporateParents/Roles/Nomination", Fields(b, "2025-06-01", ""))).StatusCode);

        var views = await Query(db => RoleHolders.ListAsync(db, new DateOnly(2026, 1, 1), CancellationToken.None));
        var view = views.Single(v => v.Id == role.Id);
        Assert.Equal([b.Name], view.Now.Select(h => h.Member));
        Assert.Equal([a.Name], view.Before.Select(h => h.Member));
        Assert.NotNull(view.Now[0].Resolution);

        using var member = hub.ClientAs(HubRoles.BoardMember);
        var page = await TextAsync(await member.GetAsync("/CorporateParents/Roles"));
        Assert.Contains("Conference representative test", page);
        Assert.Contains(b.Name, page);
        Assert.Contains($"{a.Name}, 1 June 2024 to 31 May 2025", page);
        Assert.DoesNotContain("Nominate a member", page);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/CorporateParents/Roles/Nomination")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/CorporateParents/Roles/Role")).StatusCode);
    }

    [Fact]
    public async Task The_officer_adds_a_role_with_its_term_and_a_missing_title_is_refused()
    {
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        var html = await TextAsync(await Forms.PostAsync(officer, "/CorporateParents/Roles/Role", [new("Input.Title", ""), new("Input.TermMonths", "24"), new("Input.Active", "true")]));
        Assert.Contains("Enter the role&#x27;s title".Replace("&#x27;", "'"), html);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(officer, "/CorporateParents/Roles/Role",
            [new("Input.Title", "Care leavers' champion"), new("Input.Description", "Speaks up for care leavers."), new("Input.TermMonths", "24"), new("Input.Active", "true")])).StatusCode);
        Assert.Equal(24, await Query(db => db.ChampionRoles.Where(r => r.Title == "Care leavers' champion").Select(r => r.TermMonths).SingleAsync()));
        Assert.Contains("Usual term: 2 years", await TextAsync(await officer.GetAsync("/CorporateParents/Roles")));
    }
}
