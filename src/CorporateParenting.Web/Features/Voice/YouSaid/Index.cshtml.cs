using CorporateParenting.Data;
using CorporateParenting.Data.Voice;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.Voice.YouSaid;

/// <summary>"You said, we did" for the board: open entries first, with what delivers each and its status; CSV and Excel.</summary>
[Authorize(Policy = Capability.ViewVoice)]
public sealed class IndexModel(HubDbContext db, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)] public YouSaidStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public VoiceSource? Source { get; set; }
    public IReadOnlyList<YouSaidRow> Rows { get; private set; } = [];
    public bool MayManage { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Rows = await YouSaidLog.LoadAsync(db, Status, Source, cancellationToken);
        MayManage = (await authorization.AuthorizeAsync(User, Capability.ManageVoice)).Succeeded;
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) =>
        CsvDownload.Create(YouSaidLog.Export(await YouSaidLog.LoadAsync(db, Status, Source, cancellationToken)), "you-said-we-did.csv");

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken cancellationToken) =>
        ExcelDownload.Create(YouSaidLog.Export(await YouSaidLog.LoadAsync(db, Status, Source, cancellationToken)), "you-said-we-did.xlsx", "You said, we did");

    /// <summary>The filters as a query string, so the downloads give what the page shows.</summary>
    public string Query => string.Join("&", new[] { Status is { } s ? $"Status={s}" : null, Source is { } f ? $"Source={f}" : null }.OfType<string>());
}
