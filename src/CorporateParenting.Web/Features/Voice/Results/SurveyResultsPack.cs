using CorporateParenting.Web.Documents;

namespace CorporateParenting.Web.Features.Voice.Results;

/// <summary>A survey's results as board pack blocks: the same words and protected figures as the results page.</summary>
public static class SurveyResultsPack
{
    public static IEnumerable<PackBlock> Blocks(SurveyResultTable table, SurveyComments.Shown comments)
    {
        yield return new PackSubheading(table.Title);
        yield return new PackParagraph($"Open from {table.OpensOn:d MMMM yyyy} to {table.ClosesOn:d MMMM yyyy}.{(table.Purpose is null ? "" : " " + table.Purpose)} {ResultWords.Key}");
        var who = table.Bands.Select(b => (IReadOnlyList<string>)[b.Label, b.Responses.ToString(), b.Eligible?.ToString() ?? "Not known", b.ResponseRatePercent ?? "–"]).ToList();
        if (table.Bands.Count > 1) who.Add(["All bands", table.Responses.ToString(), "", ""]);
        yield return new PackTable("Who answered", ["Band", "Responses", "Could have answered", "Response rate"], who, new HashSet<int> { 1, 2, 3 });

        var bands = Enumerable.Range(0, table.Bands.Count).ToList();
        var scored = table.Questions.Where(q => q.IsScored).ToList();
        if (scored.Count > 0)
        {
            var header = new List<string> { "Question" };
            header.AddRange(bands.Select(b => table.Bands[b].Label));
            if (bands.Count > 1) header.Add("All bands");
            var rows = scored.Select(q =>
            {
                var row = new List<string> { q.Label + (q.IsCore ? " (core)" : "") };
                row.AddRange(bands.Select(b => ResultWords.Scored(q.Bands[b])));
                if (bands.Count > 1) row.Add(q.BandsAsked > 1 ? ResultWords.Scored(q.Pooled) : "");
                return (IReadOnlyList<string>)row;
            }).ToList();
            yield return new PackTable("Share answering positively (number positive of number answering)", header, rows, Enumerable.Range(1, header.Count - 1).ToHashSet());
        }
        foreach (var q in table.Questions.Where(q => q.IsChooseAny))
        {
            var asked = bands.Where(b => q.Bands[b] is not null).ToList();
            var header = new List<string> { "Answer" };
            header.AddRange(asked.Select(b => table.Bands[b].Label));
            if (asked.Count > 1) header.Add("All bands");
            var rows = q.Options.Select((option, o) =>
            {
                var row = new List<string> { option };
                row.AddRange(asked.Select(b => ResultWords.Option(q.Bands[b], o)));
                if (asked.Count > 1) row.Add(ResultWords.Option(q.Pooled, o));
                return (IReadOnlyList<string>)row;
            }).ToList();
            yield return new PackTable($"{q.Label} (could choose any)", header, rows, Enumerable.Range(1, header.Count - 1).ToHashSet());
        }
        foreach (var theme in comments.Themes)
        {
            yield return new PackParagraph($"Theme: {theme.Name}.{(theme.Summary is null ? "" : " " + theme.Summary)}");
            if (theme.Comments.Count > 0) yield return new PackBullets(theme.Comments.Select(c => $"\u201C{c}\u201D").ToList());
        }
        if (comments.OtherComments.Count > 0)
        {
            yield return new PackParagraph("Other comments, with names and places taken out:");
            yield return new PackBullets(comments.OtherComments.Select(c => $"\u201C{c}\u201D").ToList());
        }
    }
}
