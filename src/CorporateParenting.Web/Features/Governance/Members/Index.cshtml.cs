using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Documents;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Governance.Members;

/// <summary>The board's membership, with the terms that end within three months (young people rotate every two years).</summary>
[Authorize(Policy = Capability.ViewBoard)]
public sealed class IndexModel(HubDbContext db, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<BoardMember> Current { get; private set; } = [];
    public IReadOnlyList<BoardMember> EndingSoon { get; private set; } = [];
    public IReadOnlyList<BoardMember> Past { get; private set; } = [];
    public bool MayManage { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = clock.UkToday();
        var members = await db.BoardMembers.AsNoTracking().OrderBy(m => m.Role).ThenBy(m => m.Name).ToListAsync(cancellationToken);
        Current = members.Where(m => m.IsCurrentOn(today)).ToList();
        EndingSoon = Current.Where(m => m.TermEnd is { } end && end <= today.AddMonths(3)).OrderBy(m => m.TermEnd).ToList();
        Past = members.Where(m => m.TermEnd < today).OrderByDescending(m => m.TermEnd).ToList();
        MayManage = (await authorization.AuthorizeAsync(User, Capability.ManageBoard)).Succeeded;
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) =>
        CsvDownload.Create((await db.BoardMembers.AsNoTracking().OrderBy(m => m.Name).ToListAsync(cancellationToken)).Select(m => new
        {
            m.Name, Category = DisplayWords.Of(m.Category), m.Organisation, Role = DisplayWords.Of(m.Role),
            TermStart = DateDisplay.Iso(m.TermStart), TermEnd = m.TermEnd is { } end ? DateDisplay.Iso(end) : "",
        }), "board-members.csv");
}
