using CorporateParenting.Web.Documents;
using CorporateParenting.Web.Infrastructure;

namespace CorporateParenting.Web.Features.CorporateParents.KeyQuestions;

/// <summary>The briefing for a new member's induction, drawn as a pack so PDF and Word say the same as the page.</summary>
public static class KeyQuestionDocument
{
    public const string Title = "If this were my child: the key questions, answered";

    public static PackDocument Build(KeyQuestionBriefing briefing, WardPicture? wards, string councilName, DateOnly asAt)
    {
        var summary = new PackSection("About this briefing",
        [
            new PackParagraph("As a councillor you are a corporate parent to every child the council looks after and to its care leavers. " +
                "These are the questions the \u201cIf this were my child\u201d booklet asks every member to put to the council, with the answers the Hub holds today."),
            new PackKeyValues([
                ("Answered from the Hub's figures", briefing.Count(AnswerKind.Data).ToString()),
                ("Answered by the latest report to the board", briefing.Count(AnswerKind.Report).ToString()),
                ("Not yet known", briefing.Count(AnswerKind.NotYetKnown).ToString()),
            ]),
            new PackParagraph($"Figures are for the year to 31 March {briefing.Year}, as the board's scorecard publishes them: " +
                "a count from 1 to 5, or anything that would reveal one, is shown as \u201cc\u201d."),
        ]);
        var sections = new List<PackSection> { summary };
        sections.AddRange(briefing.Areas.Select(Section));
        if (wards is not null)
            sections.Add(new PackSection("Children looked after by ward", [
                new PackParagraph($"Children looked after at 31 March {wards.Year}: living in each ward (the ward of their placement's " +
                    "postcode) and placed from each ward (the ward of their home address), so you know the picture in your own ward."),
                new PackTable("Children looked after by ward", ["Ward", "Living in the ward", "Placed from the ward"],
                    wards.Rows.Select(r => (IReadOnlyList<string>)[r.Ward, r.LivingIn, r.PlacedFrom])
                        .Append((IReadOnlyList<string>)["All", wards.LivingInAll, wards.PlacedFromAll]).ToList(), new HashSet<int> { 1, 2 }),
            ]));
        return new PackDocument(Title, $"{councilName}\nA briefing for members, as at {DateDisplay.Long(asAt)}", Restricted: false, sections);
    }

    private static PackSection Section(AnsweredArea area)
    {
        var blocks = new List<PackBlock> { new PackParagraph(area.Area.Why) };
        foreach (var q in area.Questions)
        {
            blocks.Add(new PackSubheading(q.Question.Text));
            switch (q.Kind)
            {
                case AnswerKind.Data:
                    blocks.Add(new PackTable("Figures", ["Measure", "Latest", "Trend"],
                        q.Figures.Select(f => (IReadOnlyList<string>)[f.Name, Latest(f), KeyQuestionText.Trend(f)]).ToList(), new HashSet<int> { 1 }));
                    blocks.AddRange(q.Breakdowns.Select(Table));
                    break;
                case AnswerKind.Report:
                    blocks.Add(new PackParagraph($"Answered by \u201c{q.Paper!.Title}\u201d, received {DateDisplay.Long(q.Paper.ReceivedOn)} (from {q.Question.Owner})."));
                    if (q.Paper.Summary is { Length: > 0 } s) blocks.Add(new PackParagraph(s));
                    break;
                default:
                    blocks.Add(new PackParagraph($"Not yet known. {q.Gap} Ask: {q.Question.Owner}."));
                    break;
            }
        }
        return new PackSection($"{area.Area.Number}. {area.Area.Title}", blocks);
    }

    private static string Latest(Performance.Scorecard.ScorecardLine f) => f.This.Text.Length == 0 ? "No figure" : f.This.Text;

    private static PackTable Table(AnsweredBreakdown b) => new($"{b.IndicatorName} by {b.DimensionName.ToLowerInvariant()}", [b.DimensionName, "Figure"],
        b.Groups.Select(g => (IReadOnlyList<string>)[g.Group, g.Value])
            .Concat(b.Total is null ? [] : [(IReadOnlyList<string>)["All", b.Total.Value]]).ToList(), new HashSet<int> { 1 });
}

/// <summary>Words shared by the page and the documents.</summary>
public static class KeyQuestionText
{
    public static string Trend(Performance.Scorecard.ScorecardLine line) =>
        string.Join("; ", line.Trend.Where(t => t.Text.Length > 0).Select(t => $"{t.Year}: {t.Text}"));
}
