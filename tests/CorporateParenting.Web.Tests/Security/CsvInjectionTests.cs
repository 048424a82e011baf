using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using CorporateParenting.Data;
using CorporateParenting.Data.Audit;
using CorporateParenting.Data.Governance;
using CorporateParenting.Data.Performance;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Documents;
using CsvHelper;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Security;

/// <summary>
/// Formulas typed into every text field that reaches a CSV come out of every CSV export as text (OWASP CSV injection),
/// while numbers stay numbers (ADR 14).
/// </summary>
public sealed partial class CsvInjectionTests(PerformanceHub hub) : IClassFixture<PerformanceHub>
{
    private const string Formula = "=HYPERLINK(\"http://x.example\",\"open\")";

    /// <summary>Every CSV export of the app: the page, who may download it, and the neutralised text it must carry.</summary>
    private static readonly (string Page, string Url, string Role, string[] Expected)[] Exports =
    [
        ("Performance.Scorecard.IndexModel", "/Performance/Scorecard?handler=Csv", HubRoles.PerformanceAnalyst, ["'" + Formula, "'@area"]),
        ("Performance.Scorecard.IndicatorModel", "/Performance/Scorecard/Indicator/cla_count?handler=BreakdownCsv&Dimension=PlacementType", HubRoles.PerformanceAnalyst, ["'" + Formula]),
        ("Performance.Indicators.IndexModel", "/Performance/Indicators?handler=Csv", HubRoles.PerformanceAnalyst, ["'" + Formula, "'+Owner", "'-definition"]),
        ("Performance.Children.IndexModel", "/Performance/Children?handler=Csv&Indicator=cla_count&Year=2026", HubRoles.PerformanceAnalyst, []),
        ("Performance.DataQuality.IndexModel", "/Performance/DataQuality?handler=Csv&Year=2026", HubRoles.PerformanceAnalyst, ["'" + Formula, "'=cmd|' /C calc'!A0", "'-2+3", "'@SUM(1)"]),
        ("Admin.Users.IndexModel", "/Admin/Users?handler=Csv", HubRoles.Administrator, ["'" + Formula]),
        ("Admin.Audit.IndexModel", "/Admin/Audit?handler=Csv", HubRoles.Administrator, ["'" + Formula]),
        ("Governance.Actions.IndexModel", "/Governance/Actions?handler=Csv", HubRoles.BoardOfficer, ["'" + Formula, "'@owner"]),
        ("Governance.Members.IndexModel", "/Governance/Members?handler=Csv", HubRoles.BoardOfficer, ["'" + Formula, "'+org"]),
        ("CorporateParents.Members.IndexModel", "/CorporateParents/Members?handler=Csv", HubRoles.BoardOfficer, ["'" + Formula, "'+party"]),
        ("CorporateParents.Visits.CoverageModel", "/CorporateParents/Visits/Coverage?handler=Csv", HubRoles.BoardOfficer, ["'" + Formula]),
        ("CorporateParents.Schools.IndexModel", "/CorporateParents/Schools?handler=Csv", HubRoles.BoardMember, ["'" + Formula, "'@teacher", "'+governor"]),
        ("CorporateParents.Decisions.IndexModel", "/CorporateParents/Decisions?handler=Csv", HubRoles.BoardMember, ["'" + Formula, "'-means", "'@changed"]),
        ("Voice.Pledge.IndexModel", "/Voice/Pledge?handler=Csv", HubRoles.BoardMember, ["'" + Formula]),
        ("Voice.Results.SurveyModel", "/Voice/Results/{survey}?handler=Csv", HubRoles.BoardMember, ["'" + Formula]),
        ("Voice.YouSaid.IndexModel", "/Voice/YouSaid?handler=Csv", HubRoles.BoardMember, ["'" + Formula, "'-we did"]),
        ("LocalOffer.Uptake.IndexModel", "/LocalOffer/Uptake?handler=Csv", HubRoles.BoardMember, ["'" + Formula]),
    ];

    /// <summary>The demo survey whose question label is planted (its id is only known once seeded).</summary>
    private int _survey;

    [Fact]
    public void Every_csv_handler_in_the_app_is_in_the_list_above()
    {
        var handlers = typeof(Program).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(PageModel)))
            .Where(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Any(m => CsvHandler().IsMatch(m.Name)))
            .Select(t => t.FullName!.Replace("CorporateParenting.Web.Features.", ""))
            .Order(StringComparer.Ordinal);
        Assert.Equal(Exports.Select(e => e.Page).Order(StringComparer.Ordinal), handlers);
    }

    [Fact]
    public async Task Formulas_typed_into_every_text_field_come_out_of_every_export_as_text()
    {
        await PlantFormulasAsync();
        foreach (var (page, url, role, expected) in Exports)
        {
            using var client = hub.ClientAs(role);
            using var response = await client.GetAsync(url.Replace("{survey}", _survey.ToString(CultureInfo.InvariantCulture)));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
            Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
            var cells = Cells(await response.Content.ReadAsStringAsync());

            Assert.True(cells.Count > 1, $"{page} exported nothing to check");
            var dangerous = cells.Where(c => c.Length > 0 && "=+-@\t\r".Contains(c[0]) && !PlainNumber().IsMatch(c)).ToList();
            Assert.True(dangerous.Count == 0, $"{page} exports cells a spreadsheet would run: {string.Join(" | ", dangerous.Take(5))}");
            foreach (var text in expected) Assert.Contains(text, cells);
        }
    }

    [Fact]
    public void Numbers_stay_numbers_and_text_is_neutralised_and_quoted()
    {
        var csv = System.Text.Encoding.UTF8.GetString(CsvDownload.Write(new[]
        {
            new { Text = "=1+1", Negative = -3, Rate = -2.5, Dash = "-", NegativeText = "-3", Tab = "\tx", Return = "\rx", At = "@SUM(A1)", Plus = "+44 20 7946 0000", Quoted = "a, \"b\"" },
        }));
        var cells = Cells(csv);

        Assert.Equal(["'=1+1", "-3", "-2.5", "-", "-3", "'\tx", "'\rx", "'@SUM(A1)", "'+44 20 7946 0000", "a, \"b\""], cells.Skip(10));
    }

    private static List<string> Cells(string csv)
    {
        using var reader = new StringReader(csv.TrimStart('\uFEFF'));
        using var parser = new CsvParser(reader, CultureInfo.InvariantCulture);
        var cells = new List<string>();
        while (parser.Read()) cells.AddRange(parser.Record!);
        return cells;
    }

    /// <summary>Types the formulas in: commentary through its page, the rest straight into the database.</summary>
    private async Task PlantFormulasAsync()
    {
        using var analyst = hub.ClientAs(HubRoles.PerformanceAnalyst);
        using var commentary = await Forms.PostAsync(analyst, "/Performance/Scorecard/Indicator/cla_count", [new("Commentary", Formula)], "Commentary");
        Assert.True(commentary.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"commentary: {(int)commentary.StatusCode}");

        await hub.WithScope(async s =>
        {
            var db = s.GetRequiredService<HubDbContext>();
            var indicator = await db.Indicators.SingleAsync(i => i.Key == "cla_count");
            indicator.Name = Formula;
            indicator.Definition = "-definition";
            indicator.Owner = "+Owner";
            indicator.PriorityArea = "@area";
            // An action of a meeting whose minutes are not yet approved: approved records cannot change (ADR 16).
            var open = await db.Meetings.Where(m => m.MinutesApprovedAtUtc == null).OrderBy(m => m.Date).Select(m => m.Id).FirstAsync();
            db.BoardActions.Add(new BoardAction { MeetingId = open, Description = Formula, Owner = "@owner", DueDate = new DateOnly(2030, 1, 1), OriginalDueDate = new DateOnly(2030, 1, 1) });
            var member = await db.BoardMembers.OrderBy(m => m.Id).FirstAsync();
            member.Name = Formula;
            member.Organisation = "+org";
            var officer = await db.Users.SingleAsync(u => u.Email == "officer@hub.example");
            officer.DisplayName = Formula;
            var import = await db.Ssda903Imports.SingleAsync(i => i.Year == 2026 && i.IsCurrent);
            db.Ssda903RuleFailures.Add(new Ssda903RuleFailure { ImportId = import.Id, Rule = Formula, Table = "Header", Row = 1, Child = "=cmd|' /C calc'!A0", Fields = "-2+3", Message = "@SUM(1)" });
            var councillor = await db.CouncilMembers.OrderBy(m => m.Id).FirstAsync();
            councillor.Name = Formula;
            councillor.Party = "+party";
            (await db.CareSettings.OrderBy(c => c.Id).FirstAsync()).Name = Formula;
            var school = await db.Schools.OrderBy(c => c.Id).FirstAsync();
            (school.Name, school.DesignatedTeacher, school.LinkGovernor) = (Formula, "@teacher", "+governor");
            var check = await db.DecisionChecks.OrderBy(c => c.Id).FirstAsync();
            (check.Proposal, check.WhatItMeans, check.Changed, check.HowItChanged) = (Formula, "-means", true, "@changed");
            var pledge = await db.PledgeVersions.OrderByDescending(v => v.Version).Select(v => v.Id).FirstAsync();
            (await db.PledgePromises.Where(p => p.PledgeVersionId == pledge).OrderBy(p => p.Order).FirstAsync()).Text = Formula;
            // Every question of the latest answered survey: the export names each question from whichever band asks it first.
            _survey = await db.SurveyResponses.Join(db.Surveys, r => r.SurveyId, v => v.Id, (r, v) => v).OrderByDescending(v => v.OpensOn).Select(v => v.Id).FirstAsync();
            var sets = await db.SurveyBands.Where(b => b.SurveyId == _survey).Select(b => b.QuestionSetId).ToListAsync();
            foreach (var question in await db.SurveyQuestions.Where(q => sets.Contains(q.QuestionSetId)).ToListAsync())
                (question.Text, question.ResultLabel) = (Formula, Formula);
            var entry = await db.YouSaidEntries.OrderBy(e => e.Id).FirstAsync();
            entry.YouSaid = Formula;
            entry.WeDid = "-we did";
            // A draft edition holding one entitlement, with uptake: the export names it by its title.
            var edition = new CorporateParenting.Data.LocalOffer.LocalOfferVersion { Number = (await db.LocalOfferVersions.MaxAsync(v => (int?)v.Number) ?? 0) + 1, Introduction = "x" };
            edition.Entitlements.Add(new CorporateParenting.Data.LocalOffer.OfferEntitlement { Key = "formula-test", Title = Formula, Description = "d", Provider = "p", HowToGet = "h", Contact = "c" });
            db.LocalOfferVersions.Add(edition);
            db.OfferUptake.Add(new CorporateParenting.Data.LocalOffer.OfferUptake { EntitlementKey = "formula-test", PeriodStart = new DateOnly(2025, 4, 1), PeriodEnd = new DateOnly(2026, 3, 31), YoungPeople = 40, Note = Formula, RecordedBy = "x" });
            await db.SaveChangesAsync();
            await s.GetRequiredService<ChildDataReadAudit>().RecordAsync(Formula, ["C1"]);
            return 0;
        });
    }

    [GeneratedRegex("^OnGet.*Csv(Async)?$")]
    private static partial Regex CsvHandler();

    [GeneratedRegex(@"^(-|[+-]?\d[\d,]*(\.\d+)?%?)$")]
    private static partial Regex PlainNumber();
}
