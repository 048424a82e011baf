using System.Net;
using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Features.Governance;
using CorporateParenting.Web.Features.Governance.Papers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CorporateParenting.Web.Tests.Governance;

/// <summary>The reporting schedule: placing reports on meetings, the cover sheet, who may submit, and the reminders.</summary>
public sealed class PapersTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private Task<T> Query<T>(Func<HubDbContext, Task<T>> query) => hub.WithScopeAsync(s => query(s.GetRequiredService<HubDbContext>()));

    private static Meeting On(int year, int month, int day, int id) => new() { Id = id, Date = new DateOnly(year, month, day), Place = "Hall" };

    [Fact]
    public void A_report_goes_to_the_first_meeting_in_or_after_its_month_within_two_months()
    {
        var meetings = new[] { On(2030, 1, 20, 1), On(2030, 3, 20, 2), On(2030, 5, 20, 3), On(2030, 7, 20, 4), On(2030, 9, 20, 5), On(2030, 11, 20, 6) };
        var quarterly = new ReportType { Id = 1, Title = "Q", Owner = "o", Frequency = ReportFrequency.Quarterly, MonthsDue = "1,4,7,10" };
        var annualInDecember = new ReportType { Id = 2, Title = "A", Owner = "o", Frequency = ReportFrequency.Annual, MonthsDue = "12" };
        var placed = ReportingSchedule.Place([quarterly, annualInDecember], meetings, deadlineDays: 10);
        Assert.Equal([1, 3, 4, 6], placed.Where(p => p.Type == quarterly).Select(p => p.Meeting.Id));
        Assert.DoesNotContain(placed, p => p.Type == annualInDecember);   // no meeting in December or January of that plan
        Assert.Equal(new DateOnly(2030, 1, 10), placed[0].DueDate);
        Assert.Equal([1, 7], ReportingSchedule.ParseMonths("January, jul"));
        Assert.Null(ReportingSchedule.ParseMonths("Janvier"));
        Assert.Null(ReportingSchedule.ParseMonths("13"));
    }

    [Fact]
    public async Task Adding_a_report_checks_its_months_and_placing_twice_adds_nothing_twice()
    {
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        KeyValuePair<string, string>[] fields(string months) => [new("NewType.Title", "Youth justice report"), new("NewType.Owner", "Youth Justice Service"), new("NewType.Frequency", "TwiceAYear"), new("NewType.MonthsDue", months)];
        using var wrong = await Forms.PostAsync(officer, "/Governance/Papers", fields("March"));
        var html = System.Net.WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync());
        Assert.Contains("A report due twice a year needs 2 months; you entered 1", html);
        Assert.Contains("value=\"Youth justice report\"", html);

        using var added = await Forms.PostAsync(officer, "/Governance/Papers", fields("February, December"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        using var placed = await Forms.PostAsync(officer, "/Governance/Papers", [], handler: "Place");
        var count = await Query(db => db.ReportRequests.CountAsync(r => r.Title == "Youth justice report"));
        var itemsBefore = await Query(db => db.AgendaItems.CountAsync());
        using var again = await Forms.PostAsync(officer, "/Governance/Papers", [], handler: "Place");
        Assert.Equal(count, await Query(db => db.ReportRequests.CountAsync(r => r.Title == "Youth justice report")));
        Assert.Equal(itemsBefore, await Query(db => db.AgendaItems.CountAsync()));
    }

    private async Task<ReportRequest> RequestAsync(string owner, bool confidential = false) => await Query(async db =>
    {
        var meeting = await db.Meetings.OrderByDescending(m => m.Date).FirstAsync();
        var request = new ReportRequest { MeetingId = meeting.Id, Title = $"Paper {Guid.NewGuid():N}", Owner = "Head of Service", OwnerEmail = owner, DueDate = new DateOnly(2030, 1, 10), Confidential = confidential };
        db.ReportRequests.Add(request);
        await db.SaveChangesAsync();
        return request;
    });

    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, int id, string summary, byte[]? file, string fileName = "paper.pdf")
    {
        var page = await client.GetStringAsync($"/Governance/Papers/Submit/{id}");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(System.Net.WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
            { new StringContent(summary), "Sheet.Summary" },
            { new StringContent("Agree the plan"), "Sheet.AskOfBoard" },
            { new StringContent("Stable homes"), "Sheet.PledgeContribution" },
            { new StringContent("Ten young people shaped it"), "Sheet.ChildrenInvolvement" },
        };
        if (file is not null) content.Add(new ByteArrayContent(file), "Paper", fileName);
        return await client.PostAsync($"/Governance/Papers/Submit/{id}", content);
    }

    [Fact]
    public async Task The_owner_submits_a_paper_with_every_cover_sheet_field_and_others_may_not()
    {
        var request = await RequestAsync($"{HubRoles.ServiceManager}@test.example");
        using var owner = hub.ClientAs(HubRoles.ServiceManager);

        using var empty = await SubmitAsync(owner, request.Id, "", null);
        var html = System.Net.WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync());
        Assert.Contains("Enter a summary of the report", html);
        Assert.Contains("Select the paper to send", html);
        Assert.Contains("Agree the plan", html);   // what was typed is kept
        Assert.Null((await Query(db => db.ReportRequests.SingleAsync(r => r.Id == request.Id))).ReceivedAtUtc);

        using var fileButNoSummary = await SubmitAsync(owner, request.Id, "", "%PDF-1.4"u8.ToArray());
        Assert.Contains("Select the paper again", await fileButNoSummary.Content.ReadAsStringAsync());   // a browser cannot keep the file

        using var wrongType = await SubmitAsync(owner, request.Id, "Summary", [1, 2, 3], "paper.exe");
        Assert.Contains("must be a PDF, Word", await wrongType.Content.ReadAsStringAsync());

        using var sent = await SubmitAsync(owner, request.Id, "How the service did this year", "%PDF-1.4 test"u8.ToArray());
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var stored = await Query(db => db.ReportRequests.SingleAsync(r => r.Id == request.Id));
        Assert.Equal(("How the service did this year", "paper.pdf", $"{HubRoles.ServiceManager}@test.example"), (stored.Summary, stored.FileName, stored.SubmittedBy));
        Assert.NotNull(stored.ReceivedAtUtc);

        using var member = hub.ClientAs(HubRoles.BoardMember);
        Assert.Contains("How the service did this year", await member.GetStringAsync($"/Governance/Papers/Show/{request.Id}"));
        using var download = await member.GetAsync($"/Governance/Papers/Show/{request.Id}?handler=File");
        Assert.Equal("%PDF-1.4 test", await download.Content.ReadAsStringAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);   // from the extension, not the browser
        using var chair = hub.ClientAs(HubRoles.WorkingGroupChair);
        Assert.Equal(HttpStatusCode.Forbidden, (await chair.GetAsync($"/Governance/Papers/Submit/{request.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_confidential_paper_does_not_exist_for_members()
    {
        var request = await RequestAsync("someone@council.example", confidential: true);
        using var member = hub.ClientAs(HubRoles.BoardMember);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/Governance/Papers/Show/{request.Id}")).StatusCode);
        Assert.DoesNotContain(request.Title, await member.GetStringAsync("/Governance/Papers"));
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        Assert.Contains(request.Title, await officer.GetStringAsync("/Governance/Papers"));
    }

    [Fact]
    public async Task Owners_are_reminded_once_before_the_deadline_and_once_when_it_is_missed()
    {
        var request = await RequestAsync("late.owner@council.example");
        var mail = Path.Combine(hub.DataDirectory, "mail");
        int MailsTo() => Directory.Exists(mail) ? Directory.GetFiles(mail).Count(f => File.ReadAllText(f).Contains("late.owner@council.example")) : 0;
        Task<int> RunOn(DateOnly day) => hub.WithScopeAsync(s => s.GetRequiredService<PaperReminders>().SendDueAsync(day, CancellationToken.None));

        await RunOn(new DateOnly(2029, 12, 1));   // more than a week ahead: nothing yet
        Assert.Equal(0, MailsTo());
        await RunOn(new DateOnly(2030, 1, 4));
        await RunOn(new DateOnly(2030, 1, 5));
        Assert.Equal(1, MailsTo());
        await RunOn(new DateOnly(2030, 1, 11));
        await RunOn(new DateOnly(2030, 1, 12));
        Assert.Equal(2, MailsTo());
        var sent = await Query(db => db.ReportRequests.SingleAsync(r => r.Id == request.Id));
        Assert.Equal((new DateOnly(2030, 1, 4), new DateOnly(2030, 1, 11)), (sent.ReminderSentOn, sent.OverdueNoticeSentOn));
        Assert.Contains(Directory.GetFiles(mail), f => File.ReadAllText(f).Contains("Overdue:"));
    }
}
