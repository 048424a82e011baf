using CorporateParenting.Data;
using CorporateParenting.Data.Voice;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Voice.Surveys.QuestionSets;

/// <summary>The question sets, one per band, each with its versions and the surveys that asked each version.</summary>
[Authorize(Policy = Capability.ManageVoice)]
public sealed class IndexModel(HubDbContext db) : PageModel
{
    public sealed record VersionRow(QuestionSet Set, int Questions, IReadOnlyList<string> UsedBy);

    public IReadOnlyList<IGrouping<string, VersionRow>> Sets { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var sets = await db.QuestionSets.AsNoTracking().Include(s => s.Questions).ToListAsync(cancellationToken);
        var usedBy = await (from b in db.SurveyBands join s in db.Surveys on b.SurveyId equals s.Id select new { b.QuestionSetId, s.Title }).ToListAsync(cancellationToken);
        Sets = sets.OrderBy(s => s.MinAge).ThenBy(s => s.Key).ThenByDescending(s => s.Version)
            .Select(s => new VersionRow(s, s.Questions.Count, usedBy.Where(u => u.QuestionSetId == s.Id).Select(u => u.Title).Order().ToList()))
            .GroupBy(r => r.Set.Key).ToList();
    }
}
