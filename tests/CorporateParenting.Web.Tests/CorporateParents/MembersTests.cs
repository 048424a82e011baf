using System.Net;
using System.Text;
using CorporateParenting.Data;
using CorporateParenting.Data.CorporateParents;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Features.CorporateParents.Training;
using CorporateParenting.Web.Features.Demo.CorporateParents;
using CorporateParenting.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.CorporateParents;

/// <summary>Members and their training on the demo council: the list and its counts, CSV import, attendance, reminders, exports and "my record".</summary>
public sealed class MembersTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private Task<T> Query<T>(Func<HubDbContext, Task<T>> query) => hub.WithScopeAsync(s => query(s.GetRequiredService<HubDbContext>()));

    private static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    private Task<HttpResponseMessage> ImportAsync(HttpClient client, string csv) =>
        Forms.PostFilesAsync(client, "/CorporateParents/Members/Import", "upload", [("members.csv", Encoding.UTF8.GetBytes(csv))]);

    [Fact]
    public async Task The_demo_council_has_members_up_to_date_due_and_overdue_and_the_page_counts_them()
    {
        var standings = await hub.WithScopeAsync(s => MemberCompliance.ServingAsync(s.GetRequiredService<HubDbContext>(), s.GetRequiredService<TimeProvider>().UkToday(), CancellationToken.None));
        Assert.InRange(standings.Count, 38, 45);
        int Count(ComplianceStatus status) => standings.Count(s => s.Compliance.Status == status);
        Assert.True(Count(ComplianceStatus.Overdue) >= 3 && Count(ComplianceStatus.Due) >= 2 && Count(ComplianceStatus.UpToDate) > standings.Count / 2);
        Assert.Contains(standings, s => s.Member.Name == "Cllr Aisha Brennan" && s.BoardSeat == "Chair of the board");

        using var member = hub.ClientAs(HubRoles.BoardMember);
        var page = await TextAsync(await member.GetAsync("/CorporateParents/Members?Status=Overdue"));
        foreach (var overdue in standings.Where(s => s.Compliance.Status == ComplianceStatus.Overdue)) Assert.Contains(overdue.Member.Name, page);
        Assert.DoesNotContain(standings.First(s => s.Compliance.Status == ComplianceStatus.UpToDate).Member.Name, page);
        Assert.Contains($"{Count(ComplianceStatus.Overdue)}</span>Overdue", page.Replace("\n", "").Replace(" ", ""), StringComparison.Ordinal);
        Assert.DoesNotContain("Import the council's list", page);
        Assert.DoesNotContain("govuk-error-summary", page);
        Assert.Equal(HttpStatusCode.Forbidden, (await hub.ClientAs(HubRoles.YoungPerson).GetAsync("/CorporateParents/Members")).StatusCode);
    }

    [Fact]
    public async Task Exports_give_each_member_their_status_and_why()
    {
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        var csv = await officer.GetAsync("/CorporateParents/Members?handler=Csv&Status=Overdue");
        Assert.Equal("text/csv; charset=utf-8", csv.Content.Headers.ContentType!.ToString());
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Name,Email,Ward,Party,ElectedOn,BoardMembership,Training,SessionsInLast12Months,InductionOn,Why", lines[0]);
        Assert.True(lines.Length > 2);
        Assert.All(lines.Skip(1), l => Assert.Contains(",Overdue,", l));
        Assert.Contains(lines, l => l.Contains("sessions in the last 12 months") || l.Contains("Induction overdue since"));

        var excel = await officer.GetAsync("/CorporateParents/Members?handler=Excel");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", excel.Content.Headers.ContentType!.MediaType);
        Assert.Equal("PK"u8.ToArray(), (await excel.Content.ReadAsByteArrayAsync())[..2]);
    }

    [Fact]
    public async Task A_good_file_imports_a_bad_line_refuses_the_whole_file_and_a_second_import_updates()
    {
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        const string good = "name,email,ward,party,elected on\n" +
            "Cllr Import Alpha,alpha.import@councillors.example,Dockside,Labour,2026-05-07\n" +
            "Cllr Import Beta,,Harbour,Green,7/5/2026\n";
        var imported = await ImportAsync(officer, good);
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        var alpha = await Query(db => db.CouncilMembers.AsNoTracking().SingleAsync(m => m.Name == "Cllr Import Alpha"));
        Assert.Equal(("alpha.import@councillors.example", "Dockside", new DateOnly(2026, 5, 7)), (alpha.Email, alpha.Ward, alpha.ElectedOn));
        Assert.Equal(new DateOnly(2026, 5, 7), await Query(db => db.CouncilMembers.Where(m => m.Name == "Cllr Import Beta").Select(m => m.ElectedOn).SingleAsync()));

        // Line 3 is good, lines 4 and 5 are not: nothing from the file is saved, and each bad line is named.
        const string bad = "name,email,ward,party,elected on\n" +
            "Cllr Import Alpha,alpha.import@councillors.example,Abbey Fields,Labour,2026-05-07\n" +
            "Cllr Import Gamma,gamma.import@councillors.example,Foundry,Conservative,2026-05-07\n" +
            "Cllr Import Delta,delta.import@councillors.example,Foundry,Conservative,31/31/2026\n" +
            ",not-an-address,Foundry,Conservative,2026-05-07\n";
        var refused = await TextAsync(await ImportAsync(officer, bad));
        Assert.Contains("Line 4: \"31/31/2026\" is not a date (use 2026-05-07 or 7/5/2026)", refused);
        Assert.Contains("Line 5: enter the member's name; \"not-an-address\" is not an e-mail address", refused);
        Assert.Contains("nothing was saved", refused);
        Assert.False(await Query(db => db.CouncilMembers.AnyAsync(m => m.Name == "Cllr Import Gamma")));
        Assert.Equal("Dockside", await Query(db => db.CouncilMembers.Where(m => m.Name == "Cllr Import Alpha").Select(m => m.Ward).SingleAsync()));

        // Re-imported: Alpha is matched by e-mail (renamed), Beta by name (gains an address); nobody is added twice.
        var before = await Query(db => db.CouncilMembers.CountAsync());
        const string again = "name,email,ward,party,elected on\n" +
            "Cllr Import Alpha-Smith,ALPHA.IMPORT@councillors.example,Castle Mount,Labour,2026-05-07\n" +
            "Cllr Import Beta,beta.import@councillors.example,Harbour,Green,2026-05-07\n";
        var updated = await ImportAsync(officer, again);
        Assert.Equal(HttpStatusCode.Redirect, updated.StatusCode);
        Assert.Equal(before, await Query(db => db.CouncilMembers.CountAsync()));
        var renamed = await Query(db => db.CouncilMembers.AsNoTracking().SingleAsync(m => m.Id == alpha.Id));
        Assert.Equal(("Cllr Import Alpha-Smith", "Castle Mount"), (renamed.Name, renamed.Ward));
        Assert.Equal("beta.import@councillors.example", await Query(db => db.CouncilMembers.Where(m => m.Name == "Cllr Import Beta").Select(m => m.Email).SingleAsync()));

        Assert.Equal(HttpStatusCode.Forbidden, (await hub.ClientAs(HubRoles.BoardMember).GetAsync("/CorporateParents/Members/Import")).StatusCode);
    }

    [Fact]
    public async Task Attendance_ticked_is_saved_and_counts_towards_the_member()
    {
        var member = await Query(db => db.CouncilMembers.AsNoTracking().SingleAsync(m => m.Name == "Cllr Owen Price"));
        var others = await Query(db => db.CouncilMembers.AsNoTracking().Where(m => m.Name == "Cllr Aisha Brennan" || m.Name == "Cllr Tom Okafor").Select(m => m.Id).ToListAsync());
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        var today = hub.WithScope(s => s.GetRequiredService<TimeProvider>().UkToday());
        List<KeyValuePair<string, string>> Fields(DateOnly date, params int[] attendees) =>
        [
            new("Input.Title", "Test session on fostering"), new("Input.Date", DateDisplay.Iso(date)), new("Input.Provider", "Fostering service"),
            new("Input.Topic", "Fostering recruitment"), new("Input.Audience", "AllMembers"), new("Input.IsInduction", "false"),
            .. attendees.Select(id => new KeyValuePair<string, string>("Input.AttendeeIds", id.ToString())),
        ];

        // Attendance at a session still to come is refused, with the title kept.
        var future = await TextAsync(await Forms.PostAsync(officer, "/CorporateParents/Training/Session", Fields(today.AddDays(5), member.Id)));
        Assert.Contains("Attendance can be recorded only once the session has taken place", future);
        Assert.Contains("value=\"Test session on fostering\"", future);
        Assert.False(await Query(db => db.TrainingSessions.AnyAsync(s => s.Title == "Test session on fostering")));

        var saved = await Forms.PostAsync(officer, "/CorporateParents/Training/Session", Fields(today.AddDays(-1), [member.Id, .. others]));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var session = await Query(db => db.TrainingSessions.AsNoTracking().Include(s => s.Attendance).SingleAsync(s => s.Title == "Test session on fostering"));
        Assert.Equal(others.Append(member.Id).Order(), session.Attendance.Select(a => a.CouncilMemberId).Order());

        // Unticking one member removes only their attendance.
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(officer, $"/CorporateParents/Training/Session/{session.Id}", Fields(today.AddDays(-1), [member.Id, others[0]]))).StatusCode);
        Assert.Equal(new[] { member.Id, others[0] }.Order(), await Query(db => db.TrainingAttendances.Where(a => a.SessionId == session.Id).Select(a => a.CouncilMemberId).OrderBy(i => i).ToListAsync()));
        var compliance = await hub.WithScopeAsync(s => MemberCompliance.ForAsync(s.GetRequiredService<HubDbContext>(), member, today, CancellationToken.None));
        Assert.Contains(compliance.SessionsInYear + " of 2 sessions in the last 12 months", string.Join(";", compliance.Reasons));
        Assert.True(compliance.SessionsInYear >= 1);
    }

    [Fact]
    public async Task Reminders_go_to_members_due_or_overdue_once_a_day()
    {
        var mail = Path.Combine(hub.DataDirectory, "mail");
        int MailsTo(string email) => Directory.Exists(mail) ? Directory.GetFiles(mail).Count(f => File.ReadAllText(f).Contains(email)) : 0;
        var today = hub.WithScope(s => s.GetRequiredService<TimeProvider>().UkToday());
        var standings = await hub.WithScopeAsync(s => MemberCompliance.ServingAsync(s.GetRequiredService<HubDbContext>(), today, CancellationToken.None));
        var overdue = standings.First(s => s.Compliance.Status == ComplianceStatus.Overdue && s.Member.Email is not null).Member;
        var upToDate = standings.First(s => s.Compliance.Status == ComplianceStatus.UpToDate && s.Member.Email is not null).Member;

        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        var listed = await TextAsync(await officer.GetAsync("/CorporateParents/Training/Reminders"));
        Assert.Contains(overdue.Name, listed);
        Assert.DoesNotContain(upToDate.Name, listed);

        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(officer, "/CorporateParents/Training/Reminders", [])).StatusCode);
        Assert.Equal(1, MailsTo(overdue.Email!));
        Assert.Equal(0, MailsTo(upToDate.Email!));
        Assert.Contains(Directory.GetFiles(mail), f => File.ReadAllText(f).Contains(overdue.Email!) && File.ReadAllText(f).Contains("overdue"));

        // Pressed again the same day: nobody is reminded twice.
        var again = await officer.GetAsync((await Forms.PostAsync(officer, "/CorporateParents/Training/Reminders", [])).Headers.Location!.ToString());
        Assert.Contains("already reminded today", await TextAsync(again));
        Assert.Equal(1, MailsTo(overdue.Email!));
        Assert.Equal(1, await Query(db => db.TrainingReminders.CountAsync(r => r.CouncilMemberId == overdue.Id && r.SentOn == today)));
        Assert.Equal(HttpStatusCode.Forbidden, (await hub.ClientAs(HubRoles.BoardMember).PostAsync("/CorporateParents/Training/Reminders", new FormUrlEncodedContent([]))).StatusCode);
    }

    [Fact]
    public async Task The_demo_member_sees_their_own_record_and_someone_without_one_is_told_so()
    {
        using var client = hub.CreateClient();
        using var _ = await Forms.SignInAsync(client, "member@hub.example", HubFactory.DemoPassword);
        var page = await TextAsync(await client.GetAsync("/CorporateParents/Me"));
        Assert.Contains("Your record as a corporate parent", page);
        Assert.Contains(DemoCorporateParentsSeeder.DemoMemberName, page);
        Assert.Contains("Member of the Corporate Parenting Board", page);
        Assert.Contains("Sessions you attended", page);
        Assert.Contains("/CorporateParents/PenPictures/Mine", page);
        Assert.Contains("The next board meeting", page);
        Assert.Contains("/Governance/Meetings/Show/", page);
        Assert.DoesNotContain("govuk-error-summary", page);

        var nobody = await TextAsync(await hub.ClientAs(HubRoles.YoungPerson).GetAsync("/CorporateParents/Me"));
        Assert.Contains("You do not have a corporate parent record", nobody);
        Assert.DoesNotContain("Your training", nobody);
    }
}
