using CorporateParenting.Data.Voice;
using CorporateParenting.Web.Disclosure;

namespace CorporateParenting.Web.Features.Voice.Results;

/// <summary>A band's true figures, before protection.</summary>
public sealed record BandCounts(int BandId, string Label, int Responses, int? Eligible, string? EligibleSource);

/// <summary>
/// One question's true figures in one band: how many answered, how many positively (scored questions), and how many
/// chose each option (choose-any; null where the band was not offered that option).
/// </summary>
public sealed record CellCounts(int Answered, int Positive, IReadOnlyList<int?> Options);

/// <summary>A question's true figures per band (index for index with the bands; null where the band was not asked it).</summary>
public sealed record QuestionCounts(string Key, string Label, string Text, QuestionType Type, bool IsCore, IReadOnlyList<string> Options, IReadOnlyList<CellCounts?> Bands);

/// <summary>
/// The one place survey figures are protected (ADR 23 on ADR 12). The attacker's model: per band and question,
/// answered = positive + not positive (scored) and answered = chose + did not choose (each option of a choose-any);
/// no more answered than the band's responses (how many skipped is not itself protected: it says nothing of an
/// answer); every all-bands figure is the sum of its bands.
/// A band with 1 to 5 responses shows nothing; any shown count of 1 to 5 is primary suppressed; then
/// <see cref="DisclosureProtection"/> hides more until no hidden count (including the never-shown "not positive" and
/// "did not choose") can be narrowed to fewer than six values. Surveys are of different children, so years are
/// protected one survey at a time.
/// </summary>
public static class SurveyDisclosure
{
    // What hiding a figure costs the board: all-bands figures go before a band's own (the bands are what the board
    // compares), positives before the numbers answering (which only the responses can hide), responses last.
    private const double BandPositiveCost = 100, BandAnsweredCost = 300, BandResponsesCost = 500;
    private const double PooledPositiveCost = 10, PooledAnsweredCost = 30, PooledResponsesCost = 50;

    public sealed record Protected(IReadOnlyList<BandResult> Bands, ShownCount Responses, IReadOnlyList<QuestionResult> Questions);

    /// <summary>The attacker's model and, for each figure a page can show, the row of the problem that shows it.</summary>
    public sealed class Model
    {
        public DisclosureProblem Problem { get; } = new();
        internal int[] BandResponseRows = [];
        internal int? PooledResponsesRow;
        internal List<QuestionRows> Questions = [];
    }

    internal sealed record CellRows(int Answered, int? Positive, int?[] Options);
    internal sealed record QuestionRows(CellRows?[] Bands, CellRows Pooled);

    public static bool Withheld(int responses) => SmallNumbers.IsSmall(responses);

    public static Model Build(IReadOnlyList<BandCounts> bands, IReadOnlyList<QuestionCounts> questions)
    {
        var model = new Model();
        var p = model.Problem;
        var withheld = bands.Select(b => Withheld(b.Responses)).ToArray();
        bool Primary(int band, int value) => withheld[band] || SmallNumbers.IsSmall(value);

        var responses = bands.Select(b => p.AddVariable(b.Responses, $"{b.Label}: responses")).ToArray();
        model.BandResponseRows = bands.Select((b, i) => p.AddRow($"{b.Label}: responses", [responses[i]], Primary(i, b.Responses), BandResponsesCost)).ToArray();
        if (bands.Count > 1)
        {
            var total = bands.Sum(b => b.Responses);
            var pooled = p.AddVariable(total, "All bands: responses");
            p.AddRelation("all bands' responses = sum of bands", responses.Select(v => (v, 1)).Append((pooled, -1)));
            model.PooledResponsesRow = p.AddRow("All bands: responses", [pooled], withheld.Any(w => w) || SmallNumbers.IsSmall(total), PooledResponsesCost);
        }

        foreach (var q in questions)
        {
            var cells = new CellRows?[bands.Count];
            var answeredVars = new List<int>();
            var positiveVars = new List<int>();
            var notPositiveVars = new List<int>();
            var optionVars = q.Options.Select(_ => new List<int>()).ToArray();
            // The starting pattern hides, beside small counts, the all-bands figure of anything hidden in a band (else
            // the total less the other bands gives it back); the audit then checks it and hides more if it must.
            bool anyAnsweredHidden = false, anyPositiveHidden = false;
            var anyOptionHidden = new bool[q.Options.Count];
            var notChosenTotal = new int[q.Options.Count];
            for (var b = 0; b < bands.Count; b++)
            {
                if (q.Bands[b] is not { } c) continue;
                var name = $"{bands[b].Label}, {q.Key}";
                var answered = p.AddVariable(c.Answered, $"{name}: answered");
                // No more answered than responded: the attacker's bound, written as 10 x answered + 10 x skipped = 10 x responses.
                // Ten times a count is never 1 to 5, so the skips bound the others without being protected themselves
                // (skipping says nothing about a child's answer).
                var skipped = p.AddVariable(10 * (bands[b].Responses - c.Answered), $"{name}: ten times skipped");
                p.AddRelation($"{name}: answered + skipped = responses", [(answered, 10), (skipped, 1), (responses[b], -10)]);
                answeredVars.Add(answered);
                var hideAnswered = Primary(b, c.Answered);
                anyAnsweredHidden |= hideAnswered;
                var answeredRow = p.AddRow($"{name}: answered", [answered], hideAnswered, BandAnsweredCost);
                int? positiveRow = null;
                if (AnswerScales.IsScored(q.Type))
                {
                    var positive = p.AddVariable(c.Positive, $"{name}: positive");
                    var notPositive = p.AddVariable(c.Answered - c.Positive, $"{name}: not positive");
                    p.AddRelation($"{name}: positive + not positive = answered", [(positive, 1), (notPositive, 1), (answered, -1)]);
                    positiveVars.Add(positive);
                    notPositiveVars.Add(notPositive);
                    // A share whose positives or not-positives are few is hidden with them (the complement of a percentage).
                    var hidePositive = hideAnswered || SmallNumbers.IsSmall(c.Positive) || SmallNumbers.IsSmall(c.Answered - c.Positive);
                    anyPositiveHidden |= hidePositive;
                    positiveRow = p.AddRow($"{name}: positive", [positive], hidePositive, BandPositiveCost);
                }
                var options = new int?[q.Options.Count];
                for (var o = 0; o < q.Options.Count; o++)
                {
                    if (c.Options.ElementAtOrDefault(o) is not { } chose) continue;
                    var option = $"{name}: chose \u201C{q.Options[o]}\u201D";
                    var chosen = p.AddVariable(chose, option);
                    var notChosen = p.AddVariable(c.Answered - chose, $"{name}: did not choose \u201C{q.Options[o]}\u201D");
                    p.AddRelation($"{option} + did not = answered", [(chosen, 1), (notChosen, 1), (answered, -1)]);
                    optionVars[o].Add(chosen);
                    var hideOption = hideAnswered || SmallNumbers.IsSmall(chose) || SmallNumbers.IsSmall(c.Answered - chose);
                    anyOptionHidden[o] |= hideOption;
                    notChosenTotal[o] += c.Answered - chose;
                    options[o] = p.AddRow(option, [chosen], hideOption, BandPositiveCost);
                }
                cells[b] = new CellRows(answeredRow, positiveRow, options);
            }

            // All bands: the sum of the bands that asked (one band alone is its own total: the same rows).
            CellRows pooledRows;
            if (answeredVars.Count == 1) pooledRows = cells.First(c => c is not null)!;
            else
            {
                int Sum(List<int> parts, string name)
                {
                    var v = p.AddVariable(parts.Sum(x => p.Variables[x].TrueValue), $"All bands, {q.Key}: {name}");
                    p.AddRelation($"All bands, {q.Key}: {name} = sum of bands", parts.Select(x => (x, 1)).Append((v, -1)));
                    return v;
                }
                var answered = Sum(answeredVars, "answered");
                var answeredRow = p.AddRow($"All bands, {q.Key}: answered", [answered], anyAnsweredHidden || SmallNumbers.IsSmall(p.Variables[answered].TrueValue), PooledAnsweredCost);
                int? positiveRow = null;
                if (AnswerScales.IsScored(q.Type))
                {
                    var positive = Sum(positiveVars, "positive");
                    var notPositive = Sum(notPositiveVars, "not positive");
                    p.AddRelation($"All bands, {q.Key}: positive + not positive = answered", [(positive, 1), (notPositive, 1), (answered, -1)]);
                    positiveRow = p.AddRow($"All bands, {q.Key}: positive", [positive], anyAnsweredHidden || anyPositiveHidden
                        || SmallNumbers.IsSmall(p.Variables[positive].TrueValue) || SmallNumbers.IsSmall(p.Variables[notPositive].TrueValue), PooledPositiveCost);
                }
                var options = new int?[q.Options.Count];
                for (var o = 0; o < q.Options.Count; o++)
                {
                    if (optionVars[o].Count == 0) continue;
                    var chosen = Sum(optionVars[o], $"chose \u201C{q.Options[o]}\u201D");
                    options[o] = p.AddRow($"All bands, {q.Key}: chose \u201C{q.Options[o]}\u201D", [chosen], anyAnsweredHidden || anyOptionHidden[o]
                        || SmallNumbers.IsSmall(p.Variables[chosen].TrueValue) || SmallNumbers.IsSmall(notChosenTotal[o]), PooledPositiveCost);
                }
                pooledRows = new CellRows(answeredRow, positiveRow, options);
            }
            model.Questions.Add(new QuestionRows(cells, pooledRows));
        }
        return model;
    }

    /// <summary>The figures a restricted viewer sees.</summary>
    public static Protected Protect(IReadOnlyList<BandCounts> bands, IReadOnlyList<QuestionCounts> questions)
    {
        var model = Build(bands, questions);
        var hidden = DisclosureProtection.Protect(model.Problem);
        var p = model.Problem;
        ShownCount Show(int? row) => row is { } r && !hidden[r] ? new ShownCount(p.Variables[p.Rows[r].Shows[0]].TrueValue) : ShownCount.Suppressed;

        var bandResults = bands.Select((b, i) => new BandResult(b.BandId, b.Label, Show(model.BandResponseRows[i]),
            // Who could have answered is the 903's count of children in the band on the survey's date: a count of 1 to 5 is "c".
            b.Eligible is { } e && !SmallNumbers.IsSmall(e) ? new ShownCount(e) : ShownCount.Suppressed,
            b.EligibleSource, Withheld(b.Responses))).ToList();
        var pooledResponses = model.PooledResponsesRow is { } row ? Show(row) : bandResults.Count == 1 ? bandResults[0].Responses : new ShownCount(0);

        var results = questions.Select((q, qi) =>
        {
            var rows = model.Questions[qi];
            QuestionCell Cell(CellRows r, bool withheld) =>
                new(Show(r.Answered), Show(r.Positive), r.Options.Select(Show).ToList(), withheld);
            var cells = rows.Bands.Select((r, b) => r is null ? null : Cell(r, bandResults[b].Withheld)).ToList();
            var pooled = q.Bands.Count(c => c is not null) == 1 ? cells.First(c => c is not null)! : Cell(rows.Pooled, false);
            return new QuestionResult(q.Key, q.Label, q.Text, q.Type, q.IsCore, q.Options, cells, pooled);
        }).ToList();
        return new Protected(bandResults, pooledResponses, results);
    }
}
