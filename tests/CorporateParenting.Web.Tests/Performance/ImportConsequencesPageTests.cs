using System.Net;
using System.Text.RegularExpressions;
using CorporateParenting.Data;
using CorporateParenting.Ssda903.Generation;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Features.Demo;
using CorporateParenting.Web.Features.Performance.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CorporateParenting.Web.Tests.Performance;

/// <summary>
/// Imports into the demo council's five stored years, through the pages: another year's return is refused,
/// unusable children block, and the check page shows what confirming would change before anything does.
/// </summary>
public sealed partial class ImportConsequencesPageTests(PerformanceHub hub, ITestOutputHelper output) : IClassFixture<PerformanceHub>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hub-consequences-test-").FullName;
    private bool _generated;

    /// <summary>The demo council's returns, generated exactly as the demo seeder generates them.</summary>
    private string YearFolder(int year)
    {
        if (!_generated) ReturnGenerator.Write(new GeneratorOptions(Children: 600, Years: DemoPerformanceSeeder.Years, Seed: 2026, LastYear: DemoPerformanceSeeder.LastYear), _folder);
        _generated = true;
        return Path.Combine(_folder, year.ToString());
    }

    private List<(string Name, byte[] Content)> Files(int year, Func<string, string[], string[]>? edit = null) =>
        Directory.GetFiles(YearFolder(year)).Order(StringComparer.Ordinal).Select(f =>
        {
            var name = Path.GetFileName(f);
            if (edit is null) return (name, File.ReadAllBytes(f));
            return (name, System.Text.Encoding.UTF8.GetBytes(string.Join('\n', edit(name, File.ReadAllLines(f))) + "\n"));
        }).ToList();

    /// <summary>Posts the upload form as a browser does: the files and, when given, the collection year.</summary>
    private static async Task<string> UploadAsync(HttpClient client, IEnumerable<(string Name, byte[] Content)> files, int? year)
    {
        var html = await client.GetStringAsync("/Performance/Imports");
        var token = WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value);
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        if (year is not null) content.Add(new StringContent(year.ToString()!), "Year");
        foreach (var (name, bytes) in files) content.Add(new ByteArrayContent(bytes), "Files", name);
        using var response = await client.PostAsync("/Performance/Imports", content);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.ToString();
    }

    private static Guid IdOf(string checkUrl) => Guid.Parse(Regex.Match(checkUrl, "[0-9a-f]{8}-[0-9a-f-]{27}").Value);

    private StagedImport? Staged(string checkUrl) => hub.Services.GetRequiredService<ImportStaging>().Find(IdOf(checkUrl));

    private Task<int> ImportsAsync(int year) => hub.WithScope(s => s.GetRequiredService<HubDbContext>().Ssda903Imports.CountAsync(i => i.Year == year));

    /// <summary>Every stored 903 figure: indicator, year, breakdown and group, to numerator, denominator, value.</summary>
    private Task<Dictionary<string, string>> FiguresAsync() => hub.WithScope(async s =>
        (await s.GetRequiredService<HubDbContext>().IndicatorValues.AsNoTracking().Where(v => v.ImportId != null).ToListAsync())
            .ToDictionary(v => $"{v.IndicatorId}/{v.Year}/{v.Dimension}/{v.Group}", v => $"{v.Numerator}/{v.Denominator}/{v.Value}/{v.NotAvailableReason}"));

    [Fact]
    public async Task A_return_offered_as_another_year_is_refused_with_the_year_it_is_and_nothing_changes()
    {
        using var analyst = hub.ClientAs(HubRoles.PerformanceAnalyst);
        var before = await FiguresAsync();
        var checkUrl = await UploadAsync(analyst, Files(2025), year: 2019);

        var check = WebUtility.HtmlDecode(await analyst.GetStringAsync(checkUrl));
        Assert.Matches("These files are the 2024-25 return \\(episodes[^)]* up to \\d+ \\w+ 202[45]\\); you chose 2018-19", check);
        Assert.DoesNotContain("Confirm and import", check);

        // Posting the confirmation anyway saves nothing.
        using var forced = await Forms.PostAsync(analyst, checkUrl, []);
        Assert.Contains("you chose 2018-19", WebUtility.HtmlDecode(await forced.Content.ReadAsStringAsync()));
        Assert.Equal(0, await ImportsAsync(2019));
        Assert.Equal(before, await FiguresAsync());

        // Starting again deletes the upload at once.
        var folder = Staged(checkUrl)!.Folder;
        using var cancelled = await Forms.PostAsync(analyst, checkUrl, [], handler: "Cancel");
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Null(Staged(checkUrl));
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public async Task Unusable_children_block_the_import_with_file_line_column_and_value()
    {
        using var analyst = hub.ClientAs(HubRoles.PerformanceAnalyst);
        var imports = await ImportsAsync(2025);
        var header = File.ReadAllLines(Path.Combine(YearFolder(2025), "header.csv"));
        var duplicated = Enumerable.Range(6, header.Length - 6).First(i => header[i].Split(',')[1] is "M" or "F");
        var checkUrl = await UploadAsync(analyst, Files(2025, (name, lines) => name != "header.csv" ? lines : lines
            .Select((line, i) => i == 4 ? FirstDate().Replace(line, "31/02/2010", 1) : line)
            .Append(Regex.Replace(lines[duplicated], ",(M|F),", m => m.Value == ",M," ? ",F," : ",M,"))
            .ToArray()), year: 2025);

        var check = WebUtility.HtmlDecode(await analyst.GetStringAsync(checkUrl));
        Assert.Contains("These files hold children who cannot be counted", check);
        Assert.Contains("header.csv, line 5, column DOB: the date of birth is not a date in the form dd/mm/yyyy (found '31/02/2010')", check);
        Assert.Contains($"header.csv, line {duplicated + 1}, column SEX: the header has another row for this CHILD (line {header.Length + 1})", check);
        Assert.DoesNotContain("Confirm and import", check);
        Assert.Equal(imports, await ImportsAsync(2025));
        using var _ = await Forms.PostAsync(analyst, checkUrl, [], handler: "Cancel");
    }

    [Fact]
    public async Task A_re_import_of_a_stored_year_is_parsed_once_shows_no_change_and_leaves_every_figure_as_it_was()
    {
        using var analyst = hub.ClientAs(HubRoles.PerformanceAnalyst);
        var before = await FiguresAsync();
        var imports = await ImportsAsync(2025);
        var checkUrl = await UploadAsync(analyst, Files(2025), year: null);

        var check = WebUtility.HtmlDecode(await analyst.GetStringAsync(checkUrl));
        await analyst.GetStringAsync(checkUrl);
        var staged = Staged(checkUrl)!;
        Assert.Equal(1, staged.Parses);

        var text = Text(check);
        Assert.Contains("Compared with the 2024-25 return it replaces: 0 new, 0 changed, 0 gone", text);
        var yearBefore = Regex.Match(text, @"Compared with the 2023-24 return: ([\d,]+) new, ([\d,]+) changed, ([\d,]+) gone \(([\d,]+) the same\)");
        Assert.True(yearBefore.Success);
        Assert.True(int.Parse(yearBefore.Groups[1].Value.Replace(",", "")) > 0 && int.Parse(yearBefore.Groups[3].Value.Replace(",", "")) > 0);
        Assert.Contains("data-figures-changed=\"0\"", check);
        Assert.Contains("No stored figure changes, in any year.", check);
        Assert.Contains("data-clashes=\"0\"", check);
        output.WriteLine($"Re-import of the demo council's 2024-25: {before.Count:N0} stored figures; 0 change. Against 2023-24: {yearBefore.Groups[1].Value} new, {yearBefore.Groups[2].Value} changed, {yearBefore.Groups[3].Value} gone, {yearBefore.Groups[4].Value} the same.");

        using var confirmed = await Forms.PostAsync(analyst, checkUrl, [new("ConfirmReplace", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(1, staged.Parses);   // confirming imported what was checked, without parsing again
        Assert.Null(Staged(checkUrl));
        Assert.False(Directory.Exists(staged.Folder));
        Assert.Equal(imports + 1, await ImportsAsync(2025));
        Assert.Equal(before, await FiguresAsync());
    }

    [Fact]
    public async Task Changed_children_show_as_figure_changes_in_every_year_they_reach_as_identity_clashes_audited_and_as_rule_rows()
    {
        // A child in 2023-24 and 2024-25, looked after on 31 March 2024 and gone by 2025-26: its header in 2024-25 is the latest there is.
        var header2026 = File.ReadLines(Path.Combine(YearFolder(2026), "header.csv")).Skip(1).Select(l => l.Split(',')[0]).ToHashSet();
        var header2024 = File.ReadLines(Path.Combine(YearFolder(2024), "header.csv")).Skip(1).Select(l => l.Split(',')[0]).ToHashSet();
        var openAtMarch2024 = File.ReadLines(Path.Combine(YearFolder(2024), "episodes.csv")).Skip(1).Select(l => l.Split(',')).Where(c => c[7] == "").Select(c => c[0]).ToHashSet();
        var headerLines2025 = File.ReadAllLines(Path.Combine(YearFolder(2025), "header.csv"));
        var line = Enumerable.Range(1, headerLines2025.Length - 1).First(i =>
        {
            var cells = headerLines2025[i].Split(',');
            return !header2026.Contains(cells[0]) && header2024.Contains(cells[0]) && openAtMarch2024.Contains(cells[0]) && cells[1] is "M" or "F";
        });
        var child = headerLines2025[line].Split(',')[0];
        var episodeLines2025 = File.ReadAllLines(Path.Combine(YearFolder(2025), "episodes.csv"));
        var badPlacementLine = Enumerable.Range(1, episodeLines2025.Length - 1).First(i => !episodeLines2025[i].StartsWith(child + ",", StringComparison.Ordinal));

        using var analyst = hub.ClientAs(HubRoles.PerformanceAnalyst);
        var auditsBefore = await ClashAuditsAsync();
        var checkUrl = await UploadAsync(analyst, Files(2025, (name, lines) => name switch
        {
            "header.csv" => lines.Select((l, i) => i != line ? l : Regex.Replace(l, ",(M|F),", m => m.Value == ",M," ? ",F," : ",M,")).ToArray(),
            "episodes.csv" => lines.Select((l, i) => i != badPlacementLine ? l : SetCell(l, 5, "ZZ9")).ToArray(),
            _ => lines,
        }), year: 2025);

        var check = WebUtility.HtmlDecode(await analyst.GetStringAsync(checkUrl));
        Assert.Contains("Compared with the 2024-25 return it replaces: 0 new, 2 changed, 0 gone", Text(check));
        Assert.Contains("data-clashes=\"1\"", check);
        Assert.Matches($"<td class=\"govuk-table__cell\">{child}</td>", check);
        Assert.Contains("data-year-changes=\"2025\"", check);
        Assert.Contains("data-year-changes=\"2024\"", check);   // the child's sex reaches back into 2023-24's breakdowns
        Assert.Matches($"data-rule-rows=\"\\w+\">[^<]*episodes\\.csv line {badPlacementLine + 1}\\b", check);
        Assert.Contains("Confirm and import", check);
        Assert.Equal(auditsBefore + 1, await ClashAuditsAsync());

        var changed = Regex.Match(check, "data-figures-changed=\"(\\d+)\"").Groups[1].Value;
        output.WriteLine($"One child's sex changed and one placement code broken in 2024-25: {changed} stored figures change, in {string.Join(", ", Regex.Matches(check, "data-year-changes=\"(\\d+)\"").Select(m => m.Groups[1].Value))}.");
        using var _ = await Forms.PostAsync(analyst, checkUrl, [], handler: "Cancel");
        Assert.Null(Staged(checkUrl));
    }

    [Fact]
    public async Task Confirming_after_another_import_landed_is_refused_until_the_changes_are_seen_again()
    {
        using var analyst = hub.ClientAs(HubRoles.PerformanceAnalyst);
        var first = await UploadAsync(analyst, Files(2025), year: 2025);
        Assert.Contains("Confirm and import", await analyst.GetStringAsync(first));
        var imports = await ImportsAsync(2025);

        // Meanwhile another upload is checked and confirmed.
        var second = await UploadAsync(analyst, Files(2024), year: 2024);
        using (var confirmed = await Forms.PostAsync(analyst, second, [new("ConfirmReplace", "true")]))
            Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);

        using var stale = await Forms.PostAsync(analyst, first, [new("ConfirmReplace", "true")]);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Another import was confirmed after these files were checked", await stale.Content.ReadAsStringAsync());
        Assert.Equal(imports, await ImportsAsync(2025));

        using var again = await Forms.PostAsync(analyst, first, [new("ConfirmReplace", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(imports + 1, await ImportsAsync(2025));
    }

    private Task<int> ClashAuditsAsync() => hub.WithScope(s =>
        s.GetRequiredService<HubDbContext>().AuditEvents.CountAsync(e => e.EntityType == "903 import check 2025: possible identity clashes"));

    /// <summary>The page's words without its markup.</summary>
    private static string Text(string html) => Regex.Replace(html, "<[^>]+>", "");

    private static string SetCell(string line, int index, string value)
    {
        var cells = line.Split(',');
        cells[index] = value;
        return string.Join(',', cells);
    }

    [GeneratedRegex(@"\d\d/\d\d/\d{4}")]
    private static partial Regex FirstDate();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
