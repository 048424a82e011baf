using CorporateParenting.Data;
using CorporateParenting.Data.Voice;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Voice.Surveys;

/// <summary>One survey for the participation officer: its bands, who could have answered (refreshable from the 903), codes made and used.</summary>
[Authorize(Policy = Capability.ManageVoice)]
public sealed class ShowModel(HubDbContext db, SurveyEligibility eligibility) : PageModel
{
    public sealed record BandRow(SurveyBand Band, int CodesMade, int CodesUsed, int Responses);

    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    public Survey Survey { get; private set; } = null!;
    public string? PackMeeting { get; private set; }
    public IReadOnlyList<BandRow> Bands { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ? Page() : NotFound();

    /// <summary>Counts again who could have answered, from the 903 as it is stored now (the change is audited as a count).</summary>
    public async Task<IActionResult> OnPostEligibleAsync(CancellationToken cancellationToken)
    {
        var survey = await db.Surveys.Include(s => s.Bands).ThenInclude(b => b.QuestionSet).SingleOrDefaultAsync(s => s.Id == Id, cancellationToken);
        if (survey is null) return NotFound();
        await eligibility.RefreshAsync(survey, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Success"] = survey.Bands.Any(b => b.EligibleCount is not null)
            ? "Who could have answered has been counted again from the 903"
            : "There is no 903 return stored yet, so who could have answered is not known";
        return Redirect($"/Voice/Surveys/Show/{Id}");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await db.Surveys.AsNoTracking().Include(s => s.Bands).ThenInclude(b => b.QuestionSet).SingleOrDefaultAsync(s => s.Id == Id, cancellationToken) is not { } survey) return false;
        Survey = survey;
        if (survey.PackMeetingId is { } meetingId)
            PackMeeting = await db.Meetings.Where(m => m.Id == meetingId).Select(m => (DateOnly?)m.Date).SingleOrDefaultAsync(cancellationToken) is { } date
                ? $"The board meeting on {DateDisplay.Long(date)}" : null;
        var ids = survey.Bands.Select(b => b.Id).ToList();
        var codes = await db.SurveyCodes.Where(c => ids.Contains(c.SurveyBandId)).GroupBy(c => c.SurveyBandId)
            .Select(g => new { g.Key, Made = g.Count(), Used = g.Count(c => c.Used) }).ToDictionaryAsync(g => g.Key, cancellationToken);
        var responses = await db.SurveyResponses.Where(r => r.SurveyId == Id).GroupBy(r => r.SurveyBandId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        Bands = survey.Bands.OrderBy(b => b.QuestionSet!.MinAge).ThenBy(b => b.Id)
            .Select(b => new BandRow(b, codes.GetValueOrDefault(b.Id)?.Made ?? 0, codes.GetValueOrDefault(b.Id)?.Used ?? 0, responses.GetValueOrDefault(b.Id))).ToList();
        return true;
    }
}
