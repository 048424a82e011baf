using System.Net;
using System.Security.Claims;
using System.Text.Json;
using System.Text.RegularExpressions;
using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Data.Identity;
using CorporateParenting.Data.Performance;
using CorporateParenting.Data.Strategy;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Features.Demo;
using CorporateParenting.Web.Features.Home.Panels;
using CorporateParenting.Web.Features.Performance.Scorecard;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Home;

/// <summary>Each role's home page built from the demo record (ADR 33), and people shown by name.</summary>
public sealed partial class HomePageTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private Task<T> Query<T>(Func<HubDbContext, Task<T>> query) => hub.WithScopeAsync(s => query(s.GetRequiredService<HubDbContext>()));

    /// <summary>A client signed in through the real sign-in page as a demo account, so the record's e-mail addresses match.</summary>
    private async Task<HttpClient> SignedInAsync(string role)
    {
        var client = hub.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var signIn = await Forms.SignInAsync(client, DemoSeeder.EmailFor(HubRoles.All.Single(r => r.Name == role)), HubFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return client;
    }

    private async Task<string> HomeAsync(string role)
    {
        using var client = await SignedInAsync(role);
        return WebUtility.HtmlDecode(await client.GetStringAsync("/"));
    }

    /// <summary>The panel's own markup, so one role's words are never found in another's panel.</summary>
    private static string Panel(string html, string role)
    {
        var start = html.IndexOf($"data-testid=\"panel-{role.ToLowerInvariant()}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No {role} panel on the page");
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    /// <summary>The task-list item holding these words, from its opening tag.</summary>
    private static string Item(string panel, string words)
    {
        var at = panel.IndexOf(words, StringComparison.Ordinal);
        Assert.True(at >= 0, $"No task \"{words}\" in:\n{panel}");
        var open = panel.LastIndexOf("<li class=\"govuk-task-list__item", at, StringComparison.Ordinal);
        return panel[open..panel.IndexOf("</li>", at, StringComparison.Ordinal)];
    }

    [Fact]
    public async Task The_board_officers_home_lists_the_papers_minutes_pack_and_actions_from_the_record()
    {
        var html = Panel(await HomeAsync(HubRoles.BoardOfficer), HubRoles.BoardOfficer);
        var (paper, action, next) = await Query(async db =>
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var late = await db.ReportRequests.Where(r => r.ReceivedAtUtc == null && r.DueDate < today && db.Meetings.Any(m => m.Id == r.MeetingId && m.Date >= today))
                .OrderBy(r => r.DueDate).Select(r => r.Title).FirstAsync();
            var overdue = await db.BoardActions.Where(a => a.Status == ActionStatus.Open && a.DueDate < today).Select(a => a.Description).FirstAsync();
            var meeting = await db.Meetings.Where(m => m.Date >= today && (m.Status == MeetingStatus.Planned || m.Status == MeetingStatus.AgendaPublished)).OrderBy(m => m.Date).FirstAsync();
            return (late, overdue, meeting);
        });

        Assert.Contains("data-state=\"Overdue\"", Item(html, paper));
        Assert.Contains("data-state=\"Overdue\"", Item(html, action));
        Assert.Contains($"href=\"/Governance/Actions/Show/", Item(html, action));
        Assert.Contains($"Issue the pack for the meeting on {Infrastructure.DateDisplay.Long(next.Date)}", html);
        Assert.Contains($"href=\"/Governance/Meetings/Pack/{next.Id}\"", html);
        Assert.DoesNotContain("@hub.example", html);   // owners by name ("From Head of Revenues"), never by address
    }

    [Fact]
    public async Task Every_role_sees_its_own_panel_and_a_person_with_several_roles_sees_each()
    {
        var chair = Panel(await HomeAsync(HubRoles.WorkingGroupChair), HubRoles.WorkingGroupChair);
        var chaired = await Query(db => db.PriorityAreas.Where(p => p.ChairEmail == "chair@hub.example").Select(p => p.Name).ToListAsync());
        Assert.NotEmpty(chaired);
        Assert.All(chaired, name => Assert.Contains(name, chair));

        var manager = Panel(await HomeAsync(HubRoles.ServiceManager), HubRoles.ServiceManager);
        Assert.Contains("Fostering", manager);
        Assert.Contains("Send your paper:", manager);   // the demo schedule names the manager for three reports

        var analyst = Panel(await HomeAsync(HubRoles.PerformanceAnalyst), HubRoles.PerformanceAnalyst);
        Assert.Contains("Data freshness", analyst);
        Assert.Contains("The next publication", analyst);

        // A youth group's report asked for the next meeting links to where the group's report is written.
        var (groupId, meetingId) = await Query(async db =>
        {
            var group = await db.YouthGroups.FirstAsync(g => g.Active);
            var meeting = await db.Meetings.Where(m => m.Date > DateOnly.FromDateTime(DateTime.UtcNow)).OrderBy(m => m.Date).FirstAsync();
            db.ReportRequests.Add(new ReportRequest { MeetingId = meeting.Id, Title = $"{group.Name} report (home test)", Owner = group.Name, FromYouthGroup = true, DueDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3) });
            await db.SaveChangesAsync();
            return (group.Id, meeting.Id);
        });
        var participation = Panel(await HomeAsync(HubRoles.ParticipationOfficer), HubRoles.ParticipationOfficer);
        Assert.Contains($"href=\"/Voice/YouthGroups/Write/{groupId}/{meetingId}\"", Item(participation, "report (home test)"));
        var openEntries = await Query(db => db.YouSaidEntries.CountAsync(e => e.Status != CorporateParenting.Data.Voice.YouSaidStatus.Done));
        Assert.Contains("Open surveys", participation);
        Assert.Equal(Math.Min(openEntries, 5), Regex.Matches(participation, "href=\"/Voice/YouSaid/Edit/\\d+\"").Count);

        var youngHome = await HomeAsync(HubRoles.YoungPerson);
        var young = Panel(youngHome, HubRoles.YoungPerson);
        var groups = await Query(db => db.YouthGroups.Where(g => g.Active).Select(g => g.Name).ToListAsync());
        Assert.All(groups, g => Assert.Contains(g, young));
        Assert.Contains("href=\"/Strategy/ForYoungPeople\"", young);
        Assert.Contains("href=\"/YoungPeople/Pledge\"", young);
        Assert.DoesNotContain("panel-boardofficer", youngHome);

        var admin = Panel(await HomeAsync(HubRoles.Administrator), HubRoles.Administrator);
        Assert.Contains("active users", admin);

        // Two roles, two panels, in the order of HomePanels: a real account holding both.
        const string email = "two-roles@test.example";
        await hub.WithScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<HubUser>>();
            var user = new HubUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Sam Twohats" };
            Assert.True((await users.CreateAsync(user, HubFactory.DemoPassword)).Succeeded);
            Assert.True((await users.AddToRolesAsync(user, [HubRoles.BoardMember, HubRoles.BoardOfficer])).Succeeded);
            return 0;
        });
        using var both = hub.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using (var signIn = await Forms.SignInAsync(both, email, HubFactory.DemoPassword)) Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var twoRoles = await both.GetStringAsync("/");
        var officerAt = twoRoles.IndexOf("data-testid=\"panel-boardofficer\"", StringComparison.Ordinal);
        var memberAt = twoRoles.IndexOf("data-testid=\"panel-boardmember\"", StringComparison.Ordinal);
        Assert.True(officerAt >= 0 && memberAt > officerAt, "The officer's panel, then the member's");
        Assert.Contains("Sam Twohats", twoRoles);
    }

    [Fact]
    public async Task A_board_members_home_shows_the_next_meeting_their_pen_picture_and_the_actions_the_board_waits_on()
    {
        var html = Panel(await HomeAsync(HubRoles.BoardMember), HubRoles.BoardMember);
        var next = await Query(db => db.Meetings.Where(m => m.Date >= DateOnly.FromDateTime(DateTime.UtcNow) && (m.Status == MeetingStatus.Planned || m.Status == MeetingStatus.AgendaPublished)).OrderBy(m => m.Date).FirstAsync());

        Assert.Contains($"href=\"/Governance/Meetings/Show/{next.Id}\"", html);
        Assert.Contains(next.Place, html);
        Assert.Contains("data-state=\"Due\"", Item(html, "Approve your pen picture"));
        Assert.Contains("Actions the board is waiting on", html);
        Assert.Contains("data-state=\"Overdue\"", Item(html, "Report on return home interviews offered within 72 hours"));

        // Homes owed a visit are one line for the board, with the member's own last visit; not every home as their task.
        var (homesOverdue, lastOwn) = await Query(async db =>
        {
            var member = await db.CouncilMembers.FirstAsync(m => m.Email == "member@hub.example");
            var (_, rows) = await Features.CorporateParents.Visits.VisitCoverage.LoadAsync(db, DateOnly.FromDateTime(DateTime.UtcNow), default);
            var own = await db.MemberVisits.Where(v => v.Members.Any(a => a.CouncilMemberId == member.Id)).OrderByDescending(v => v.Date).Select(v => (DateOnly?)v.Date).FirstOrDefaultAsync();
            return (rows.Count(r => r.Overdue), own);
        });
        Assert.True(homesOverdue > 0);
        var visits = Item(html, "due a members' visit");
        Assert.Contains("data-state=\"Overdue\"", visits);
        Assert.Contains(lastOwn is { } d ? $"Your last visit: " : "You have not been on a visit yet", visits);
        if (lastOwn is { } date) Assert.Contains(Infrastructure.DateDisplay.Long(date), visits);
        Assert.DoesNotContain(">Visit ", html);
    }

    [Fact]
    public async Task A_task_that_becomes_overdue_shows_as_overdue()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        const string title = "Home page test: the missing-from-care audit";
        const string action = "Home page test: visit every supported lodging";
        await Query(async db =>
        {
            var next = await db.Meetings.Where(m => m.Date > today.AddDays(20)).OrderBy(m => m.Date).FirstAsync();
            db.ReportRequests.Add(new ReportRequest { MeetingId = next.Id, Title = title, Owner = "Head of Safeguarding", OwnerEmail = "chair@hub.example", DueDate = today.AddDays(10) });
            var aim = await db.PriorityAims.Join(db.PriorityAreas.Where(p => p.ChairEmail == "chair@hub.example"), a => a.PriorityId, p => p.Id, (a, p) => a).FirstAsync();
            db.StrategyActions.Add(new StrategyAction { AimId = aim.Id, Description = action, Owner = "Head of Leaving Care", OriginalDueDate = today.AddDays(5), DueDate = today.AddDays(5), Status = StrategyActionStatus.OnTrack });
            return await db.SaveChangesAsync();
        });
        var before = Panel(await HomeAsync(HubRoles.WorkingGroupChair), HubRoles.WorkingGroupChair);
        Assert.Contains("data-state=\"Due\"", Item(before, title));
        Assert.Contains("data-state=\"Due\"", Item(before, action));

        await Query(async db =>
        {
            await db.ReportRequests.Where(r => r.Title == title).ExecuteUpdateAsync(u => u.SetProperty(r => r.DueDate, today.AddDays(-1)));
            return await db.StrategyActions.Where(a => a.Description == action).ExecuteUpdateAsync(u => u.SetProperty(a => a.DueDate, today.AddDays(-2)));
        });
        var after = await HomeAsync(HubRoles.WorkingGroupChair);
        Assert.Contains("data-state=\"Overdue\"", Item(Panel(after, HubRoles.WorkingGroupChair), title));
        Assert.Contains("data-state=\"Overdue\"", Item(Panel(after, HubRoles.WorkingGroupChair), action));
        Assert.Contains("data-state=\"Overdue\"", Item(Panel(await HomeAsync(HubRoles.BoardOfficer), HubRoles.BoardOfficer), title));
    }

    [Fact]
    public async Task A_members_home_shows_no_count_from_1_to_5_in_the_scorecards_changes()
    {
        const string key = "HOME_TEST_SMALL_COUNT";
        var year = await Query(async db =>
        {
            var y = (await db.IndicatorValues.Select(v => (int?)v.Year).MaxAsync() ?? DateTime.UtcNow.Year) + 1;
            var indicator = new Indicator { Key = key, Name = "Home test: children placed far away", Definition = "A test count", Unit = "children", Polarity = IndicatorPolarity.LowerIsBetter, RagRule = RagRule.AgainstTarget, Target = 10 };
            db.Indicators.Add(indicator);
            await db.SaveChangesAsync();
            db.IndicatorValues.AddRange(
                new IndicatorValue { IndicatorId = indicator.Id, Year = y, Numerator = 3, Value = 3 },
                new IndicatorValue { IndicatorId = indicator.Id, Year = y - 1, Numerator = 40, Value = 40 });
            // The last meeting's scorecard rated it red at 40: the change since then is the headline.
            var then = new ShownFigure(y - 1, 40, "40", "40", "", false);
            var line = new ScorecardLine(key, indicator.Name, indicator.Definition, "children", null, null, "Local", then, null, [then], "", "", "10", CorporateParenting.Data.Strategy.Rag.Red, "target", null, null);
            db.PublishedScorecards.Add(new PublishedScorecard
            {
                Title = "Home test", MeetingDate = DateOnly.FromDateTime(DateTime.UtcNow), Year = y - 1, PublishedAtUtc = DateTime.UtcNow, PublishedBy = "analyst@hub.example",
                Full = JsonSerializer.Serialize(new Scorecard(y - 1, [y - 1], false, [line])), Suppressed = JsonSerializer.Serialize(new Scorecard(y - 1, [y - 1], true, [line])),
            });
            await db.SaveChangesAsync();
            return y;
        });

        // In the model: the member's panel shows the figure as "c" and nothing from 1 to 5.
        var panel = await hub.WithScopeAsync(s => s.GetRequiredService<BoardMemberHome>().BuildAsync(new HomeViewer(
            new ClaimsPrincipal(new ClaimsIdentity([new(ClaimTypes.Name, "member@hub.example"), new(ClaimTypes.Role, HubRoles.BoardMember)], "Test")),
            "member@hub.example", null, DateOnly.FromDateTime(DateTime.UtcNow), DateTime.UtcNow), CancellationToken.None));
        var changes = panel.Groups.Single(g => g.Heading == "The scorecard since the last meeting").Tasks;
        var change = Assert.Single(changes, t => t.Words.StartsWith("Home test: children placed far away"));
        Assert.StartsWith("c in the year", change.Detail);
        foreach (var task in changes)
            Assert.DoesNotMatch(SmallCount(), $"{task.Words} {task.Detail!.Replace($"March {year}", "")}");

        // And on the page.
        var html = Panel(await HomeAsync(HubRoles.BoardMember), HubRoles.BoardMember);
        var item = Item(html, "Home test: children placed far away");
        Assert.Contains("c in the year", item);
        Assert.DoesNotMatch(SmallCount(), Regex.Replace(item, "<[^>]+>|March \\d{4}", " "));
    }

    [Fact]
    public async Task People_are_shown_by_name_in_the_layout_and_on_pages()
    {
        using var officer = await SignedInAsync(HubRoles.BoardOfficer);
        var home = WebUtility.HtmlDecode(await officer.GetStringAsync("/"));
        Assert.Contains("Sign out<span class=\"govuk-visually-hidden\"> (Priya Sharma)</span>", home);
        Assert.DoesNotContain("officer@hub.example", home);

        // A paper sent by the manager, and an action update written by the officer, name them.
        var (paperId, actionId) = await Query(async db =>
        {
            var paper = await db.ReportRequests.Where(r => r.ReceivedAtUtc != null).FirstAsync();
            paper.SubmittedBy = "manager@hub.example";
            var action = await db.BoardActions.FirstAsync();
            db.ActionUpdates.Add(new ActionUpdate { ActionId = action.Id, WrittenAtUtc = DateTime.UtcNow, Author = "officer@hub.example", Text = "Chased the owner", Status = action.Status });
            await db.SaveChangesAsync();
            return (paper.Id, action.Id);
        });
        var paperPage = WebUtility.HtmlDecode(await officer.GetStringAsync($"/Governance/Papers/Show/{paperId}"));
        Assert.Contains("Helen Marsh", paperPage);
        Assert.DoesNotContain("manager@hub.example", paperPage);
        var actionPage = WebUtility.HtmlDecode(await officer.GetStringAsync($"/Governance/Actions/Show/{actionId}"));
        Assert.Contains("Priya Sharma", actionPage);
        Assert.DoesNotContain("officer@hub.example", actionPage);

        // Someone without an account keeps their address; a name typed into the record is shown as typed.
        await hub.WithScopeAsync(async s =>
        {
            var people = s.GetRequiredService<Infrastructure.People.PersonNames>();
            Assert.Equal("Priya Sharma, Board officer", await people.NameAndRoleAsync("Officer@Hub.example"));
            Assert.Equal("revenues@hub.example", await people.NameAsync("revenues@hub.example"));
            Assert.Equal("Head of Fostering", await people.NameAsync("Head of Fostering"));
            // An owner recorded with a name and an address: the account's name, else the recorded name, else the address.
            Assert.Equal("Priya Sharma", await people.NameAsync("officer@hub.example", "Board officer"));
            Assert.Equal("Head of Revenues", await people.NameAsync("revenues@hub.example", "Head of Revenues"));
            Assert.Equal("revenues@hub.example", await people.NameAsync("revenues@hub.example", " "));
            return 0;
        });
    }

    /// <summary>A whole number from 1 to 5 standing alone (not part of a larger number, a decimal or a percentage).</summary>
    [GeneratedRegex(@"(?<![\d.,])[1-5](?![\d.,%])")]
    private static partial Regex SmallCount();
}
