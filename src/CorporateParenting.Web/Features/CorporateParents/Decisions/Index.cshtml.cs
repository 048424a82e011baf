using CorporateParenting.Data;
using CorporateParenting.Data.CorporateParents;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Documents;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.CorporateParents.Decisions;

/// <summary>The corporate-parenting checks on cabinet and budget proposals, newest first, the changed ones marked and counted.</summary>
[Authorize(Policy = Capability.ViewCorporateParents)]
public sealed class IndexModel(HubDbContext db, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<DecisionCheck> Checks { get; private set; } = [];
    public bool CanManage { get; private set; }

    public static string Of(DecisionMaker maker) => maker switch
    {
        DecisionMaker.Cabinet => "Cabinet",
        DecisionMaker.FullCouncil => "Full council",
        DecisionMaker.Budget => "Budget setting",
        DecisionMaker.Committee => "A committee",
        _ => "An officer under delegated powers",
    };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanManage = (await authorization.AuthorizeAsync(User, Capability.ManageCorporateParents)).Succeeded;
        Checks = await db.DecisionChecks.AsNoTracking().OrderByDescending(c => c.DecidedOn).ThenBy(c => c.Proposal).ToListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) =>
        CsvDownload.Create(await ExportAsync(cancellationToken), "decision-checks.csv");

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken cancellationToken) =>
        ExcelDownload.Create(await ExportAsync(cancellationToken), "decision-checks.xlsx", "Decision checks");

    private async Task<IEnumerable<object>> ExportAsync(CancellationToken cancellationToken)
    {
        await OnGetAsync(cancellationToken);
        return Checks.Select(c => new
        {
            Proposal = c.Proposal, DecidedBy = Of(c.DecisionMaker), DecidedOn = DateDisplay.Iso(c.DecidedOn), WhatItMeans = c.WhatItMeans,
            Changed = c.Changed ? "Yes" : "No", HowItChanged = c.HowItChanged ?? "", Report = c.Link ?? "",
        });
    }
}
