using CorporateParenting.Data;
using CorporateParenting.Data.Voice;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Voice.Results;

/// <summary>
/// What the board, the pack and young people may read of a survey's free text: approved themes, and approved
/// comments in the officer's redacted words. The raw text is never selected here (only the officer's comments page reads it).
/// </summary>
public static class SurveyComments
{
    public sealed record ShownTheme(string Name, string? Summary, IReadOnlyList<string> Comments);
    public sealed record Shown(IReadOnlyList<ShownTheme> Themes, IReadOnlyList<string> OtherComments)
    {
        public bool Any => Themes.Count > 0 || OtherComments.Count > 0;
    }

    public static async Task<Shown> ApprovedAsync(HubDbContext db, int surveyId, CancellationToken ct)
    {
        var themes = await db.SurveyCommentThemes.AsNoTracking().Where(t => t.SurveyId == surveyId && t.Approved).OrderBy(t => t.Name).ToListAsync(ct);
        var comments = await (from a in db.SurveyAnswers
                              join r in db.SurveyResponses on a.ResponseId equals r.Id
                              where r.SurveyId == surveyId && a.Review == CommentReview.Approved && a.RedactedText != null && a.RedactedText != ""
                              select new { a.ThemeId, Text = a.RedactedText! }).ToListAsync(ct);
        // Sorted by their words, not stored order: the order answers were given in is nobody's business.
        var byTheme = comments.ToLookup(c => themes.Any(t => t.Id == c.ThemeId) ? c.ThemeId : null, c => c.Text);
        return new Shown(
            themes.Select(t => new ShownTheme(t.Name, t.Summary, byTheme[t.Id].Order(StringComparer.Ordinal).ToList())).ToList(),
            byTheme[null].Order(StringComparer.Ordinal).ToList());
    }
}
