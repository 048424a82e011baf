using System.Net;
using System.Text.RegularExpressions;
using CorporateParenting.Data;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Features.CorporateParents.KeyQuestions;
using CorporateParenting.Web.Features.Performance.Scorecard;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace CorporateParenting.Web.Tests.CorporateParents;

/// <summary>"If this were my child" on the demo council with its 903 figures, as a board member sees it.</summary>
[Collection(ReadOnlyPerformanceDemo.Name)]
public sealed partial class KeyQuestionsPageTests(PerformanceHub hub)
{
    private const string Url = "/CorporateParents/KeyQuestions";

    private async Task<string> PageAs(string role)
    {
        using var client = hub.ClientAs(role);
        using var response = await client.GetAsync(Url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_member_sees_the_scorecards_protected_figures_and_the_coverage_adds_up()
    {
        var html = await PageAs(HubRoles.BoardMember);
        var card = await hub.WithScopeAsync(s => s.GetRequiredService<ScorecardBuilder>().BuildAsync(null, suppress: true));

        var shown = FigureCell().Matches(html).Select(m => (Key: m.Groups[1].Value, Value: m.Groups[2].Value.Trim())).ToList();
        var mapped = KeyQuestionCatalogue.Questions.SelectMany(q => q.Indicators).Distinct().ToList();
        Assert.True(shown.Count >= 20, $"only {shown.Count} figures shown");
        Assert.All(shown, s => Assert.Equal(card.Lines.Single(l => l.Key == s.Key).This.Text, s.Value));
        Assert.All(shown, s => Assert.Contains(s.Key, mapped));
        Assert.Contains(shown, s => s.Value == "c");   // the demo has a suppressed headline, and it stays suppressed here

        var data = int.Parse(Count(html, "from-data"));
        var reports = int.Parse(Count(html, "from-reports"));
        var unknown = int.Parse(Count(html, "not-known"));
        Assert.Equal(KeyQuestionCatalogue.Questions.Count(), data + reports + unknown);
        Assert.Equal(data, Regex.Matches(html, "data-kind=\"Data\"").Count);
        Assert.Equal(reports, Regex.Matches(html, "data-kind=\"Report\"").Count);
        Assert.True(data > 0 && reports > 0 && unknown > 0);
        Assert.Contains("Who can answer: <strong>Head of the Children with Disabilities service</strong>", html);
    }

    [Fact]
    public async Task A_breakdown_cell_the_scorecard_hides_is_c_here_too()
    {
        // A stored group of children looked after, by ethnicity or age, that members may not see.
        var (hidden, dimension) = await hub.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<HubDbContext>();
            var year = await db.IndicatorValues.Where(v => v.Dimension == "").MaxAsync(v => v.Year);
            var id = await db.Indicators.Where(i => i.Key == "cla_count").Select(i => i.Id).SingleAsync();
            var values = await db.IndicatorValues.Where(v => v.IndicatorId == id && v.Year == year
                && (v.Dimension == KeyQuestionCatalogue.Ethnicity || v.Dimension == KeyQuestionCatalogue.AgeBand || v.Dimension == KeyQuestionCatalogue.LegalStatus)).ToListAsync();
            var cell = values.First(v => ScorecardBuilder.Hidden(v, "children") && v.Numerator > 0);
            return (cell, cell.Dimension);
        });

        var html = await PageAs(HubRoles.BoardMember);
        var table = Regex.Match(html, $"<table class=\"govuk-table\" data-dimension=\"{dimension}\">(.*?)</table>", RegexOptions.Singleline).Groups[1].Value;
        var cell = Regex.Match(table, $"<th scope=\"row\" class=\"govuk-table__header\">{Regex.Escape(hidden.Group)}</th><td[^>]*>([^<]*)</td>").Groups[1].Value;
        Assert.Equal("c", cell);
        Assert.DoesNotContain($">{hidden.Numerator}</td>", table);
    }

    [Fact]
    public async Task A_question_answered_by_a_report_links_the_latest_paper_received()
    {
        var latest = await hub.WithScopeAsync(s =>
        {
            var db = s.GetRequiredService<HubDbContext>();
            return db.ReportRequests.Where(r => r.ReceivedAtUtc != null && !r.Confidential && db.ReportTypes.Any(t => t.Id == r.ReportTypeId && t.Title == "Virtual School annual report"))
                .OrderByDescending(r => r.ReceivedAtUtc).ThenByDescending(r => r.Id).Select(r => r.Id).FirstAsync();
        });

        var html = await PageAs(HubRoles.BoardMember);
        var section = Regex.Match(html, "How well are they doing at school, college or university\\?</h3>(.*?)</section>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains($"href=\"/Governance/Papers/Show/{latest}\"", section);
        Assert.Contains("From a report to the board", section);
    }

    [Fact]
    public async Task The_briefing_prints_as_PDF_and_Word_with_every_area()
    {
        using var member = hub.ClientAs(HubRoles.BoardMember);
        using var pdfResponse = await member.GetAsync(Url + "?handler=Pdf");
        Assert.Equal("application/pdf", pdfResponse.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await pdfResponse.Content.ReadAsByteArrayAsync());
        var pdfText = Regex.Replace(string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))), "\\s+", " ");

        var docx = await member.GetByteArrayAsync(Url + "?handler=Word");
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word));
        var wordText = string.Join(" ", word.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));

        foreach (var area in KeyQuestionCatalogue.Areas)
        {
            Assert.Contains($"{area.Number}. {area.Title}", pdfText);
            Assert.Contains($"{area.Number}. {area.Title}", wordText);
        }
        Assert.Contains("How many of the children we look after are disabled?", wordText);
        Assert.Contains("Children looked after at 31 March", wordText);
    }

    private static string Count(string html, string id) => Regex.Match(html, $"data-testid=\"{id}\">(\\d+) questions").Groups[1].Value;

    [GeneratedRegex("data-key=\"([a-z0-9_]+)\">([^<]*)</td>")]
    private static partial Regex FigureCell();
}
