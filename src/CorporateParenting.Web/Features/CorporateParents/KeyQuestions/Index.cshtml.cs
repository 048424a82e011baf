using CorporateParenting.Data;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Documents;
using CorporateParenting.Web.Features.Performance.Scorecard;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CorporateParenting.Web.Features.CorporateParents.KeyQuestions;

/// <summary>
/// "If this were my child": the booklet's nine checklist areas, each question answered from the scorecard's
/// published figures, the latest report that answers it, or marked not yet known with who can answer.
/// Aggregates only, suppressed as members see them whoever is asking, so the printed briefing can be handed round.
/// </summary>
[Authorize(Policy = Capability.ViewScorecard)]
public sealed class IndexModel(HubDbContext db, ScorecardBuilder scorecard, PackPdfRenderer pdf, TimeProvider clock, IOptions<HubOptions> hub, ILogger<IndexModel> logger) : PageModel
{
    public KeyQuestionBriefing Briefing { get; private set; } = null!;
    public WardPicture? Wards { get; private set; }
    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        try
        {
            var (bytes, _, _) = await pdf.RenderAsync(Document(), cancellationToken);
            return File(bytes, "application/pdf", FileName + ".pdf");
        }
        catch (PackRenderingException error)
        {
            Problem = error.Message;
            return Page();
        }
    }

    /// <summary>Word takes the PDF's page numbers for its contents when Chromium is there; without it, Word numbers them on opening.</summary>
    public async Task<IActionResult> OnGetWordAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var document = Document();
        IReadOnlyDictionary<string, int>? pages = null;
        try { pages = (await pdf.RenderAsync(document, cancellationToken)).Pages; }
        catch (PackRenderingException error) { logger.LogWarning("Key questions briefing in Word without PDF page numbers: {Reason}", error.Message); }
        return File(PackWordRenderer.Render(document, pages), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", FileName + ".docx");
    }

    private string FileName => $"if-this-were-my-child-{clock.UkToday():yyyy-MM-dd}";

    private PackDocument Document() => KeyQuestionDocument.Build(Briefing, Wards, hub.Value.CouncilName, clock.UkToday());

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var answers = new KeyQuestionAnswers(db, scorecard);
        Briefing = await answers.BuildAsync(cancellationToken);
        Wards = await answers.WardsAsync(Briefing.Year, cancellationToken);
    }
}
