using CorporateParenting.Data;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Voice.Results;

/// <summary>
/// One survey's results for the board: per question and band the share answering positively with its numbers, the
/// shared core side by side, response rates, approved comments; exports of the same protected figures. The
/// participation officer also publishes the young people's page and chooses the pack meeting here.
/// </summary>
[Authorize(Policy = Capability.ViewVoice)]
public sealed class SurveyModel(SurveyResults results, HubDbContext db, IAuthorizationService authorization) : PageModel
{
    public const int SummaryMaxLength = 1000;

    [FromRoute] public int SurveyId { get; set; }
    public SurveyResultTable Table { get; private set; } = null!;
    public SurveyComments.Shown Comments { get; private set; } = null!;
    public bool MayManage { get; private set; }
    public IReadOnlyList<(int Id, string Label)> Meetings { get; private set; } = [];
    public string? PackMeetingLabel { get; private set; }
    /// <summary>Question Keys asked in more than one survey: each links to its year-on-year page.</summary>
    public IReadOnlySet<string> AskedBefore { get; private set; } = new HashSet<string>();

    [BindProperty] public string? ChildFriendlySummary { get; set; }
    [BindProperty] public int? PackMeetingId { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct) =>
        await LoadAsync(ct) ? CsvDownload.Create(ExportRows(Table), $"survey-{SurveyId}-results.csv") : NotFound();

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken ct) =>
        await LoadAsync(ct) ? ExcelDownload.Create(ExportRows(Table), $"survey-{SurveyId}-results.xlsx", "Results") : NotFound();

    /// <summary>Publishes (or takes down) "What you told us" with the officer's summary for children.</summary>
    public async Task<IActionResult> OnPostPublishAsync(bool publish, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Capability.ManageVoice)).Succeeded) return Forbid();
        var survey = await db.Surveys.FirstOrDefaultAsync(s => s.Id == SurveyId, ct);
        if (survey is null) return NotFound();
        var summary = string.IsNullOrWhiteSpace(ChildFriendlySummary) ? null : ChildFriendlySummary.Trim();
        if (summary?.Length > SummaryMaxLength)
            ModelState.AddModelError(nameof(ChildFriendlySummary), $"The summary for young people must be {SummaryMaxLength} characters or fewer");
        if (!ModelState.IsValid) { await LoadAsync(ct); return Page(); }
        survey.ChildFriendlySummary = summary;
        survey.ResultsPublished = publish;
        await db.SaveChangesAsync(ct);
        TempData["Success"] = publish ? "Young people can now read \u201CWhat you told us\u201D for this survey." : "The young people's page for this survey is taken down.";
        return RedirectToPage(new { SurveyId });
    }

    /// <summary>Chooses the board meeting whose pack carries this survey's results (or none).</summary>
    public async Task<IActionResult> OnPostPackAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Capability.ManageVoice)).Succeeded) return Forbid();
        var survey = await db.Surveys.FirstOrDefaultAsync(s => s.Id == SurveyId, ct);
        if (survey is null) return NotFound();
        if (PackMeetingId is { } id && !await db.Meetings.AnyAsync(m => m.Id == id, ct))
            ModelState.AddModelError(nameof(PackMeetingId), "Choose a board meeting from the list");
        if (!ModelState.IsValid) { await LoadAsync(ct); return Page(); }
        survey.PackMeetingId = PackMeetingId;
        await db.SaveChangesAsync(ct);
        TempData["Success"] = PackMeetingId is null ? "The results are in no meeting's pack." : "The results will be in that meeting's pack.";
        return RedirectToPage(new { SurveyId });
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await results.ForSurveyAsync(SurveyId, ct) is not { } table) return false;
        Table = table;
        Comments = await SurveyComments.ApprovedAsync(db, SurveyId, ct);
        MayManage = (await authorization.AuthorizeAsync(User, Capability.ManageVoice)).Succeeded;
        var keys = table.Questions.Select(q => q.Key).ToList();
        var questionSets = db.SurveyBands.Where(b => b.SurveyId != SurveyId).Select(b => b.QuestionSetId);
        AskedBefore = (await db.SurveyQuestions.Where(q => keys.Contains(q.Key) && questionSets.Contains(q.QuestionSetId))
            .Select(q => q.Key).Distinct().ToListAsync(ct)).ToHashSet();
        var meetings = await db.Meetings.AsNoTracking().OrderByDescending(m => m.Date).Select(m => new { m.Id, m.Date }).ToListAsync(ct);
        Meetings = meetings.Select(m => (m.Id, $"Board meeting, {m.Date:d MMMM yyyy}")).ToList();
        PackMeetingLabel = Meetings.FirstOrDefault(m => m.Id == table.PackMeetingId).Label;
        if (Request.Method == HttpMethods.Get) { ChildFriendlySummary = table.ChildFriendlySummary; PackMeetingId = table.PackMeetingId; }
        return true;
    }

    /// <summary>The same protected figures as the page, one row per question, band and (for choose-any) option.</summary>
    public static IEnumerable<ResultExportRow> ExportRows(SurveyResultTable table)
    {
        foreach (var question in table.Questions)
        {
            var cells = table.Bands.Select((b, i) => (Band: b.Label, Cell: question.Bands[i]))
                .Where(c => c.Cell is not null).Select(c => (c.Band, Cell: c.Cell!)).ToList();
            if (question.BandsAsked > 1) cells.Add(("All bands", question.Pooled));
            foreach (var (band, cell) in cells)
            {
                string Figure(ShownCount count) => cell.BandWithheld ? "" : count.ToString();
                var note = cell.BandWithheld ? ResultWords.Withheld : "";
                if (question.IsScored)
                    yield return new ResultExportRow(table.Title, question.Key, question.Label, band, "", Figure(cell.Answered), Figure(cell.Positive), cell.SharePercent ?? "", note);
                for (var o = 0; o < question.Options.Count; o++)
                    if (cell.Options.ElementAtOrDefault(o) is { } chosen)
                        yield return new ResultExportRow(table.Title, question.Key, question.Label, band, question.Options[o], Figure(cell.Answered), Figure(chosen), "", note);
            }
        }
    }
}

/// <summary>One exported figure; "c" where hidden, blank where a band shows no figures.</summary>
public sealed record ResultExportRow(string Survey, string QuestionKey, string Question, string Band, string Option, string Answered, string PositiveOrChosen, string SharePositive, string Note);
