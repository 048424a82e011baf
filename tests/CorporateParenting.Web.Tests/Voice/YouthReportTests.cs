using System.Net;
using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Data.Voice;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Documents;
using CorporateParenting.Web.Features.Demo;
using CorporateParenting.Web.Features.Governance.Pack;
using CorporateParenting.Web.Features.Voice.YouthGroups;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Voice;

/// <summary>Youth groups' reports: the young people's form, sending, the agenda and the pack, the board's answers, and the meeting's rules.</summary>
public sealed class YouthReportTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private Task<T> Query<T>(Func<HubDbContext, Task<T>> query) => hub.WithScopeAsync(s => query(s.GetRequiredService<HubDbContext>()));

    private Task<Meeting> UpcomingAsync() => Query(db => db.Meetings.Include(m => m.Items).OrderByDescending(m => m.Date).FirstAsync());

    private Task<YouthGroup> NewGroupAsync(string name) => Query(async db =>
    {
        var group = new YouthGroup { Name = name, MinAge = 12, MaxAge = 17 };
        db.YouthGroups.Add(group);
        await db.SaveChangesAsync();
        return group;
    });

    private static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    private static KeyValuePair<string, string>[] Report(string talked, string want, params string[] questions) =>
        [new("Input.TalkedAbout", talked), new("Input.WantBoardToKnow", want), .. questions.Select((q, i) => new KeyValuePair<string, string>($"Input.Questions[{i}]", q))];

    [Fact]
    public async Task A_young_person_saves_a_draft_then_sends_it_and_it_reaches_the_agenda_item_and_the_packs_youth_section()
    {
        var meeting = await UpcomingAsync();
        var group = await NewGroupAsync("Rainbow Riders");
        var url = $"/Voice/YouthGroups/Write/{group.Id}/{meeting.Id}";
        using var young = hub.ClientAs(HubRoles.YoungPerson);

        using var draft = await Forms.PostAsync(young, url, Report("We talked about bus passes.", "", "Can we have free bus passes?"));
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        var saved = await Query(db => db.YouthGroupReports.Include(r => r.Questions).SingleAsync(r => r.YouthGroupId == group.Id));
        Assert.Equal(YouthReportStatus.Draft, saved.Status);
        Assert.Null(saved.ReportRequestId);
        using (var member = hub.ClientAs(HubRoles.BoardMember))
        {
            var page = await TextAsync(await member.GetAsync($"/Voice/YouthGroups/Report/{saved.Id}"));
            Assert.Contains("The group is still writing this report", page);
            Assert.DoesNotContain("bus passes", page);
        }

        // Sending needs what the board must hear; what was typed stays on the form.
        using var incomplete = await Forms.PostAsync(young, url, Report("We talked about bus passes.", "", "Can we have free bus passes?"), handler: "Send");
        var html = await TextAsync(incomplete);
        Assert.Contains("Write what you want the board to know", html);
        Assert.Contains("Can we have free bus passes?", html);

        using var sent = await Forms.PostAsync(young, url, Report("We talked about bus passes and getting to college.", "Buses are too expensive for us.", "Can we have free bus passes?", "", "Who do we ask about college travel?"), handler: "Send");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var report = await Query(db => db.YouthGroupReports.Include(r => r.Questions).SingleAsync(r => r.YouthGroupId == group.Id));
        Assert.Equal(YouthReportStatus.Submitted, report.Status);
        Assert.Equal($"{HubRoles.YoungPerson}@test.example", report.SubmittedBy);
        Assert.Equal(["Can we have free bus passes?", "Who do we ask about college travel?"], report.Questions.OrderBy(q => q.Order).Select(q => q.Text));

        var paper = await Query(db => db.ReportRequests.SingleAsync(r => r.Id == report.ReportRequestId));
        Assert.True(paper.FromYouthGroup && paper.IsReceived);
        Assert.Equal(meeting.Id, paper.MeetingId);
        Assert.Equal(YouthReports.StandingItem(meeting)!.Id, paper.AgendaItemId);
        Assert.Equal("Youth groups' reports", meeting.Items.Single(i => i.Id == paper.AgendaItemId).Title);

        var pack = await hub.WithScopeAsync(s => s.GetRequiredService<BoardPackBuilder>().BuildAsync(meeting.Id, restricted: false, CancellationToken.None));
        var youth = pack!.Sections.Single(s => s.Heading == "Youth groups' reports");
        Assert.Contains(youth.Blocks, b => b is PackSubheading { Text: "Rainbow Riders (12 to 17)" });
        Assert.Contains(youth.Blocks, b => b is PackKeyValues kv && kv.Pairs.Contains(("What we talked about", "We talked about bus passes and getting to college."))
            && kv.Pairs.Contains(("What we want the board to know", "Buses are too expensive for us.")));
        Assert.Contains(youth.Blocks, b => b is PackBullets bullets && bullets.Items.SequenceEqual(["Can we have free bus passes?", "Who do we ask about college travel?"]));
        // Printed once, in the group's words: not again as a cover sheet.
        Assert.DoesNotContain(youth.Blocks, b => b is PackSubheading { Text: "Rainbow Riders report" });
    }

    [Fact]
    public async Task The_participation_officer_may_send_a_report_and_a_board_member_may_not()
    {
        var meeting = await UpcomingAsync();
        var group = await NewGroupAsync("Officer's Group");
        var url = $"/Voice/YouthGroups/Write/{group.Id}/{meeting.Id}";
        using var member = hub.ClientAs(HubRoles.BoardMember);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsync(url + "?handler=Send", new FormUrlEncodedContent(Report("a", "b")))).StatusCode);

        using var officer = hub.ClientAs(HubRoles.ParticipationOfficer);
        using var sent = await Forms.PostAsync(officer, url, Report("Our summer plans.", "We want a trip to the coast."), handler: "Send");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var report = await Query(db => db.YouthGroupReports.Include(r => r.Questions).SingleAsync(r => r.YouthGroupId == group.Id));
        Assert.Equal((YouthReportStatus.Submitted, $"{HubRoles.ParticipationOfficer}@test.example"), (report.Status, report.SubmittedBy));
        Assert.Empty(report.Questions);
        Assert.Equal(0, await Query(db => db.YouthGroupReports.CountAsync(r => r.YouthGroupId == group.Id && r.Status == YouthReportStatus.Draft)));
    }

    [Fact]
    public async Task A_meeting_whose_minutes_are_approved_refuses_reports_and_answers_with_a_clear_error_and_saves_nothing()
    {
        var approved = await Query(db => db.Meetings.Where(m => m.MinutesApprovedAtUtc != null).OrderBy(m => m.Date).FirstAsync());
        var group = await NewGroupAsync("Late Group");
        using var young = hub.ClientAs(HubRoles.YoungPerson);
        var page = await TextAsync(await young.GetAsync($"/Voice/YouthGroups/Write/{group.Id}/{approved.Id}"));
        Assert.Contains($"The minutes of the meeting on {approved.DateText} were approved", page);
        Assert.DoesNotContain("Send to the board", page);

        var refused = await Assert.ThrowsAsync<MeetingRuleException>(() => hub.WithScopeAsync(s =>
            new YouthReports(s.GetRequiredService<HubDbContext>(), s.GetRequiredService<TimeProvider>())
                .SaveAsync(group.Id, approved.Id, new YouthReportText("a", "b", ["c"]), submit: true, "someone", CancellationToken.None)));
        Assert.Contains("youth groups' reports can no longer change", refused.Message);
        Assert.False(await Query(db => db.YouthGroupReports.AnyAsync(r => r.YouthGroupId == group.Id)));

        // The demo's answered report at that meeting: its answers are the record now.
        var demo = await Query(db => db.YouthGroupReports.Include(r => r.Questions).FirstAsync(r => r.MeetingId == approved.Id && r.Status == YouthReportStatus.Submitted));
        var question = demo.Questions.First();
        var answerRefused = await Assert.ThrowsAsync<MeetingRuleException>(() => hub.WithScopeAsync(async s =>
        {
            await new YouthReports(s.GetRequiredService<HubDbContext>(), s.GetRequiredService<TimeProvider>())
                .RecordAnswersAsync(demo.Id, new Dictionary<int, (string?, string?)> { [question.Id] = ("A new answer", "Someone") }, CancellationToken.None);
            return true;
        }));
        Assert.Contains("answers to the youth groups' questions can no longer change", answerRefused.Message);
        Assert.Equal(question.BoardAnswer, await Query(db => db.YouthGroupQuestions.Where(q => q.Id == question.Id).Select(q => q.BoardAnswer).SingleAsync()));
        using var boardOfficer = hub.ClientAs(HubRoles.BoardOfficer);
        Assert.Contains("can no longer change", await TextAsync(await boardOfficer.GetAsync($"/Voice/YouthGroups/Answers/{demo.Id}")));
    }

    [Fact]
    public async Task The_board_officer_records_answers_and_the_participation_officer_turns_one_into_a_you_said_we_did_entry()
    {
        // The demo's held meeting whose minutes are still to be approved has a question left unanswered.
        var report = await Query(db => db.YouthGroupReports.Include(r => r.Questions).Include(r => r.YouthGroup)
            .SingleAsync(r => r.Questions.Any(q => q.Text == "Why is it so hard to find an NHS dentist?")));
        var questions = report.Questions.OrderBy(q => q.Order).ToList();
        var url = $"/Voice/YouthGroups/Answers/{report.Id}";
        List<KeyValuePair<string, string>> Fields(string? by) => questions.SelectMany((q, i) => new KeyValuePair<string, string>[]
        {
            new($"Answers[{i}].QuestionId", q.Id.ToString()), new($"Answers[{i}].Answer", q.BoardAnswer ?? "Two practices now see care leavers within a month."),
            new($"Answers[{i}].AnsweredBy", q.AnsweredBy ?? by ?? ""),
        }).ToList();

        using var member = hub.ClientAs(HubRoles.BoardMember);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(url)).StatusCode);
        using var boardOfficer = hub.ClientAs(HubRoles.BoardOfficer);
        using var missingWho = await Forms.PostAsync(boardOfficer, url, Fields(null));
        Assert.Contains("Enter who answered question 3", await TextAsync(missingWho));
        Assert.Null(await Query(db => db.YouthGroupQuestions.Where(q => q.Id == questions[2].Id).Select(q => q.BoardAnswer).SingleAsync()));

        using var answered = await Forms.PostAsync(boardOfficer, url, Fields("Designated Nurse for Children in Care"));
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        var question = await Query(db => db.YouthGroupQuestions.SingleAsync(q => q.Id == questions[2].Id));
        Assert.Equal(("Two practices now see care leavers within a month.", "Designated Nurse for Children in Care"), (question.BoardAnswer, question.AnsweredBy));
        Assert.NotNull(question.AnsweredAtUtc);
        Assert.Contains("Two practices now see care leavers within a month.", await TextAsync(await member.GetAsync($"/Voice/YouthGroups/Report/{report.Id}")));

        using var participation = hub.ClientAs(HubRoles.ParticipationOfficer);
        using var logged = await Forms.PostAsync(participation, "/Voice/YouSaid/Edit", [new("QuestionId", question.Id.ToString())], handler: "FromQuestion");
        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        var entry = await Query(db => db.YouSaidEntries.SingleAsync(e => e.YouthGroupQuestionId == question.Id));
        Assert.Equal($"/Voice/YouSaid/Edit/{entry.Id}", logged.Headers.Location!.OriginalString);
        Assert.Equal((VoiceSource.YouthGroupQuestion, report.Id, YouSaidStatus.Open), (entry.Source, entry.YouthGroupReportId, entry.Status));
        Assert.Contains("Why is it so hard to find an NHS dentist?", entry.YouSaid);
        Assert.Contains("Two practices now see care leavers within a month.", entry.WeDid);
        // One step, once: asking again gives the same entry.
        using var again = await Forms.PostAsync(participation, "/Voice/YouSaid/Edit", [new("QuestionId", question.Id.ToString())], handler: "FromQuestion");
        Assert.Equal(1, await Query(db => db.YouSaidEntries.CountAsync(e => e.YouthGroupQuestionId == question.Id)));
        Assert.Contains($"/Voice/YouSaid/Edit/{entry.Id}", await TextAsync(await participation.GetAsync($"/Voice/YouthGroups/Report/{report.Id}")));
    }

    [Fact]
    public async Task The_demo_has_two_groups_and_six_reports_this_year_answered_at_the_meetings_held()
    {
        var groups = await Query(db => db.YouthGroups.Where(g => g.Name == "Youth Ambassadors" || g.Name == "Making A Difference").Include(g => g.Meetings).ToListAsync());
        Assert.Equal(2, groups.Count);
        Assert.All(groups, g => Assert.NotEmpty(g.Meetings));
        var ids = groups.Select(g => g.Id).ToList();
        var reports = await Query(db => db.YouthGroupReports.Where(r => ids.Contains(r.YouthGroupId)).Include(r => r.Questions).ToListAsync());
        // The current board year's six; before it, both groups reported to every earlier meeting.
        var earlier = (await Query(db => db.Meetings.OrderBy(m => m.Date).Select(m => m.Id).ToListAsync())).Take(DemoCalendar.EarlierMeetings).ToList();
        var thisYear = reports.Where(r => !earlier.Contains(r.MeetingId)).ToList();
        Assert.Equal(6, thisYear.Count);
        Assert.Equal([3, 3], thisYear.GroupBy(r => r.YouthGroupId).Select(g => g.Count()));
        Assert.Equal(2 * earlier.Count, reports.Count - thisYear.Count);
        var held = await Query(db => db.Meetings.Where(m => m.MinutesApprovedAtUtc != null).Select(m => m.Id).ToListAsync());
        Assert.All(reports.Where(r => held.Contains(r.MeetingId)), r => Assert.All(r.Questions, q => Assert.NotNull(q.BoardAnswer)));
        Assert.All(reports.Where(r => r.Status == YouthReportStatus.Submitted), r => Assert.NotNull(r.ReportRequestId));
    }
}
