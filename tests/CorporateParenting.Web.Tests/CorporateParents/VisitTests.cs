using System.Net;
using CorporateParenting.Data;
using CorporateParenting.Data.CorporateParents;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.CorporateParents;

/// <summary>Members' visits: recorded by members and the board officer, actions into the action log, coverage against the rule.</summary>
public sealed partial class VisitTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private Task<T> Query<T>(Func<HubDbContext, Task<T>> query) => hub.WithScope(s => query(s.GetRequiredService<HubDbContext>()));

    private async Task<(int Home, int Member)> HomeAndMemberAsync(string home, string member) => await Query(async db =>
    {
        var setting = new CareSetting { Name = home, Kind = CareSettingKind.ChildrensHome, OfstedUrn = "SC900001" };
        var councillor = new CouncilMember { Name = member, Ward = "Test ward", Party = "Independent", ElectedOn = new DateOnly(2022, 5, 5) };
        db.AddRange(setting, councillor);
        await db.SaveChangesAsync();
        return (setting.Id, councillor.Id);
    });

    private static List<KeyValuePair<string, string>> Visit(int home, int member, string findings, string? action = null) =>
    [
        new("Input.CareSettingId", home.ToString()), new("Input.Date", DateTime.UtcNow.AddDays(-7).ToString("yyyy-MM-dd")),
        new("Input.MemberIds", member.ToString()), new("Input.Purpose", "To meet staff and see the new games room"), new("Input.Findings", findings),
        new("Input.Actions[0].Description", action ?? ""), new("Input.Actions[0].Owner", action is null ? "" : "Head of Residential Services"),
        new("Input.Actions[0].DueDate", action is null ? "" : "2031-02-01"),
    ];

    [Fact]
    public async Task A_member_records_a_visit_and_its_follow_up_action_appears_in_the_boards_action_log()
    {
        var (home, member) = await HomeAndMemberAsync("Test Rowan House", "Cllr Test Visitor");
        using var client = hub.ClientAs(HubRoles.BoardMember);

        using var response = await Forms.PostAsync(client, "/CorporateParents/Visits/Record", Visit(home, member, "Young people showed us their rooms.", "Replace the broken minibus seat belts"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var visit = await Query(db => db.MemberVisits.Include(v => v.Members).Include(v => v.Actions).SingleAsync(v => v.CareSettingId == home));
        Assert.Equal(member, Assert.Single(visit.Members).CouncilMemberId);
        var action = await Query(db => db.BoardActions.SingleAsync(a => a.Id == visit.Actions.Single().BoardActionId));
        Assert.Equal("Head of Residential Services", action.Owner);
        var meeting = await Query(db => db.Meetings.SingleAsync(m => m.Id == action.MeetingId));
        var next = await Query(db => db.Meetings.Where(m => m.Date >= visit.Date && m.MinutesApprovedAtUtc == null).OrderBy(m => m.Date).Select(m => (int?)m.Id).FirstOrDefaultAsync());
        Assert.Equal(next ?? await Query(db => db.Meetings.Where(m => m.MinutesApprovedAtUtc == null).OrderByDescending(m => m.Date).Select(m => m.Id).FirstAsync()), meeting.Id);
        var log = await client.GetStringAsync("/Governance/Actions");
        Assert.Contains("Replace the broken minibus seat belts (members&#x27; visit to Test Rowan House", log);
        Assert.Contains("Test Rowan House", await client.GetStringAsync("/CorporateParents/Visits"));
    }

    [Fact]
    public async Task A_date_in_the_findings_is_refused_by_name_and_nothing_is_saved()
    {
        var (home, member) = await HomeAndMemberAsync("Test Hazel House", "Cllr Test Careful");
        using var client = hub.ClientAs(HubRoles.BoardOfficer);
        var actionsBefore = await Query(db => db.BoardActions.CountAsync());

        using var response = await Forms.PostAsync(client, "/CorporateParents/Visits/Record", Visit(home, member, "Spoke with a girl born 03/04/2012.", "Check the fire doors"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Findings: remove the date 03/04/2012; visit records must not contain a child's date of birth or 903 identifier", html);
        Assert.Contains("Spoke with a girl born 03/04/2012.", html);   // what was typed is kept
        Assert.False(await Query(db => db.MemberVisits.AnyAsync(v => v.CareSettingId == home)));
        Assert.Equal(actionsBefore, await Query(db => db.BoardActions.CountAsync()));
    }

    [Fact]
    public async Task A_working_group_chair_may_read_visits_but_not_record_one()
    {
        using var chair = hub.ClientAs(HubRoles.WorkingGroupChair);
        Assert.Equal(HttpStatusCode.OK, (await chair.GetAsync("/CorporateParents/Visits")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await chair.GetAsync("/CorporateParents/Visits/Record")).StatusCode);
        using var member = hub.ClientAs(HubRoles.BoardMember);
        var form = await member.GetStringAsync("/CorporateParents/Visits/Record");
        Assert.Contains("Do not write anything that identifies a child", form);
    }

    [Fact]
    public async Task Coverage_marks_a_home_never_visited_or_visited_too_long_ago_as_overdue()
    {
        var (stale, member) = await HomeAndMemberAsync("Test Stale House", "Cllr Test Long Ago");
        var (recent, _) = await HomeAndMemberAsync("Test Recent House", "Cllr Test Lately");
        var (never, _) = await HomeAndMemberAsync("Test Never House", "Cllr Test Nobody");
        var months = await Query(async db => (await db.CorporateParentingRules.FirstOrDefaultAsync())?.VisitEveryMonths ?? 6);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await Query(async db =>
        {
            db.MemberVisits.Add(new MemberVisit { CareSettingId = stale, Date = today.AddMonths(-months).AddDays(-10), Purpose = "Visit", RecordedBy = "t", Members = [new() { CouncilMemberId = member }] });
            db.MemberVisits.Add(new MemberVisit { CareSettingId = recent, Date = today.AddDays(-10), Purpose = "Visit", RecordedBy = "t", Members = [new() { CouncilMemberId = member }] });
            return await db.SaveChangesAsync();
        });

        using var client = hub.ClientAs(HubRoles.ServiceManager);
        var csv = await client.GetStringAsync("/CorporateParents/Visits/Coverage?handler=Csv");

        string Line(string home) => csv.Split('\n').Single(l => l.Contains(home));
        Assert.EndsWith("Yes", Line("Test Stale House").TrimEnd('\r'));
        Assert.EndsWith("No", Line("Test Recent House").TrimEnd('\r'));
        Assert.Contains("Never", Line("Test Never House"));
        Assert.EndsWith("Yes", Line("Test Never House").TrimEnd('\r'));
        var page = await client.GetStringAsync("/CorporateParents/Visits/Coverage");
        Assert.Contains($"at least every {months} months", page);
    }
}
