using CorporateParenting.Data;
using CorporateParenting.Data.Voice;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using QRCoder;

namespace CorporateParenting.Web.Features.Voice.Surveys;

/// <summary>
/// Makes a batch of single-use codes for a band and shows them ONCE, as printable cards (a QR code each), in the
/// answer to the form: the codes are never stored or shown again, only their hashes are kept (ADR 22).
/// </summary>
[Authorize(Policy = Capability.ManageVoice)]
public sealed class CodesModel(HubDbContext db, IOptions<HubOptions> hub, TimeProvider clock) : PageModel
{
    public sealed record Card(string Code, string QrPngBase64);

    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public int? Count { get; set; }
    public SurveyBand Band { get; private set; } = null!;
    public Survey Survey { get; private set; } = null!;
    public IReadOnlyList<Card> Cards { get; private set; } = [];
    public string SurveyAddress => hub.Value.LinkTo("/YoungPeople/Survey");

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        if (Count is null) ModelState.AddModelError(nameof(Count), "Enter how many codes to make");
        else if (Count is < 1 or > SurveyCodes.MaxBatch) ModelState.AddModelError(nameof(Count), $"Enter a number of codes from 1 to {SurveyCodes.MaxBatch}");
        if (Survey.ClosesOn < clock.UkToday()) ModelState.AddModelError(nameof(Count), "The survey has closed: codes for it would not open it");
        if (!ModelState.IsValid) return Page();

        var codes = await SurveyCodes.MakeBatchAsync(db, Band, Count!.Value, User.Identity?.Name ?? "unknown", clock.GetUtcNow().UtcDateTime, cancellationToken);
        using var generator = new QRCodeGenerator();
        Cards = codes.Select(code =>
        {
            using var data = generator.CreateQrCode($"{SurveyAddress}?code={code}", QRCodeGenerator.ECCLevel.M);
            return new Card(code, Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(6)));
        }).ToList();
        // The codes are in this page only: no browser or proxy may keep a copy.
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await db.SurveyBands.AsNoTracking().Include(b => b.QuestionSet).SingleOrDefaultAsync(b => b.Id == Id, cancellationToken) is not { } band) return false;
        Band = band;
        Survey = await db.Surveys.AsNoTracking().SingleAsync(s => s.Id == band.SurveyId, cancellationToken);
        return true;
    }
}
