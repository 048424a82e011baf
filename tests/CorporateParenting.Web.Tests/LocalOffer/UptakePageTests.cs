using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CorporateParenting.Data;
using CorporateParenting.Data.AnnualReports;
using CorporateParenting.Data.Identity;
using CorporateParenting.Data.LocalOffer;
using CorporateParenting.Data.Services;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Documents;
using CorporateParenting.Web.Features.AnnualReports;
using CorporateParenting.Web.Features.AnnualReports.Sections;
using CorporateParenting.Web.Features.Governance.Pack;
using CorporateParenting.Web.Features.LocalOffer.Uptake;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.LocalOffer;

/// <summary>
/// Uptake and value in the Hub: the page as a member and as an analyst, recording by form and by CSV (all or nothing),
/// a service manager kept to their services' entitlements, the CSV download, the pack's section and the annual report's.
/// The class seeds its own entitlements (keys "test-..."), so it holds whatever the demo offer's keys are.
/// </summary>
public sealed partial class UptakePageTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private const int Year = 2025;
    private const string ManagerId = "test-" + HubRoles.ServiceManager;   // the id TestSignIn gives a service manager

    private async Task SeedAsync()
    {
        await hub.WithScope(async s =>
        {
            var db = s.GetRequiredService<HubDbContext>();
            if (await db.OfferUptake.AnyAsync(u => u.EntitlementKey == "test-tax")) return 0;
            var service = await db.Services.OrderBy(x => x.Id).FirstAsync();
            var number = (await db.LocalOfferVersions.MaxAsync(v => (int?)v.Number) ?? 0) + 1;
            var version = new LocalOfferVersion { Number = number, Introduction = "Test edition" };
            OfferEntitlement E(string key, string title, OfferArea area, int order, int? serviceId = null) => new()
            {
                Key = key, Title = title, Area = area, Order = order, ServiceId = serviceId, Description = "d", Provider = "p", HowToGet = "h", Contact = "c",
            };
            version.Entitlements.AddRange([
                E("test-tax", "Test council tax exemption", OfferArea.Accommodation, 1, service.Id),
                E("test-deposit", "Test rent deposit", OfferArea.Accommodation, 2),
                E("test-furniture", "Test furniture grant", OfferArea.Accommodation, 3),
                E("test-mentor", "Test mentoring", OfferArea.Relationships, 1),
            ]);
            db.LocalOfferVersions.Add(version);
            await db.SaveChangesAsync();
            (version.PublishedOn, version.PublishedBy, version.PublishedAtUtc) = (new DateOnly(2024, 4, 1), "officer@test.example", new DateTime(2024, 4, 1, 9, 0, 0, DateTimeKind.Utc));
            OfferUptake U(string key, int year, int people, decimal? value) => new()
            {
                EntitlementKey = key, PeriodStart = new DateOnly(year, 4, 1), PeriodEnd = new DateOnly(year + 1, 3, 31), YoungPeople = people, Cost = value, Value = value, RecordedBy = "test",
            };
            db.OfferUptake.AddRange(U("test-tax", Year, 53, 18_629.84m), U("test-deposit", Year, 3, 1_500m), U("test-furniture", Year, 40, 20_000m), U("test-tax", Year - 1, 48, 16_870.20m));
            if (!await db.Users.AnyAsync(u => u.Id == ManagerId))
            {
                var users = s.GetRequiredService<UserManager<HubUser>>();
                Assert.True((await users.CreateAsync(new HubUser { Id = ManagerId, UserName = "uptake-manager@test.example", Email = "uptake-manager@test.example", DisplayName = "Uptake manager" })).Succeeded);
            }
            db.ServiceAssignments.Add(new ServiceAssignment { ServiceId = service.Id, UserId = ManagerId });
            return await db.SaveChangesAsync();
        });
    }

    private async Task<List<OfferUptake>> HeldAsync() =>
        await hub.WithScope(s => s.GetRequiredService<HubDbContext>().OfferUptake.AsNoTracking().OrderBy(u => u.Id).ToListAsync());

    private static string Cell(string html, string key)
    {
        var row = html[html.IndexOf($"data-key=\"{key}\"", StringComparison.Ordinal)..];
        return YoungPeopleCell().Match(row[..row.IndexOf("</tr>", StringComparison.Ordinal)]).Groups[1].Value.Trim();
    }

    [Fact]
    public async Task A_member_sees_c_for_a_small_count_and_its_money_and_an_analyst_sees_the_count()
    {
        await SeedAsync();
        using var member = hub.ClientAs(HubRoles.BoardMember);
        var html = WebUtility.HtmlDecode(await member.GetStringAsync($"/LocalOffer/Uptake?Year={Year}"));
        Assert.Equal("c", Cell(html, "test-deposit"));
        Assert.DoesNotContain("£1,500.00", html);   // the deposit's money would give its count away
        Assert.Contains("data-testid=\"suppression-note\"", html);
        Assert.DoesNotContain("/LocalOffer/Uptake/Record", html);
        Assert.Contains("2024-25", html);   // the trend across years

        using var analyst = hub.ClientAs(HubRoles.PerformanceAnalyst);
        var open = WebUtility.HtmlDecode(await analyst.GetStringAsync($"/LocalOffer/Uptake?Year={Year}"));
        Assert.Equal("3", Cell(open, "test-deposit"));
        Assert.Equal("53", Cell(open, "test-tax"));
        Assert.Contains("£1,500.00", open);
        Assert.DoesNotContain("data-testid=\"suppression-note\"", open);

        using var young = hub.ClientAs(HubRoles.YoungPerson);
        Assert.Equal("c", Cell(await young.GetStringAsync($"/LocalOffer/Uptake?Year={Year}"), "test-deposit"));
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync("/LocalOffer/Uptake?Year=1990")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/LocalOffer/Uptake/Record")).StatusCode);
    }

    [Fact]
    public async Task The_csv_download_is_what_the_viewer_may_see()
    {
        await SeedAsync();
        using var member = hub.ClientAs(HubRoles.BoardMember);
        using var response = await member.GetAsync("/LocalOffer/Uptake?handler=Csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');
        Assert.Contains(lines, l => l.Contains("test-deposit") && l.TrimEnd('\r').EndsWith(",c,c,c", StringComparison.Ordinal));
        Assert.DoesNotContain("1500.00", string.Concat(lines));

        using var analyst = hub.ClientAs(HubRoles.PerformanceAnalyst);
        var open = (await analyst.GetStringAsync("/LocalOffer/Uptake?handler=Csv")).Split('\n');
        Assert.Contains(open, l => l.Contains("test-deposit") && l.Contains("2025-26") && l.TrimEnd('\r').EndsWith(",3,1500.00,1500.00", StringComparison.Ordinal));
        Assert.Contains(open, l => l.Contains("test-tax") && l.Contains("2024-25") && l.Contains(",48,16870.20,16870.20"));
    }

    [Fact]
    public async Task A_bad_form_keeps_what_was_typed_with_specific_errors_and_a_good_one_saves()
    {
        await SeedAsync();
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        var before = await HeldAsync();
        using var bad = await Forms.PostAsync(officer, "/LocalOffer/Uptake/Edit",
            [new("Input.EntitlementKey", "test-mentor"), new("Input.PeriodStart", "2025-04-01"), new("Input.PeriodEnd", "2024-03-31"), new("Input.YoungPeople", "twelve"), new("Input.Cost", "-5"), new("Input.Value", "£1,234.56")]);
        var html = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("The number of young people must be a whole number", html);
        Assert.Contains("The period must end on or after the day it starts", html);
        Assert.Contains("The cost must be £0 or more", html);
        Assert.Contains("value=\"twelve\"", html);
        Assert.Contains("value=\"£1,234.56\"", html);
        Assert.Equal(before.Count, (await HeldAsync()).Count);

        using var overlap = await Forms.PostAsync(officer, "/LocalOffer/Uptake/Edit",
            [new("Input.EntitlementKey", "test-tax"), new("Input.PeriodStart", "2025-10-01"), new("Input.PeriodEnd", "2025-12-31"), new("Input.YoungPeople", "4")]);
        Assert.Contains("overlaps this period", WebUtility.HtmlDecode(await overlap.Content.ReadAsStringAsync()));

        using var good = await Forms.PostAsync(officer, "/LocalOffer/Uptake/Edit",
            [new("Input.EntitlementKey", "test-mentor"), new("Input.PeriodStart", "2025-04-01"), new("Input.PeriodEnd", "2026-03-31"), new("Input.YoungPeople", "12"), new("Input.Value", "£1,234.56")]);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var saved = (await HeldAsync()).Single(u => u.EntitlementKey == "test-mentor");
        Assert.Equal((12, 1_234.56m, (decimal?)null, HubRoles.BoardOfficer + "@test.example"), (saved.YoungPeople, saved.Value!.Value, saved.Cost, saved.RecordedBy));

        using var corrected = await Forms.PostAsync(officer, $"/LocalOffer/Uptake/Edit/{saved.Id}",
            [new("Input.EntitlementKey", "test-mentor"), new("Input.PeriodStart", "2025-04-01"), new("Input.PeriodEnd", "2026-03-31"), new("Input.YoungPeople", "13")]);
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        Assert.Equal(13, (await HeldAsync()).Single(u => u.EntitlementKey == "test-mentor").YoungPeople);
    }

    [Fact]
    public async Task A_service_manager_records_only_for_their_services_entitlements()
    {
        await SeedAsync();
        using var manager = hub.ClientAs(HubRoles.ServiceManager);
        var page = await manager.GetStringAsync("/LocalOffer/Uptake/Record");
        Assert.Contains("Test council tax exemption", page);
        Assert.DoesNotContain("Test rent deposit", page);

        var deposit = (await HeldAsync()).Single(u => u.EntitlementKey == "test-deposit");
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/LocalOffer/Uptake/Edit/{deposit.Id}")).StatusCode);
        using var refused = await Forms.PostAsync(manager, "/LocalOffer/Uptake/Edit",
            [new("Input.EntitlementKey", "test-deposit"), new("Input.PeriodStart", "2023-04-01"), new("Input.PeriodEnd", "2024-03-31"), new("Input.YoungPeople", "7")]);
        Assert.Contains("your services provide", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.DoesNotContain(await HeldAsync(), u => u.EntitlementKey == "test-deposit" && u.PeriodStart.Year == 2023);
    }

    [Fact]
    public async Task An_upload_with_any_bad_line_writes_nothing_and_names_the_lines_and_a_good_one_loads_whole()
    {
        await SeedAsync();
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        var before = await HeldAsync();
        var bad = """
            entitlement_key,period_start,period_end,young_people,cost,value,note
            test-furniture,2023-04-01,2024-03-31,35,17500,17500,fine on its own
            test-gym,2023-04-01,2024-03-31,5,,,
            test-deposit,2023-04-01,2024-03-31,-1,,,
            test-mentor,1 April 2023,2024-03-31,4,,,
            """;
        using var refused = await Forms.PostFilesAsync(officer, "/LocalOffer/Uptake/Record", "Upload", [("uptake.csv", Encoding.UTF8.GetBytes(bad))]);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Line 5: period_start must be a date", html);
        Assert.Equal(before.Select(u => (u.Id, u.YoungPeople)), (await HeldAsync()).Select(u => (u.Id, u.YoungPeople)));

        var ruleBroken = bad.Replace("1 April 2023", "2023-04-01");
        using var refusedAgain = await Forms.PostFilesAsync(officer, "/LocalOffer/Uptake/Record", "Upload", [("uptake.csv", Encoding.UTF8.GetBytes(ruleBroken))]);
        var again = WebUtility.HtmlDecode(await refusedAgain.Content.ReadAsStringAsync());
        Assert.Contains("Line 3: There is no entitlement with the key 'test-gym'", again);
        Assert.Contains("Line 4: The number of young people must be 0 or more", again);
        Assert.DoesNotContain("Line 2:", again);
        Assert.Equal(before.Count, (await HeldAsync()).Count);

        var good = """
            Entitlement_Key,Period_Start,Period_End,Young_People,Cost,Value,Note
            test-furniture,2023-04-01,2024-03-31,35,17500,17500,
            test-tax,2024-04-01,2025-03-31,49,"£17,000.00",17000.00,corrected after audit
            """;
        using var loaded = await Forms.PostFilesAsync(officer, "/LocalOffer/Uptake/Record", "Upload", [("uptake.csv", Encoding.UTF8.GetBytes(good))]);
        Assert.Equal(HttpStatusCode.Redirect, loaded.StatusCode);
        var after = await HeldAsync();
        Assert.Equal(before.Count + 1, after.Count);   // the tax line corrected the row held for 2024-25
        Assert.Equal((49, "corrected after audit"), after.Where(u => u.EntitlementKey == "test-tax" && u.PeriodStart.Year == 2024).Select(u => (u.YoungPeople, u.Note!)).Single());
    }

    [Fact]
    public async Task The_pack_section_shows_each_area_for_the_last_complete_year_and_the_year_before_as_members_see_it()
    {
        await SeedAsync();
        var section = await hub.WithScope(s => OfferAtAGlance.BuildAsync(s.GetRequiredService<HubDbContext>(), new DateOnly(2026, 6, 1), CancellationToken.None));
        var table = Assert.IsType<PackTable>(section!.Blocks.Single(b => b is PackTable));
        Assert.Equal(["Area", "Entitlements", "Young people 2025-26", "Value 2025-26", "Young people 2024-25", "Value 2024-25"], table.Header);
        Assert.Equal(7, table.Rows.Count);   // six areas and all areas
        var expected = await hub.WithScope(async s => (await UptakeView.LoadAsync(s.GetRequiredService<HubDbContext>(), restricted: true, CancellationToken.None)).Uptake);
        Assert.Equal(expected.Area(OfferArea.Accommodation, 2025).YoungPeopleText, table.Rows.Single(r => r[0] == "Accommodation")[2]);
        Assert.Equal(expected.Total(2024).ValueText, table.Rows[^1][5]);

        var meeting = await hub.WithScope(s => s.GetRequiredService<HubDbContext>().Meetings.OrderBy(m => m.Date).Select(m => m.Id).FirstAsync());
        var pack = await hub.WithScope(s => s.GetRequiredService<BoardPackBuilder>().BuildAsync(meeting, restricted: false, CancellationToken.None));
        Assert.Contains(pack!.Sections, x => x.Heading == OfferAtAGlance.Heading);
    }

    [Fact]
    public async Task The_annual_report_section_gives_areas_and_top_entitlements_suppressed_with_sources_and_headlines()
    {
        await SeedAsync();
        var section = hub.WithScope(s => s.GetServices<IAnnualReportSection>().OfType<LocalOfferSection>().Single());
        Assert.Equal((AnnualReportSectionKeys.LocalOffer, 80), (section.Key, section.Order));
        var draft = await hub.WithScope(s => s.GetServices<IAnnualReportSection>().OfType<LocalOfferSection>().Single()
            .DraftAsync(new ReportYear(ReportYearKind.Financial, new DateOnly(2025, 4, 1), new DateOnly(2026, 3, 31)), CancellationToken.None));

        var tables = draft.Blocks.Where(b => b.Content is PackTable).ToList();
        Assert.All(tables, t => Assert.Equal("/LocalOffer/Uptake?Year=2025", t.Source!.Path));
        var top = (PackTable)tables[1].Content;
        var view = await hub.WithScope(async s => await UptakeView.LoadAsync(s.GetRequiredService<HubDbContext>(), restricted: true, CancellationToken.None));
        // The most used of the figures a restricted viewer sees, the deposit's 3 never among them.
        var mostUsed = view.Entitlements.Select(e => (e.Title, Figure: view.Uptake.Entitlement(e.Key, 2025))).Where(e => e.Figure is { Hidden: false, YoungPeople: > 0 })
            .OrderByDescending(e => e.Figure.YoungPeople).ThenBy(e => e.Title, StringComparer.Ordinal).Take(LocalOfferSection.TopEntitlements).ToList();
        Assert.Equal(mostUsed.Select(e => (e.Title, e.Figure.YoungPeopleText)), top.Rows.Select(r => (r[0], r[2])));
        Assert.DoesNotContain(top.Rows, r => r[0] == "Test rent deposit");
        Assert.All(top.Rows, r => Assert.NotEqual("c", r[2]));
        Assert.True(view.Uptake.Entitlement("test-deposit", 2025).Hidden);
        var expected = view.Uptake.Total(2025);
        Assert.Equal([("Young people helped by the Local Offer", expected.YoungPeopleText), ("Value of the Local Offer to care leavers", expected.ValueText)],
            draft.Headlines.Select(h => (h.Label, h.Value)));
    }

    [GeneratedRegex("data-testid=\"young-people\">([^<]*)<")]
    private static partial Regex YoungPeopleCell();
}
