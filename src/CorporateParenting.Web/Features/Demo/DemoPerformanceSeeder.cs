using System.Globalization;
using CorporateParenting.Data;
using CorporateParenting.Data.Performance;
using CorporateParenting.Ssda903.Generation;
using CorporateParenting.Ssda903.Measures;
using CorporateParenting.Web.Features.Performance.Imports;
using CorporateParenting.Web.Features.Performance.Indicators;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Demo;

/// <summary>
/// The demo council's performance data: five years of generated (wholly synthetic) 903 returns imported
/// the way an analyst would, its postcode-to-ward lookup, England's figures, ten invented statistical
/// neighbours' figures (their median is "similar councils"), targets, owners, local indicators and commentary. Runs once, on an empty database.
/// </summary>
public sealed class DemoPerformanceSeeder(HubDbContext db, Ssda903Importer importer, Performance.Scorecard.ScorecardBuilder scorecards, TimeProvider clock, ILogger<DemoPerformanceSeeder> logger) : IDemoSeeder
{
    public const int LastYear = 2026;
    public const int Years = 5;
    private const string Analyst = "analyst@hub.example";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Ssda903Imports.AnyAsync(cancellationToken)) return;
        db.PostcodeAreas.AddRange(DemoPostcodes.All());
        await BenchmarkLoader.AddEnglandAsync(db, cancellationToken);
        db.BenchmarkValues.AddRange(BenchmarkLoader.SyntheticNeighbours(LastYear - Years));
        await db.SaveChangesAsync(cancellationToken);

        var folder = Directory.CreateTempSubdirectory("hub-demo-903-").FullName;
        try
        {
            ReturnGenerator.Write(new GeneratorOptions(Children: 600, Years: Years, Seed: 2026, LastYear: LastYear), folder);
            AddRecordingSlips(Path.Combine(folder, LastYear.ToString(CultureInfo.InvariantCulture), "header.csv"));
            foreach (var year in Enumerable.Range(LastYear - Years + 1, Years))
            {
                var files = Directory.GetFiles(Path.Combine(folder, year.ToString())).Order(StringComparer.Ordinal).ToList();
                await importer.ImportAsync(files, year, Analyst, cancellationToken, recompute: year == LastYear);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
        await SetUpIndicatorsAsync(cancellationToken);
        logger.LogInformation("Demo performance data ready: {Years} years of 903", Years);
    }

    /// <summary>
    /// The generated return passes every DfE rule; a real one rarely does. Four header rows of the latest year lose their
    /// UPN (rules 442 and 208), so the data quality pages have something to show without touching any figure.
    /// </summary>
    private static void AddRecordingSlips(string headerFile)
    {
        var lines = File.ReadAllLines(headerFile);
        var upn = Array.IndexOf(lines[0].Split(','), "UPN");
        foreach (var line in new[] { 10, 80, 150, 220 }.Where(l => l < lines.Length))
        {
            var cells = lines[line].Split(',');
            cells[upn] = "";
            lines[line] = string.Join(',', cells);
        }
        File.WriteAllLines(headerFile, lines);
    }

    private async Task SetUpIndicatorsAsync(CancellationToken cancellationToken)
    {
        await IndicatorCatalogue.EnsureMeasuresAsync(db, cancellationToken);
        var indicators = await db.Indicators.ToDictionaryAsync(i => i.Key, cancellationToken);
        foreach (var indicator in indicators.Values) indicator.PriorityArea = PriorityOf(indicator.Key);
        foreach (var (key, target, tolerance, owner) in Targets)
        {
            var indicator = indicators[key];
            (indicator.Target, indicator.Tolerance, indicator.Owner, indicator.RagRule) = (target, tolerance, owner, RagRule.AgainstTarget);
        }
        var stability = indicators["long_term_stability"];
        stability.TargetChanges.Add(new IndicatorTargetChange
        {
            ChangedAtUtc = clock.GetUtcNow().UtcDateTime.AddDays(-200), ChangedBy = Analyst, OldTarget = 75, NewTarget = 70,
            OldTolerance = 5, NewTolerance = 5, Reason = "Reset to a stretching but reachable level after the sufficiency review",
        });

        var order = indicators.Values.Max(i => i.SortOrder);
        foreach (var (key, name, definition, area, owner, target, values) in LocalIndicators)
        {
            var local = new Indicator
            {
                Key = key, Name = name, Definition = definition, Source = IndicatorSource.Local, Unit = "%",
                Polarity = IndicatorPolarity.HigherIsBetter, RagRule = RagRule.AgainstTarget, Target = target, Tolerance = 5,
                Owner = owner, PriorityArea = area, SortOrder = ++order,
            };
            db.Indicators.Add(local);
            await db.SaveChangesAsync(cancellationToken);
            db.IndicatorValues.AddRange(values.Select((v, i) => new IndicatorValue
            {
                IndicatorId = local.Id, Year = LastYear - Years + 1 + i, Numerator = v.Numerator, Denominator = v.Denominator,
                Value = Math.Round(100.0 * v.Numerator / v.Denominator, 4), EnteredBy = Analyst,
            }));
        }
        foreach (var (key, text) in Commentary)
            db.IndicatorCommentaries.Add(new IndicatorCommentary { IndicatorId = indicators[key].Id, Year = LastYear, Text = text, UpdatedAtUtc = clock.GetUtcNow().UtcDateTime, UpdatedBy = Analyst });
        await db.SaveChangesAsync(cancellationToken);
        await PublishForNextMeetingAsync(cancellationToken);
    }

    /// <summary>
    /// The analyst has published the scorecard for the board's next meeting, so its pack carries it; the board's last
    /// meeting had the year before's (the latest year's return came in since), so a member's home has changes to show.
    /// </summary>
    private async Task PublishForNextMeetingAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (await db.Meetings.Where(m => m.Date <= today).OrderByDescending(m => m.Date).Select(m => (DateOnly?)m.Date).FirstOrDefaultAsync(cancellationToken) is { } last)
            await PublishAsync(last, LastYear - 1, last.AddDays(-10).ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc), cancellationToken);
        if (await db.Meetings.Where(m => m.Date > today).OrderBy(m => m.Date).Select(m => (DateOnly?)m.Date).FirstOrDefaultAsync(cancellationToken) is { } next)
            await PublishAsync(next, LastYear, clock.GetUtcNow().UtcDateTime, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task PublishAsync(DateOnly meeting, int year, DateTime publishedAtUtc, CancellationToken cancellationToken)
    {
        var full = await scorecards.BuildAsync(year, suppress: false, cancellationToken);
        var suppressed = await scorecards.BuildAsync(year, suppress: true, cancellationToken);
        db.PublishedScorecards.Add(new PublishedScorecard
        {
            Title = "Corporate Parenting Board", MeetingDate = meeting, Year = full.Year, PublishedAtUtc = publishedAtUtc, PublishedBy = Analyst,
            Full = System.Text.Json.JsonSerializer.Serialize(full), Suppressed = System.Text.Json.JsonSerializer.Serialize(suppressed),
        });
    }

    /// <summary>The council's own indicators, beside the national ones the 903 measures.</summary>
    public static IEnumerable<string> LocalIndicatorKeys => LocalIndicators.Select(l => l.Key);

    /// <summary>
    /// The strategy priority (theme) an indicator belongs to: the one place the demo says which indicators measure which
    /// priority. The scorecard groups by it, and the strategy's actions link only to indicators of their own priority.
    /// </summary>
    public static string PriorityOf(string key) => key switch
    {
        _ when Array.FindIndex(LocalIndicators, l => l.Key == key) is var local and >= 0 => LocalIndicators[local].Area,
        _ when key.StartsWith("oc2_", StringComparison.Ordinal) && key is not ("oc2_convicted" or "oc2_substance_misuse") => "Healthy lives",
        "oc2_convicted" or "oc2_substance_misuse" or "missing_incident" or "away_without_authorisation" => "Safe from harm",
        _ when key.EndsWith("_eet", StringComparison.Ordinal) || key.EndsWith("_neet", StringComparison.Ordinal) => "Learning and work",
        _ when key.StartsWith("care_leavers_", StringComparison.Ordinal) || key == "staying_put" => "Ready for adult life",
        _ => "Stable homes and relationships",
    };

    private static readonly (string Key, double Target, double Tolerance, string Owner)[] Targets =
    [
        ("placements_3_or_more", 9, 2, "Head of Children in Care"),
        ("long_term_stability", 70, 5, "Head of Children in Care"),
        ("placed_over_20_miles_outside_la", 12, 3, "Head of Commissioning"),
        ("oc2_health_assessment", 95, 5, "Designated Nurse for Children in Care"),
        ("oc2_dental_check", 90, 5, "Designated Nurse for Children in Care"),
        ("oc2_immunisations", 90, 5, "Designated Nurse for Children in Care"),
        ("missing_incident", 10, 3, "Head of Safeguarding"),
        ("care_leavers_19_21_in_touch", 95, 3, "Head of Leaving Care"),
        ("care_leavers_19_21_eet", 55, 5, "Virtual School Head"),
        ("care_leavers_19_21_suitable_accommodation", 90, 5, "Head of Leaving Care"),
    ];

    private static readonly (string Key, string Name, string Definition, string Area, string Owner, double Target, (int Numerator, int Denominator)[] Values)[] LocalIndicators =
    [
        ("local_pep_on_time", "Personal education plans reviewed on time", "Children of school age looked after at the end of the quarter whose personal education plan was reviewed within the last six months.",
            "Learning and work", "Virtual School Head", 95, [(301, 352), (318, 360), (333, 358), (341, 366), (350, 361)]),
        ("local_pathway_plan", "Care leavers with an up-to-date pathway plan", "Care leavers aged 16 to 21 whose pathway plan was reviewed within the last six months.",
            "Ready for adult life", "Head of Leaving Care", 95, [(240, 291), (262, 298), (270, 301), (281, 305), (288, 309)]),
        ("local_personal_adviser", "Care leavers with a personal adviser", "Care leavers aged 16 to 25 with a named personal adviser on 31 March.",
            "Ready for adult life", "Head of Leaving Care", 100, [(380, 402), (391, 410), (402, 415), (409, 418), (415, 420)]),
        ("local_return_home_interview", "Return home interviews offered within 72 hours", "Missing episodes of children looked after after which a return home interview was offered within 72 hours.",
            "Safe from harm", "Head of Safeguarding", 90, [(150, 231), (171, 240), (188, 236), (202, 244), (214, 239)]),
    ];

    private static readonly (string Key, string Text)[] Commentary =
    [
        ("placements_3_or_more", "Slightly above target. Most moves were teenagers stepping down from residential care into foster homes, which we count as planned progress; the placement stability panel now reviews every third move."),
        ("long_term_stability", "Below target. The new family-finding team started in September and the first matches are expected to show in next year's figure."),
        ("oc2_dental_check", "Dental checks recovered after the practice list closures of 2023; the designated nurse keeps a list of children still waiting."),
        ("care_leavers_19_21_eet", "The apprenticeship offer with council departments has helped; the gap to England is mostly among 21-year-olds."),
    ];
}
