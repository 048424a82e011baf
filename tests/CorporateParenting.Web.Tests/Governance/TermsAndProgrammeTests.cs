using System.Net;
using CorporateParenting.Data;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace CorporateParenting.Web.Tests.Governance;

/// <summary>Terms of reference kept by version, and the work programme as a page, a workbook and a calendar.</summary>
public sealed class TermsAndProgrammeTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private Task<T> Query<T>(Func<HubDbContext, Task<T>> query) => hub.WithScopeAsync(s => query(s.GetRequiredService<HubDbContext>()));

    [Fact]
    public async Task A_new_version_of_the_terms_keeps_the_earlier_ones_and_cannot_predate_them()
    {
        var before = await Query(db => db.TermsOfReference.OrderByDescending(t => t.Version).FirstAsync());
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        KeyValuePair<string, string>[] fields(string date) => [new("Input.AdoptedOn", date), new("Input.Objectives", "Listen, then act."), new("Input.Frequency", "Monthly"), new("Input.Accountability", "Cabinet"), new("Input.Membership", "Everyone")];

        using var early = await Forms.PostAsync(officer, "/Governance/Terms", fields(before.AdoptedOn.AddDays(-1).ToString("yyyy-MM-dd")));
        Assert.Contains("A new version must be adopted on or after the current one", System.Net.WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync()));

        using var saved = await Forms.PostAsync(officer, "/Governance/Terms", fields("2031-05-01"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var member = hub.ClientAs(HubRoles.BoardMember);
        var current = await member.GetStringAsync("/Governance/Terms");
        Assert.Contains("Listen, then act.", current);
        Assert.Contains($"Version {before.Version + 1}", current);
        Assert.Contains(before.Objectives.Split('\n')[0], System.Net.WebUtility.HtmlDecode(await member.GetStringAsync($"/Governance/Terms?version={before.Version}")));
        Assert.DoesNotContain("Record a new version", current);
    }

    [Fact]
    public async Task The_work_programme_lists_each_meeting_with_its_reports_and_exports_to_excel_and_icalendar()
    {
        var meetings = await Query(db => db.Meetings.OrderBy(m => m.Date).ToListAsync());
        var year = meetings[^1].Date.Year;
        using var member = hub.ClientAs(HubRoles.BoardMember);
        var page = System.Net.WebUtility.HtmlDecode(await member.GetStringAsync($"/Governance/WorkProgramme?year={year}"));
        Assert.Contains("Children in Care Council report", page);
        Assert.Contains("Director's briefing", page);
        Assert.DoesNotContain("commercially sensitive", page);

        var workbook = await member.GetByteArrayAsync($"/Governance/WorkProgramme?handler=Excel&year={year}");
        var rows = new MemoryStream(workbook).Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(meetings.Count(m => m.Date.Year == year), rows.Count);
        Assert.Contains(rows, r => r["Reports"]?.ToString()?.Contains("Children in Care Council report") == true);

        var docx = await member.GetByteArrayAsync($"/Governance/WorkProgramme?handler=Word&year={year}");
        using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            var table = word.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Table>().Single();
            var tableRows = table.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().ToList();
            Assert.Equal(rows.Count + 1, tableRows.Count);   // a header row and a row per meeting
            Assert.Contains("Children in Care Council report", table.InnerText);
            Assert.Contains($"Work programme {year}", word.MainDocumentPart.Document.Body.InnerText);
        }

        var ics = await member.GetStringAsync("/Governance/WorkProgramme?handler=Calendar");
        Assert.StartsWith("BEGIN:VCALENDAR", ics);
        Assert.Contains("BEGIN:VTIMEZONE", ics);
        Assert.Equal(meetings.Count, System.Text.RegularExpressions.Regex.Matches(ics, "BEGIN:VEVENT").Count);
        Assert.Contains($"DTSTART;TZID=Europe/London:{meetings[0].Date:yyyyMMdd}T{meetings[0].StartTime:HHmmss}", ics);
    }
}
