using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.Voice.Results;

/// <summary>One question year on year: each survey that asked it (by its stable Key), all bands and each band.</summary>
[Authorize(Policy = Capability.ViewVoice)]
public sealed class QuestionModel(SurveyResults results) : PageModel
{
    [FromRoute] public string Key { get; set; } = "";
    public IReadOnlyList<QuestionYear> Years { get; private set; } = [];
    public IReadOnlyList<string> BandLabels { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Years = await results.ForQuestionKeyAsync(Key, ct);
        if (Years.Count == 0) return NotFound();
        BandLabels = Years.SelectMany(y => y.Bands.Select(b => b.Band.Label)).Distinct().ToList();
        return Page();
    }
}
