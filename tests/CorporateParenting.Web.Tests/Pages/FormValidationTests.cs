using System.Net;
using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Data.Performance;
using CorporateParenting.Data.Strategy;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Pages;

/// <summary>One validation approach (ADR 18): validators run by a page filter, lengths read from the entity configuration.</summary>
public sealed class FormValidationTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private Task<T> Query<T>(Func<HubDbContext, Task<T>> query) => hub.WithScopeAsync(s => query(s.GetRequiredService<HubDbContext>()));

    [Fact]
    public void Lengths_come_from_the_entity_configuration_and_a_column_without_one_is_an_error() => hub.WithScope(s =>
    {
        var db = s.GetRequiredService<HubDbContext>();
        Assert.Equal(300, db.MaxLength<ReportRequest>(r => r.Title));
        Assert.Equal(256, db.MaxLength<PriorityArea>(p => p.ChairEmail));
        Assert.Throws<InvalidOperationException>(() => db.MaxLength<Indicator>(i => i.Definition));   // unbounded text: a form must say its own limit
        return 0;
    });

    [Fact]
    public async Task A_form_that_fails_keeps_what_was_typed_and_says_what_is_wrong_field_by_field()
    {
        var meetingId = await Query(db => db.Meetings.OrderByDescending(m => m.Date).Select(m => m.Id).FirstAsync());
        var before = await Query(db => db.ReportRequests.CountAsync());
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        using var refused = await Forms.PostAsync(officer, $"/Governance/Papers/Ask/{meetingId}",
            [new("Input.Title", new string('t', 301)), new("Input.Owner", ""), new("Input.OwnerEmail", "jo@council, sam@council.gov.uk"), new("Input.DueDate", "2020-01-01")]);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("The paper's title must be 300 characters or fewer", html);
        Assert.Contains("Enter who will write the paper", html);
        Assert.Contains("Enter the owner's e-mail address in the right format", html);
        Assert.Contains("value=\"jo@council, sam@council.gov.uk\"", html);
        Assert.Equal(before, await Query(db => db.ReportRequests.CountAsync()));
    }

    [Fact]
    public async Task An_owner_email_with_a_display_name_is_stored_as_the_address_on_every_form_that_takes_one()
    {
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        var title = $"Report {Guid.NewGuid():N}"[..20];
        using var added = await Forms.PostAsync(officer, "/Governance/Papers",
            [new("NewType.Title", title), new("NewType.Owner", "Jo Bloggs"), new("NewType.OwnerEmail", "Jo Bloggs <jo@council.gov.uk>"), new("NewType.Frequency", "Annual"), new("NewType.MonthsDue", "March")]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal("jo@council.gov.uk", (await Query(db => db.ReportTypes.SingleAsync(t => t.Title == title))).OwnerEmail);

        using var contact = await Forms.PostAsync(officer, "/Governance/Contacts", [new("Input.Name", title), new("Input.Kind", "Officer"), new("Input.Email", "\"Bloggs, Jo\" <jo@council.gov.uk>")]);
        Assert.Equal(HttpStatusCode.Redirect, contact.StatusCode);
        Assert.Equal("jo@council.gov.uk", (await Query(db => db.ReportingContacts.SingleAsync(c => c.Name == title))).Email);
    }

    [Fact]
    public async Task A_named_handler_runs_only_its_own_checks()
    {
        var priority = await Query(db => db.PriorityAreas.OrderBy(p => p.Order).FirstAsync());
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        using var refused = await Forms.PostAsync(officer, $"/Strategy/Priorities/Show/{priority.Id}", [new("NewAim", "   ")], handler: "Aim");
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Enter the aim", html);
        using var saved = await Forms.PostAsync(officer, $"/Strategy/Priorities/Show/{priority.Id}", [new("NewAim", "Every child has a say in their plan")], handler: "Aim");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    [Fact]
    public async Task The_meeting_and_minutes_forms_are_checked_by_their_validators_and_save_nothing()
    {
        var meeting = await Query(db => db.Meetings.Include(m => m.Items).OrderByDescending(m => m.Date).FirstAsync());
        var (actions, items, resolutions) = await Query(async db => (await db.BoardActions.CountAsync(), await db.AgendaItems.CountAsync(), await db.Resolutions.CountAsync()));
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        async Task<string> Refused(HttpClient client, string url, KeyValuePair<string, string>[] fields, string? handler = null)
        {
            using var response = await Forms.PostAsync(client, url, fields, handler: handler);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        }

        var action = await Refused(officer, $"/Governance/Meetings/Show/{meeting.Id}", [new("NewAction.Description", new string('a', 1001)), new("NewAction.Owner", " ")], "Action");
        Assert.Contains("The action must be 1,000 characters or fewer", action);
        Assert.Contains("Enter who owns the action", action);
        Assert.Contains("Enter the date it is due", action);
        Assert.DoesNotContain("Enter the item's title", action);   // the agenda item's rules are not the action's

        var item = await Refused(officer, $"/Governance/Meetings/Show/{meeting.Id}", [new("Item.Title", ""), new("Item.Presenter", new string('p', 201))]);
        Assert.Contains("Enter the item's title", item);
        Assert.Contains("The presenter must be 200 characters or fewer", item);

        var resolution = await Refused(officer, $"/Governance/Meetings/Minutes/{meeting.Id}", [new("ResolutionItemId", meeting.Items.Select(i => i.Id).FirstOrDefault().ToString()), new("ResolutionText", new string('r', 2001))], "Resolution");
        Assert.Contains("The decision must be 2,000 characters or fewer", resolution);

        Assert.Equal((actions, items, resolutions), await Query(async db => (await db.BoardActions.CountAsync(), await db.AgendaItems.CountAsync(), await db.Resolutions.CountAsync())));
    }
}
