using CorporateParenting.Data;
using CorporateParenting.Data.Voice;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.Voice.Pledge;

/// <summary>
/// The Pledge for the board: each promise under its outcome with its evidence (the survey results over the years for
/// the questions that test it, the actions that deliver it and their status, what papers said about it). Any version
/// can be read; the current one is shown unless another is asked for.
/// </summary>
[Authorize(Policy = Capability.ViewVoice)]
public sealed partial class IndexModel(HubDbContext db, IAuthorizationService authorization, Results.SurveyResults results) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Version { get; set; }
    public PledgeVersion? Shown { get; private set; }
    public int? CurrentVersion { get; private set; }
    public IReadOnlyList<PledgeBook.PromiseLinks> Promises { get; private set; } = [];
    public bool MayManage { get; private set; }
    public bool IsCurrent => Shown is not null && Shown.Version == CurrentVersion;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        MayManage = (await authorization.AuthorizeAsync(User, Capability.ManageVoice)).Succeeded;
        return Page();
    }

    /// <summary>The promise and evidence table as CSV: one row per piece of evidence, figures protected as on the page.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || Shown is null) return NotFound();
        return CsvDownload.Create(EvidenceRows(), $"pledge-version-{Shown.Version}.csv");
    }

    public sealed record EvidenceRow(int Version, string Outcome, int Order, string Promise, string Evidence, string Item, string When, string Result);

    private IEnumerable<EvidenceRow> EvidenceRows()
    {
        foreach (var p in Promises)
        {
            EvidenceRow Row(string evidence, string item, string when, string result) => new(Shown!.Version, p.Promise.Outcome, p.Promise.Order, p.Promise.Text, evidence, item, when, result);
            foreach (var row in SurveyRows(p)) yield return Row("Survey question", row.Item, row.When, row.Result);
            foreach (var a in p.Actions) yield return Row(a.Kind, a.Description, Infrastructure.DateDisplay.Iso(a.DueDate), a.Status + (a.Rag is { } rag && rag != Data.Strategy.Rag.NotRated ? $" ({Infrastructure.DisplayWords.Of(rag)})" : ""));
            foreach (var paper in p.Papers) yield return Row("Paper", paper.Title, Infrastructure.DateDisplay.Iso(paper.MeetingDate), paper.How);
            if (p.QuestionKeys.Count == 0 && p.Actions.Count == 0 && p.Papers.Count == 0) yield return Row("None yet", "", "", "");
        }
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var book = new PledgeBook(db);
        CurrentVersion = await book.CurrentVersionNumberAsync(cancellationToken);
        Shown = await book.VersionAsync(Version, cancellationToken);
        if (Version is not null && Shown is null) return false;
        if (Shown is null) return true;
        Promises = await book.LinksAsync(Shown, cancellationToken);
        await LoadSurveyResultsAsync(cancellationToken);
        return true;
    }
}
