using CorporateParenting.Data;
using CorporateParenting.Web.Features.Performance.Scorecard;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.CorporateParents.KeyQuestions;

/// <summary>A breakdown as the scorecard publishes it: groups and whole, already suppressed.</summary>
public sealed record AnsweredBreakdown(string IndicatorName, string Dimension, string DimensionName, IReadOnlyList<BreakdownLine> Groups, BreakdownLine? Total);

/// <summary>The latest received, non-confidential paper of a scheduled report type.</summary>
public sealed record AnsweringPaper(int Id, string Title, DateOnly ReceivedOn, string? Summary);

/// <summary>A question with what answers it today: figures, a paper, or the owner who can.</summary>
public sealed record AnsweredQuestion(KeyQuestion Question, AnswerKind Kind, IReadOnlyList<ScorecardLine> Figures, IReadOnlyList<AnsweredBreakdown> Breakdowns, AnsweringPaper? Paper)
{
    /// <summary>Why a question the catalogue maps is not answered here today.</summary>
    public string? Gap => Kind != AnswerKind.NotYetKnown ? null : Question.Kind switch
    {
        AnswerKind.Data => "The Hub does not hold these figures yet.",
        AnswerKind.Report => $"No \u201c{Question.Report}\u201d has been received yet.",
        _ => "The Hub does not hold this.",
    };
}

public sealed record AnsweredArea(KeyQuestionArea Area, IReadOnlyList<AnsweredQuestion> Questions);

public sealed record KeyQuestionBriefing(int Year, IReadOnlyList<AnsweredArea> Areas)
{
    public int Count(AnswerKind kind) => Areas.Sum(a => a.Questions.Count(q => q.Kind == kind));
}

/// <summary>
/// Answers the catalogue from what the Hub already publishes. Figures are the scorecard's own lines and
/// breakdowns, built suppressed (as every member sees them) by <see cref="ScorecardBuilder"/>: this class
/// computes no count of its own, so nothing here can escape the scorecard's disclosure control (ADR 12, 29).
/// </summary>
public sealed class KeyQuestionAnswers(HubDbContext db, ScorecardBuilder scorecard)
{
    /// <summary>The ward of a postcode the council's lookup does not hold: every child, when no lookup is loaded.</summary>
    public const string NotKnown = "Not known";

    public async Task<KeyQuestionBriefing> BuildAsync(CancellationToken cancellationToken)
    {
        var card = await scorecard.BuildAsync(null, suppress: true, cancellationToken);
        var lines = card.Lines.ToDictionary(l => l.Key);

        var wanted = KeyQuestionCatalogue.Questions.SelectMany(q => q.Indicators).ToHashSet();
        var indicators = await db.Indicators.AsNoTracking().Where(i => wanted.Contains(i.Key)).ToDictionaryAsync(i => i.Key, cancellationToken);

        var reportTitles = KeyQuestionCatalogue.Questions.Where(q => q.Report is not null).Select(q => q.Report!).ToHashSet();
        var received = await db.ReportRequests.AsNoTracking()
            .Where(r => r.ReceivedAtUtc != null && !r.Confidential && r.ReportTypeId != null)
            .Join(db.ReportTypes.Where(t => reportTitles.Contains(t.Title)), r => r.ReportTypeId, t => t.Id,
                (r, t) => new { Type = t.Title, r.Id, r.Title, r.ReceivedAtUtc, r.Summary })
            .ToListAsync(cancellationToken);
        var papers = received.GroupBy(r => r.Type).ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.ReceivedAtUtc).ThenByDescending(r => r.Id).First());

        var areas = new List<AnsweredArea>();
        foreach (var area in KeyQuestionCatalogue.Areas)
        {
            var answered = new List<AnsweredQuestion>();
            foreach (var question in area.Questions)
            {
                var figures = question.Indicators.Where(lines.ContainsKey).Select(k => lines[k]).Where(l => l.Trend.Any(t => t.Text.Length > 0)).ToList();
                var breakdowns = new List<AnsweredBreakdown>();
                if (figures.Count > 0 && card.Year > 0)
                    foreach (var dimension in question.Breakdowns)
                    {
                        var key = question.Indicators[0];
                        if (!indicators.TryGetValue(key, out var indicator)) continue;
                        var (groups, total) = await scorecard.BreakdownAsync(indicator, card.Year, dimension, suppress: true, cancellationToken);
                        if (groups.Count > 0)
                            breakdowns.Add(new AnsweredBreakdown(indicator.Name, dimension, IndicatorModel.DimensionNames[dimension], groups, total));
                    }
                var paper = question.Report is { } title && papers.TryGetValue(title, out var p)
                    ? new AnsweringPaper(p.Id, p.Title, DateOnly.FromDateTime(p.ReceivedAtUtc!.Value), p.Summary) : null;
                var kind = figures.Count > 0 ? AnswerKind.Data : paper is not null ? AnswerKind.Report : AnswerKind.NotYetKnown;
                answered.Add(new AnsweredQuestion(question, kind, figures, breakdowns, paper));
            }
            areas.Add(new AnsweredArea(area, answered));
        }
        return new KeyQuestionBriefing(card.Year, areas);
    }

    /// <summary>
    /// Children looked after at 31 March living in each ward (placement postcode) and placed from each ward (home
    /// postcode), when the postcode lookup is loaded: the scorecard's two ward breakdowns of <c>cla_count</c>, as
    /// members see them (protected with every other published figure, ADR 12); nothing is counted here.
    /// </summary>
    public async Task<WardPicture?> WardsAsync(int year, CancellationToken cancellationToken)
    {
        if (year == 0 || await db.Indicators.AsNoTracking().SingleOrDefaultAsync(i => i.Key == "cla_count", cancellationToken) is not { } indicator) return null;
        var (livingIn, livingTotal) = await scorecard.BreakdownAsync(indicator, year, KeyQuestionCatalogue.LivingWard, suppress: true, cancellationToken);
        var (placedFrom, placedTotal) = await scorecard.BreakdownAsync(indicator, year, KeyQuestionCatalogue.Ward, suppress: true, cancellationToken);
        if (livingIn.Concat(placedFrom).All(g => g.Group == NotKnown)) return null;
        var living = livingIn.ToDictionary(g => g.Group, g => g.Value);
        var placed = placedFrom.ToDictionary(g => g.Group, g => g.Value);
        // A ward missing from a breakdown has no child in it: its figure is 0, which discloses nothing.
        var rows = living.Keys.Union(placed.Keys)
            .OrderBy(w => w == NotKnown ? 2 : w == WardPicture.Outside ? 1 : 0).ThenBy(w => w, StringComparer.OrdinalIgnoreCase)
            .Select(w => new WardRow(w, living.GetValueOrDefault(w, "0"), placed.GetValueOrDefault(w, "0"))).ToList();
        return new WardPicture(year, rows, livingTotal?.Value ?? "", placedTotal?.Value ?? "");
    }
}

/// <summary>One ward's two figures, as shown to members: children living there and children placed from there.</summary>
public sealed record WardRow(string Ward, string LivingIn, string PlacedFrom);

/// <summary>Children looked after by ward, both ways, at 31 March of <see cref="Year"/>.</summary>
public sealed record WardPicture(int Year, IReadOnlyList<WardRow> Rows, string LivingInAll, string PlacedFromAll)
{
    /// <summary>The group of children placed outside the council's area (the 903 engine's word).</summary>
    public const string Outside = "Outside the council's area";

    /// <summary>A ward by name (case and spacing ignored); null when the council's lookup has no ward of that name.</summary>
    public WardRow? For(string ward) => Rows.FirstOrDefault(r => r.Ward != KeyQuestionAnswers.NotKnown && r.Ward != Outside &&
        string.Equals(r.Ward.Trim(), ward.Trim(), StringComparison.OrdinalIgnoreCase));
}
