using CorporateParenting.Data;
using CorporateParenting.Data.Voice;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Voice.Surveys.QuestionSets;

/// <summary>One version of a question set, its questions as children read them.</summary>
[Authorize(Policy = Capability.ManageVoice)]
public sealed class ShowModel(HubDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    public QuestionSet Set { get; private set; } = null!;
    public int LatestVersion { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await db.QuestionSets.AsNoTracking().Include(s => s.Questions).SingleOrDefaultAsync(s => s.Id == Id, cancellationToken) is not { } set) return NotFound();
        Set = set;
        LatestVersion = await db.QuestionSets.Where(s => s.Key == set.Key).MaxAsync(s => s.Version, cancellationToken);
        return Page();
    }
}
