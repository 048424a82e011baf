using System.Net;
using System.Text.RegularExpressions;
using CorporateParenting.Data;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Pages;

/// <summary>
/// Dates as the GOV.UK date input and times as one text field (ADR 36): the reading of the fields, the Design System's
/// messages on real forms, what was typed kept, and none of the framework's own wording on a page.
/// </summary>
public sealed partial class DateInputTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private Task<T> Query<T>(Func<HubDbContext, Task<T>> query) => hub.WithScopeAsync(s => query(s.GetRequiredService<HubDbContext>()));

    [Theory]
    [InlineData("27", "3", "2027", "2027-03-27")]
    [InlineData(" 1 ", "12", "2026", "2026-12-01")]
    [InlineData("29", "2", "2028", "2028-02-29")]   // a leap year
    [InlineData("5", "Mar", "2027", "2027-03-05")]   // a month by name, as the Design System advises accepting
    [InlineData("5", "september", "2027", "2027-09-05")]
    public void A_real_date_is_read(string day, string month, string year, string expected)
    {
        var read = DateInput.Read(day, month, year, "Date of the meeting");
        Assert.Null(read.Error);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), read.Date);
    }

    [Theory]
    [InlineData("27", "", "2027", "Date of the meeting must include a month", DatePart.Month)]
    [InlineData("", "", "2027", "Date of the meeting must include a day and month", DatePart.Day | DatePart.Month)]
    [InlineData("27", "3", "", "Date of the meeting must include a year", DatePart.Year)]
    [InlineData("", "3", "", "Date of the meeting must include a day and year", DatePart.Day | DatePart.Year)]
    [InlineData("31", "2", "2027", "Date of the meeting must be a real date", DatePart.Day)]
    [InlineData("29", "2", "2027", "Date of the meeting must be a real date", DatePart.Day)]   // not a leap year
    [InlineData("1", "13", "2027", "Date of the meeting must be a real date", DatePart.Month)]
    [InlineData("abc", "3", "2027", "Date of the meeting must be a real date", DatePart.Day)]
    [InlineData("1", "3", "twenty", "Date of the meeting must be a real date", DatePart.Year)]
    [InlineData("1", "3", "27", "Date of the meeting must include a year with 4 numbers", DatePart.Year)]
    [InlineData("0", "3", "2027", "Date of the meeting must be a real date", DatePart.Day)]
    public void A_date_that_cannot_be_read_gets_the_design_systems_message_and_the_fields_in_error(string day, string month, string year, string message, DatePart parts)
    {
        var read = DateInput.Read(day, month, year, "Date of the meeting");
        Assert.Null(read.Date);
        Assert.Equal(message, read.Error);
        Assert.Equal(parts, read.PartsInError);
    }

    [Fact]
    public void Three_empty_fields_are_no_date_for_the_page_to_ask_for() =>
        Assert.Equal(new DateInput.Reading(null, null, DatePart.None), DateInput.Read(" ", "", null, "Date"));

    [Theory]
    [InlineData("14:30", 14, 30)]
    [InlineData("09:05", 9, 5)]
    [InlineData("1430", 14, 30)]
    [InlineData("14.30", 14, 30)]
    [InlineData("2:30pm", 14, 30)]
    [InlineData("2.30 PM", 14, 30)]
    [InlineData("2pm", 14, 0)]
    [InlineData("12am", 0, 0)]
    [InlineData("12:15pm", 12, 15)]
    [InlineData("midday", 12, 0)]
    [InlineData("10:00:00", 10, 0)]
    public void A_time_is_read_in_the_24_hour_or_the_am_pm_style(string typed, int hour, int minute) =>
        Assert.Equal(new TimeOnly(hour, minute), TimeInputModelBinder.Read(typed));

    [Theory]
    [InlineData("25:00")]
    [InlineData("14:60")]
    [InlineData("13pm")]
    [InlineData("14")]
    [InlineData("half past two")]
    public void A_time_that_cannot_be_read_is_refused(string typed) => Assert.Null(TimeInputModelBinder.Read(typed));

    [Fact]
    public async Task An_impossible_date_is_refused_in_the_design_systems_words_and_what_was_typed_stays()
    {
        var meeting = await Query(db => db.Meetings.AsNoTracking().Where(m => m.MinutesApprovedAtUtc == null).OrderByDescending(m => m.Date).FirstAsync());
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        using var refused = await Forms.PostAsync(officer, $"/Governance/Meetings/Edit/{meeting.Id}",
            [.. Forms.Date("Input.Date", "31", "2", "2031"), new("Input.StartTime", "half two"), new("Input.Place", "Town Hall")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("<a href=\"#Input_Date_Day\">The date of the meeting must be a real date</a>", html);
        Assert.Contains("<a href=\"#Input_StartTime\">Start time must be a real time, like 14:30 or 2:30pm</a>", html);
        Assert.Contains("name=\"Input.Date.Day\" type=\"text\" inputmode=\"numeric\" value=\"31\"", Field(html, "Input_Date_Day"));
        Assert.Contains("value=\"2\"", Field(html, "Input_Date_Month"));
        Assert.Contains("value=\"2031\"", Field(html, "Input_Date_Year"));
        Assert.Contains("govuk-input--error", Field(html, "Input_Date_Day"));
        Assert.DoesNotContain("govuk-input--error", Field(html, "Input_Date_Month"));
        Assert.Contains("value=\"half two\"", Field(html, "Input_StartTime"));
        Assert.Equal(meeting.Date, await Query(db => db.Meetings.Where(m => m.Id == meeting.Id).Select(m => m.Date).SingleAsync()));
    }

    [Fact]
    public async Task A_missing_part_is_named_and_the_summary_links_to_that_field()
    {
        var meeting = await Query(db => db.Meetings.AsNoTracking().Where(m => m.MinutesApprovedAtUtc == null).OrderByDescending(m => m.Date).FirstAsync());
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        using var refused = await Forms.PostAsync(officer, $"/Governance/Meetings/Edit/{meeting.Id}",
            [.. Forms.Date("Input.Date", "12", "", "2031"), new("Input.StartTime", "14:30"), new("Input.Place", "Town Hall")]);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("<a href=\"#Input_Date_Month\">The date of the meeting must include a month</a>", html);
        Assert.Contains("govuk-input--error", Field(html, "Input_Date_Month"));
        Assert.DoesNotContain("govuk-input--error", Field(html, "Input_Date_Day"));

        // Nothing typed: the page's own message, and every field marked.
        using var empty = await Forms.PostAsync(officer, $"/Governance/Meetings/Edit/{meeting.Id}",
            [.. Forms.Date("Input.Date", null), new("Input.StartTime", ""), new("Input.Place", "Town Hall")]);
        var emptyHtml = await empty.Content.ReadAsStringAsync();
        Assert.Contains("<a href=\"#Input_Date_Day\">Enter the date of the meeting</a>", emptyHtml);
        Assert.Contains("govuk-input--error", Field(emptyHtml, "Input_Date_Year"));
    }

    [Fact]
    public async Task A_real_date_and_an_am_pm_time_are_saved()
    {
        var meeting = await Query(db => db.Meetings.AsNoTracking().Where(m => m.MinutesApprovedAtUtc == null).OrderByDescending(m => m.Date).FirstAsync());
        var date = meeting.Date.AddDays(1);
        while (await Query(db => db.Meetings.AnyAsync(m => m.Date == date))) date = date.AddDays(1);
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        using var saved = await Forms.PostAsync(officer, $"/Governance/Meetings/Edit/{meeting.Id}",
            [.. Forms.Date("Input.Date", date.Day.ToString(), date.ToString("MMMM", System.Globalization.CultureInfo.InvariantCulture), date.Year.ToString()),
             new("Input.StartTime", "2:30pm"), new("Input.Place", meeting.Place)]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await Query(db => db.Meetings.AsNoTracking().SingleAsync(m => m.Id == meeting.Id));
        Assert.Equal((date, new TimeOnly(14, 30)), (after.Date, after.StartTime));

        // The form shows the saved date in its three fields and the time in the 24-hour style.
        var form = await officer.GetStringAsync($"/Governance/Meetings/Edit/{meeting.Id}");
        Assert.Contains($"value=\"{date.Day}\"", Field(form, "Input_Date_Day"));
        Assert.Contains($"value=\"{date.Year}\"", Field(form, "Input_Date_Year"));
        Assert.Contains("value=\"14:30\"", Field(form, "Input_StartTime"));
        Assert.Contains("<legend class=\"govuk-fieldset__legend\">Date</legend>", form);
        Assert.Contains("For example, 27 3 2027", form);
    }

    [Fact]
    public async Task No_page_shows_the_frameworks_own_binding_messages()
    {
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        using var report = await Forms.PostAsync(officer, "/AnnualReports/Start",
            [new("Input.Kind", "Fortnightly"), new("Input.StartYear", "abc"), new("Input.Title", "A report"), new("Input.ReportTo", "Cabinet"),
             new("Input.Author", "Cllr Test"), .. Forms.Date("Input.ReportDate", "1", "6", "2025")]);
        var reportHtml = WebUtility.HtmlDecode(await report.Content.ReadAsStringAsync());
        Assert.Contains("Start year must be a number", reportHtml);
        Assert.Contains("Select kind from the options given", reportHtml);

        var meetingId = await Query(db => db.Meetings.OrderByDescending(m => m.Date).Select(m => m.Id).FirstAsync());
        using var ask = await Forms.PostAsync(officer, $"/Governance/Papers/Ask/{meetingId}",
            [new("Input.Title", "A paper"), new("Input.Owner", "Jo"), .. Forms.Date("Input.DueDate", "1", "3", "abcd")]);
        var askHtml = WebUtility.HtmlDecode(await ask.Content.ReadAsStringAsync());
        Assert.Contains("Due date must be a real date", askHtml);

        // A date sent as one value (a crafted post or an old link) is read the old way, and still not in the framework's words.
        using var admin = hub.ClientAs(HubRoles.Administrator);
        var audit = WebUtility.HtmlDecode(await admin.GetStringAsync("/Admin/Audit?Filter.From=yesterday&Filter.Page=first"));
        Assert.Contains("The from date must be a real date", audit);
        Assert.DoesNotContain("is not valid", audit);   // the page number is read from ?page= alone, never bound (ADR 35)

        foreach (var html in new[] { reportHtml, askHtml, audit })
        {
            Assert.DoesNotContain("is not valid for", html);
            Assert.DoesNotContain("The value '", html);
            Assert.DoesNotContain("field is required", html);
        }
    }

    /// <summary>The markup of one input, by its id.</summary>
    private static string Field(string html, string id) => Regex.Match(html, $"<input [^>]*id=\"{id}\"[^>]*>").Value is { Length: > 0 } field ? field : throw new Xunit.Sdk.XunitException($"No input {id}");
}
