using System.Net;
using System.Security.Cryptography;
using CorporateParenting.Data;
using CorporateParenting.Data.AnnualReports;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Features.AnnualReports;
using CorporateParenting.Web.Features.Demo.AnnualReports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.AnnualReports;

/// <summary>The annual report's pages as each role sees them, on the demo council with the test sections.</summary>
public sealed class AnnualReportPageTests(AnnualReportHub hub) : IClassFixture<AnnualReportHub>
{
    private Task<T> Query<T>(Func<HubDbContext, Task<T>> query) => hub.WithScopeAsync(s => query(s.GetRequiredService<HubDbContext>()));

    private Task<AnnualReport> DemoReportAsync() => Query(db => db.AnnualReports.AsNoTracking().Include(r => r.Narratives).SingleAsync(r => r.Author == DemoAnnualReportSeeder.Author));

    private static IEnumerable<KeyValuePair<string, string>> StartFields(string kind, string year, string title = "A report") =>
        [new("Input.Kind", kind), new("Input.StartYear", year), new("Input.Title", title), new("Input.ReportTo", AnnualReportWorkflow.DefaultReportTo), new("Input.Author", "Cllr Test"), new("Input.ReportDate", "2025-06-01")];

    [Fact]
    public async Task The_list_shows_each_report_with_its_status_and_only_the_board_officer_may_start_one()
    {
        var demo = await DemoReportAsync();
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        var page = await officer.GetStringAsync("/AnnualReports");
        Assert.Contains($"href=\"/AnnualReports/Report/{demo.Id}\"", page);
        Assert.Contains(">Draft</strong>", page);
        Assert.Contains("Start a year's report", WebUtility.HtmlDecode(page));

        using var member = hub.ClientAs(HubRoles.BoardMember);
        Assert.DoesNotContain("/AnnualReports/Start", await member.GetStringAsync("/AnnualReports"));
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/AnnualReports/Start")).StatusCode);
        using var young = hub.ClientAs(HubRoles.YoungPerson);
        Assert.Equal(HttpStatusCode.Forbidden, (await young.GetAsync("/AnnualReports")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await young.GetAsync($"/AnnualReports/Report/{demo.Id}")).StatusCode);
    }

    [Fact]
    public async Task Starting_a_report_says_clearly_when_the_year_is_taken_or_not_over_and_writes_nothing()
    {
        var demo = await DemoReportAsync();
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        var before = await Query(db => db.AnnualReports.CountAsync());

        var duplicate = await Forms.PostAsync(officer, "/AnnualReports/Start", StartFields("Financial", demo.YearStart.Year.ToString()));
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Contains($"There is already a report for the financial year {demo.YearLabel}", WebUtility.HtmlDecode(await duplicate.Content.ReadAsStringAsync()));
        var tooSoon = await Forms.PostAsync(officer, "/AnnualReports/Start", StartFields("Financial", DateTime.UtcNow.Year.ToString()));
        Assert.Contains("has not ended yet", await tooSoon.Content.ReadAsStringAsync());
        var empty = await Forms.PostAsync(officer, "/AnnualReports/Start", [new("Input.StartYear", "")]);
        var emptyHtml = WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync());
        Assert.Contains("Choose whether the report covers the financial year or the municipal year", emptyHtml);
        Assert.Contains("Enter the report's title", emptyHtml);
        Assert.Equal(before, await Query(db => db.AnnualReports.CountAsync()));

        var started = await Forms.PostAsync(officer, "/AnnualReports/Start", StartFields("Municipal", "2001", "Municipal report 2001"));
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var id = await Query(db => db.AnnualReports.Where(r => r.Title == "Municipal report 2001").Select(r => r.Id).SingleAsync());
        Assert.Equal($"/AnnualReports/Report/{id}", started.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_draft_shows_each_sections_figures_sources_and_narrative_and_only_the_officer_gets_edit_links()
    {
        var demo = await DemoReportAsync();
        using var member = hub.ClientAs(HubRoles.BoardMember);
        var page = WebUtility.HtmlDecode(await member.GetStringAsync($"/AnnualReports/Report/{demo.Id}"));
        Assert.Contains(MeetingsTestSection.SectionTitle, page);
        Assert.Contains("href=\"/Governance/Members\">Board membership</a>", page);
        Assert.Contains(DemoAnnualReportSeeder.Narrative[AnnualReportSectionKeys.Foreword].Split("\n\n")[0], page);
        Assert.DoesNotContain("/AnnualReports/Narrative/", page);
        Assert.DoesNotContain($"/AnnualReports/Approve/{demo.Id}", page);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/AnnualReports/Narrative/{demo.Id}/{AnnualReportSectionKeys.Foreword}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/AnnualReports/Approve/{demo.Id}")).StatusCode);

        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        var officerPage = await officer.GetStringAsync($"/AnnualReports/Report/{demo.Id}");
        Assert.Contains($"/AnnualReports/Narrative/{demo.Id}/{AnnualReportSectionKeys.Meetings}", officerPage);
        Assert.Contains($"/AnnualReports/Approve/{demo.Id}", officerPage);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/AnnualReports/Narrative/{demo.Id}/no-such-section")).StatusCode);
    }

    [Fact]
    public async Task A_refused_narrative_save_keeps_the_text_and_a_good_one_is_saved()
    {
        var report = await hub.WithScopeAsync(s => s.GetRequiredService<AnnualReportWorkflow>().StartAsync(
            new NewAnnualReport(ReportYearKind.Municipal, 2002, "Report 2002", "O&S", "Chair", new DateOnly(2003, 6, 1)), default));
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        var url = $"/AnnualReports/Narrative/{report.Id}/{AnnualReportSectionKeys.Meetings}";
        var tooLong = "Kept words " + new string('x', AnnualReportWorkflow.NarrativeMaxLength);
        var refused = await Forms.PostAsync(officer, url, [new("Text", tooLong)]);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("must be 20,000 characters or fewer", html);
        Assert.Contains(tooLong, html);
        Assert.False(await Query(db => db.AnnualReportNarratives.AnyAsync(n => n.ReportId == report.Id)));

        var saved = await Forms.PostAsync(officer, url, [new("Text", "The board met as planned.")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("The board met as planned.", await Query(db => db.AnnualReportNarratives.Where(n => n.ReportId == report.Id).Select(n => n.Text).SingleAsync()));
    }

    [Fact]
    public async Task The_officer_records_the_chairs_approval_only_by_confirming_it_by_name_then_submits_it()
    {
        var report = await hub.WithScopeAsync(async s =>
        {
            var workflow = s.GetRequiredService<AnnualReportWorkflow>();
            var started = await workflow.StartAsync(new NewAnnualReport(ReportYearKind.Municipal, 2000, "Report 2000", "O&S", "Chair", new DateOnly(2001, 6, 1)), default);
            await workflow.SaveNarrativeAsync(started.Id, AnnualReportSectionKeys.Foreword, "Foreword words.", "officer", default);
            return started;
        });
        var chair = await hub.WithScopeAsync(s => s.GetRequiredService<AnnualReportWorkflow>().ChairNameAsync(default));
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        var unconfirmed = await Forms.PostAsync(officer, $"/AnnualReports/Approve/{report.Id}", []);
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Contains($"Confirm that {chair} has approved the report", WebUtility.HtmlDecode(await unconfirmed.Content.ReadAsStringAsync()));
        Assert.Null(await Query(db => db.AnnualReports.Where(r => r.Id == report.Id).Select(r => r.ApprovedAtUtc).SingleAsync()));

        var approved = await Forms.PostAsync(officer, $"/AnnualReports/Approve/{report.Id}", [new("ChairApproved", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var stored = await Query(db => db.AnnualReports.AsNoTracking().SingleAsync(r => r.Id == report.Id));
        Assert.Equal($"{chair}, recorded by {HubRoles.BoardOfficer}@test.example", stored.ApprovedBy);
        var kept = await Query(db => db.AnnualReportFiles.AsNoTracking().SingleAsync(f => f.ReportId == report.Id));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(kept.Pdf)), kept.PdfSha256);

        var early = await Forms.PostAsync(officer, $"/AnnualReports/Submit/{report.Id}", [new("CommitteeDate", "2001-01-01")]);
        Assert.Contains("on or after the day the report was approved", await early.Content.ReadAsStringAsync());
        var today = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7);
        var submitted = await Forms.PostAsync(officer, $"/AnnualReports/Submit/{report.Id}", [new("CommitteeDate", today.ToString("yyyy-MM-dd"))]);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal(AnnualReportStatus.Submitted, (await Query(db => db.AnnualReports.AsNoTracking().SingleAsync(r => r.Id == report.Id))).Status);
        var page = await officer.GetStringAsync($"/AnnualReports/Report/{report.Id}");
        Assert.DoesNotContain("Return to draft", page);
        Assert.DoesNotContain("/AnnualReports/Narrative/", page);
    }
}
