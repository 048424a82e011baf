using CorporateParenting.Data;
using CorporateParenting.Data.Voice;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Voice.Results;

/// <summary>
/// The participation officer's review of a survey's free text, the only page that shows it as written: for each
/// comment a redacted copy (a suggestion is filled in to start from), a theme, and approve or withhold; themes are
/// created, renamed, summarised and approved here. Only approved comments and themes are shown anywhere else.
/// </summary>
[Authorize(Policy = Capability.ManageVoice)]
public sealed class CommentsModel(HubDbContext db) : PageModel
{
    public const int TextMaxLength = 2000, NameMaxLength = 200;

    public sealed record Comment(Guid Id, string Question, string Raw, string Redacted, int? ThemeId, CommentReview Review);

    [FromRoute] public int SurveyId { get; set; }
    public string SurveyTitle { get; private set; } = "";
    public IReadOnlyList<Comment> Comments { get; private set; } = [];
    public IReadOnlyList<SurveyCommentTheme> Themes { get; private set; } = [];
    /// <summary>The form that failed validation, whose fields show the typed values and errors.</summary>
    public Guid? FailedComment { get; private set; }
    public int? FailedTheme { get; private set; }

    [BindProperty] public Guid AnswerId { get; set; }
    [BindProperty] public string? Redacted { get; set; }
    [BindProperty] public int? ThemeId { get; set; }
    [BindProperty] public CommentReview Decision { get; set; }
    [BindProperty] public int? EditThemeId { get; set; }
    [BindProperty] public string? ThemeName { get; set; }
    [BindProperty] public string? ThemeSummary { get; set; }
    [BindProperty] public bool ThemeApproved { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCommentAsync(CancellationToken ct)
    {
        var answer = await (from a in db.SurveyAnswers
                            join r in db.SurveyResponses on a.ResponseId equals r.Id
                            where a.Id == AnswerId && r.SurveyId == SurveyId && a.Text != null
                            select a).FirstOrDefaultAsync(ct);
        if (answer is null) return NotFound();
        var redacted = Redacted?.Trim();
        if (Decision == CommentReview.Approved && string.IsNullOrEmpty(redacted))
            ModelState.AddModelError(nameof(Redacted), "Enter the comment with names and places taken out before approving it");
        if (redacted?.Length > TextMaxLength)
            ModelState.AddModelError(nameof(Redacted), $"The redacted comment must be {TextMaxLength} characters or fewer");
        if (ThemeId is { } theme && !await db.SurveyCommentThemes.AnyAsync(t => t.Id == theme && t.SurveyId == SurveyId, ct))
            ModelState.AddModelError(nameof(ThemeId), "Choose a theme of this survey");
        if (!Enum.IsDefined(Decision))
            ModelState.AddModelError(nameof(Decision), "Choose whether to approve or withhold the comment");
        if (!ModelState.IsValid)
        {
            FailedComment = AnswerId;
            await LoadAsync(ct);
            return Page();
        }
        answer.RedactedText = string.IsNullOrEmpty(redacted) ? null : redacted;
        answer.ThemeId = ThemeId;
        answer.Review = Decision;
        await db.SaveChangesAsync(ct);
        TempData["Success"] = Decision switch
        {
            CommentReview.Approved => "Comment approved: its redacted words can now be shown.",
            CommentReview.Withheld => "Comment withheld: it will not be shown.",
            _ => "Comment saved, not yet reviewed.",
        };
        return Redirect($"/Voice/Results/{SurveyId}/Comments#comment-{AnswerId}");
    }

    /// <summary>Creates a theme (no EditThemeId) or renames, summarises and approves one.</summary>
    public async Task<IActionResult> OnPostThemeAsync(CancellationToken ct)
    {
        if (!await db.Surveys.AnyAsync(s => s.Id == SurveyId, ct)) return NotFound();
        SurveyCommentTheme? theme = null;
        if (EditThemeId is { } id && (theme = await db.SurveyCommentThemes.FirstOrDefaultAsync(t => t.Id == id && t.SurveyId == SurveyId, ct)) is null)
            return NotFound();
        var name = ThemeName?.Trim();
        var summary = string.IsNullOrWhiteSpace(ThemeSummary) ? null : ThemeSummary.Trim();
        if (string.IsNullOrEmpty(name)) ModelState.AddModelError(nameof(ThemeName), "Enter a name for the theme");
        else if (name.Length > NameMaxLength) ModelState.AddModelError(nameof(ThemeName), $"The theme's name must be {NameMaxLength} characters or fewer");
        if (summary?.Length > TextMaxLength) ModelState.AddModelError(nameof(ThemeSummary), $"The summary must be {TextMaxLength} characters or fewer");
        if (!ModelState.IsValid)
        {
            FailedTheme = EditThemeId ?? 0;
            await LoadAsync(ct);
            return Page();
        }
        if (theme is null) db.SurveyCommentThemes.Add(theme = new SurveyCommentTheme { SurveyId = SurveyId, Name = name! });
        theme.Name = name!;
        theme.Summary = summary;
        theme.Approved = EditThemeId is not null && ThemeApproved;
        await db.SaveChangesAsync(ct);
        TempData["Success"] = EditThemeId is null ? $"Theme \u201C{name}\u201D added." : theme.Approved ? $"Theme \u201C{name}\u201D saved and approved." : $"Theme \u201C{name}\u201D saved (not approved: it is not shown).";
        return Redirect($"/Voice/Results/{SurveyId}/Comments#themes");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var title = await db.Surveys.Where(s => s.Id == SurveyId).Select(s => s.Title).FirstOrDefaultAsync(ct);
        if (title is null) return false;
        SurveyTitle = title;
        Themes = await db.SurveyCommentThemes.AsNoTracking().Where(t => t.SurveyId == SurveyId).OrderBy(t => t.Name).ToListAsync(ct);
        var rows = await (from a in db.SurveyAnswers
                          join r in db.SurveyResponses on a.ResponseId equals r.Id
                          join q in db.SurveyQuestions on a.QuestionId equals q.Id
                          where r.SurveyId == SurveyId && a.Text != null && a.Text != ""
                          select new { a.Id, q.Text, Raw = a.Text!, a.RedactedText, a.ThemeId, a.Review }).ToListAsync(ct);
        // Not yet reviewed first; otherwise by question and words, never by when they came in.
        Comments = rows.OrderBy(r => r.Review != CommentReview.NotReviewed).ThenBy(r => r.Text).ThenBy(r => r.Raw, StringComparer.Ordinal)
            .Select(r => new Comment(r.Id, r.Text, r.Raw, r.RedactedText ?? Redaction.Suggest(r.Raw), r.ThemeId, r.Review)).ToList();
        return true;
    }
}
