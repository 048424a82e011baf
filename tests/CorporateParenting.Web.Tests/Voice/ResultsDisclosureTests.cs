using CorporateParenting.Testing;
using CorporateParenting.Web.Disclosure;
using CorporateParenting.Web.Features.Voice.Results;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Voice;

/// <summary>
/// Survey results as the board sees them, attacked: the test knows every true answer (it wrote them), builds its
/// own model of what an attacker knows (bands add up to all bands, positive + not positive = answered, each option
/// chosen + not chosen = answered, answered bounded by the band's responses) and fixes every figure the results
/// show. No hidden count, including those never shown such as "not positive", may be narrowed to fewer than six
/// values, and no count of 1 to 5 may be shown.
/// </summary>
public sealed class ResultsDisclosureTests(DemoHub hub, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<DemoHub>
{
    private static readonly DateOnly Opens = new(2026, 10, 1);

    [Fact]
    public async Task A_band_with_four_responses_shows_no_figures_and_nothing_hidden_can_be_narrowed()
    {
        var (survey, table) = await hub.WithScope(async s =>
        {
            var made = await ResultsSyntheticSurvey.CreateAsync(s, "audit-", Opens, seed: 7, responses: [4, 27, 11]);
            return (made, (await s.GetRequiredService<SurveyResults>().ForSurveyAsync(made.SurveyId, default))!);
        });

        foreach (var b in table.Bands) output.WriteLine($"{b.Label}: {b.Responses}");
        foreach (var q in table.Questions) output.WriteLine($"{q.Key}: all {q.Pooled.Positive}/{q.Pooled.Answered} [{string.Join(",", q.Pooled.Options)}]; " + string.Join("; ", q.Bands.Select(c => c is null ? "-" : $"{c.Positive}/{c.Answered} [{string.Join(",", c.Options)}]")));
        var youngest = table.Bands[0];
        Assert.True(youngest.Withheld);
        Assert.True(youngest.Responses.Hidden);
        Assert.Null(youngest.ResponseRate);
        foreach (var question in table.Questions)
        {
            if (question.Bands[0] is not { } cell) continue;
            Assert.True(cell.Answered.Hidden && cell.Positive.Hidden && cell.Options.All(o => o.Hidden), question.Key);
            Assert.Null(cell.Share);
        }
        // The older band still shows its figures: the protection hides what it must, not everything.
        Assert.False(table.Bands[1].Responses.Hidden);
        Assert.Contains(table.Questions, q => q.Bands[1]?.Share is not null);

        var (problem, rows) = AttackerModel(survey, table);
        var audit = DisclosureAudit.Run(problem, rows.Select(r => r.Hidden).ToArray());
        Assert.True(audit.Passed, string.Join("\n", audit.Failures.Take(10)));
        Assert.All(rows.Where(r => !r.Hidden), r => Assert.Equal(problem.Variables[r.Variable].TrueValue, r.Shown));

        // The same figures with only small counts hidden leak (the all-bands totals less the other bands give the
        // youngest band away): the audit above can fail, and the secondary suppression is what passes it.
        var primaryOnly = rows.Select(r => r.BandWithheld || SmallNumbers.IsSmall(problem.Variables[r.Variable].TrueValue)).ToArray();
        Assert.False(DisclosureAudit.Run(problem, primaryOnly).Passed);
    }

    [Fact]
    public async Task A_question_key_reads_year_on_year_oldest_first_with_each_bands_cell()
    {
        var (later, earlier, years) = await hub.WithScope(async s =>
        {
            var later = await ResultsSyntheticSurvey.CreateAsync(s, "years-", Opens, seed: 3, responses: [14, 30, 12]);
            var earlier = await ResultsSyntheticSurvey.CreateAsync(s, "years-", Opens.AddYears(-1), seed: 4, responses: [9, 25, 3]);
            return (later, earlier, await s.GetRequiredService<SurveyResults>().ForQuestionKeyAsync(later.Safe, default));
        });

        foreach (var y in years) output.WriteLine($"{y.SurveyTitle}: all {y.Pooled.Positive}/{y.Pooled.Answered}; " + string.Join("; ", y.Bands.Select(b => $"{b.Band.Label} n={b.Band.Responses} {b.Cell.Positive}/{b.Cell.Answered}")));
        Assert.Equal([earlier.SurveyId, later.SurveyId], years.Select(y => y.SurveyId));
        Assert.All(years, y => Assert.Equal(3, y.Bands.Count()));
        // Withholding the care leavers of the earlier year does not take the other bands' figures with it.
        Assert.False(years[0].Bands.ElementAt(1).Band.Responses.Hidden);
        // The care leavers of the earlier year were 3: withheld in that year only.
        Assert.True(years[0].Bands.Last().Cell.BandWithheld);
        Assert.False(years[1].Bands.Last().Cell.BandWithheld);
        var (band, cell) = years[1].Bands.ElementAt(1);
        Assert.Equal("10 plus", band.Label);
        var truth = later.Answers.Where(a => a.Band == 1 && a.Key == later.Safe && a.Choice is not null).ToList();
        if (!cell.Answered.Hidden) Assert.Equal(truth.Count, cell.Answered.Value);
        if (!cell.Positive.Hidden) Assert.Equal(truth.Count(a => a.Choice is "4" or "5"), cell.Positive.Value);
        Assert.False(cell.Answered.Hidden && cell.Positive.Hidden, "a band of 30 should show something");
    }

    internal sealed record AttackRow(int Variable, bool Hidden, int? Shown, bool BandWithheld);

    /// <summary>The attacker's model, built from the true answers without the Hub's help, with a row for every figure shown.</summary>
    internal static (DisclosureProblem Problem, List<AttackRow> Rows) AttackerModel(ResultsSyntheticSurvey survey, SurveyResultTable table, bool primaryOnly = false)
    {
        var p = new DisclosureProblem();
        var rows = new List<AttackRow>();
        void Row(int variable, ShownCount shown, bool withheld)
        {
            p.AddRow(p.Variables[variable].Name, [variable], primaryOnly ? withheld || SmallNumbers.IsSmall(p.Variables[variable].TrueValue) : shown.Hidden, p.Variables[variable].Name.Contains("all") ? 10 : 100);
            rows.Add(new AttackRow(variable, shown.Hidden, shown.Value, withheld));
        }
        int Sum(IEnumerable<int> parts, string name)
        {
            var list = parts.ToList();
            var total = p.AddVariable(list.Sum(v => p.Variables[v].TrueValue), name);
            p.AddRelation(name, list.Select(v => (v, 1)).Append((total, -1)));
            return total;
        }

        var responses = survey.Responses.Select((n, b) => p.AddVariable(n, $"band {b} responses")).ToArray();
        for (var b = 0; b < 3; b++) Row(responses[b], table.Bands[b].Responses, table.Bands[b].Withheld);
        Row(Sum(responses, "all responses"), table.Responses, false);

        foreach (var question in table.Questions)
        {
            var answeredParts = new List<int>();
            var positiveParts = new List<int>();
            var optionParts = question.Options.Select(_ => new List<int>()).ToArray();
            for (var b = 0; b < 3; b++)
            {
                if (question.Bands[b] is not { } cell) continue;
                var given = survey.Answers.Where(a => a.Band == b && a.Key == question.Key && a.Choice is not null).ToList();
                var answered = p.AddVariable(given.Count, $"band {b} {question.Key} answered");
                // A bound the attacker has: no more answered than responded (skipped >= 0), scaled by ten so that the
                // skips, which are not protected, are never taken for a small count.
                var skipped = p.AddVariable(10 * (survey.Responses[b] - given.Count), "ten times skipped");
                p.AddRelation($"band {b} {question.Key} answered + skipped", [(answered, 10), (skipped, 1), (responses[b], -10)]);
                answeredParts.Add(answered);
                Row(answered, cell.Answered, cell.BandWithheld);
                if (question.IsScored)
                {
                    var yes = given.Count(a => a.Choice is "4" or "5" or "yes");
                    var positive = p.AddVariable(yes, $"band {b} {question.Key} positive");
                    var notPositive = p.AddVariable(given.Count - yes, $"band {b} {question.Key} not positive");
                    p.AddRelation($"band {b} {question.Key} positive + not", [(positive, 1), (notPositive, 1), (answered, -1)]);
                    positiveParts.Add(positive);
                    Row(positive, cell.Positive, cell.BandWithheld);
                }
                for (var o = 0; o < question.Options.Count; o++)
                {
                    var chose = given.Count(a => a.Choice!.Split('\n').Contains(question.Options[o]));
                    var chosen = p.AddVariable(chose, $"band {b} chose {question.Options[o]}");
                    var not = p.AddVariable(given.Count - chose, $"band {b} did not choose {question.Options[o]}");
                    p.AddRelation($"band {b} option {o} + not", [(chosen, 1), (not, 1), (answered, -1)]);
                    optionParts[o].Add(chosen);
                    Row(chosen, cell.Options[o], cell.BandWithheld);
                }
            }
            if (answeredParts.Count < 2) continue;
            Row(Sum(answeredParts, $"{question.Key} all answered"), question.Pooled.Answered, false);
            if (question.IsScored) Row(Sum(positiveParts, $"{question.Key} all positive"), question.Pooled.Positive, false);
            for (var o = 0; o < question.Options.Count; o++) Row(Sum(optionParts[o], $"{question.Key} all chose {o}"), question.Pooled.Options[o], false);
        }
        return (p, rows);
    }
}
