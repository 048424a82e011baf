using CorporateParenting.Data;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Voice.Results;

/// <summary>Every survey with a link to its results, newest first.</summary>
[Authorize(Policy = Capability.ViewVoice)]
public sealed class IndexModel(HubDbContext db) : PageModel
{
    public sealed record Row(int Id, string Title, DateOnly OpensOn, DateOnly ClosesOn, bool Published);
    public IReadOnlyList<Row> Surveys { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Surveys = await db.Surveys.AsNoTracking().OrderByDescending(s => s.OpensOn).ThenByDescending(s => s.Id)
            .Select(s => new Row(s.Id, s.Title, s.OpensOn, s.ClosesOn, s.ResultsPublished)).ToListAsync(ct);
}
