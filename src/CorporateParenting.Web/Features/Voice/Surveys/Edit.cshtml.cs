using CorporateParenting.Data;
using CorporateParenting.Data.Voice;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Voice.Surveys;

/// <summary>
/// Create or change a survey: its window, whether it is the Pledge survey, the meeting whose pack carries its
/// results, and its bands, each asked with one version of a question set. A band that has codes keeps its questions.
/// </summary>
[Authorize(Policy = Capability.ManageVoice)]
public sealed class EditModel(HubDbContext db, SurveyEligibility eligibility) : PageModel
{
    public sealed class BandInput
    {
        public string SetKey { get; set; } = "";
        public bool Include { get; set; }
        public string? Label { get; set; }
        public int? QuestionSetId { get; set; }
    }

    public sealed class SurveyInput
    {
        public string? Title { get; set; }
        public string? Purpose { get; set; }
        [System.ComponentModel.DataAnnotations.Display(Name = "The opening date")] public DateOnly? OpensOn { get; set; }
        [System.ComponentModel.DataAnnotations.Display(Name = "The closing date")] public DateOnly? ClosesOn { get; set; }
        public bool IsPledgeSurvey { get; set; }
        public int? PackMeetingId { get; set; }
        public List<BandInput> Bands { get; set; } = [];
    }

    public sealed record SetChoice(string Key, string Name, IReadOnlyList<(int Id, int Version)> Versions);

    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public SurveyInput Input { get; set; } = new();
    public IReadOnlyList<SetChoice> Sets { get; private set; } = [];
    public IReadOnlyList<(int Id, DateOnly Date)> Meetings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        var survey = Id is null ? null : await db.Surveys.AsNoTracking().Include(s => s.Bands).ThenInclude(b => b.QuestionSet).SingleOrDefaultAsync(s => s.Id == Id, cancellationToken);
        if (Id is not null && survey is null) return NotFound();
        Input = new SurveyInput
        {
            Title = survey?.Title, Purpose = survey?.Purpose, OpensOn = survey?.OpensOn, ClosesOn = survey?.ClosesOn,
            IsPledgeSurvey = survey?.IsPledgeSurvey ?? false, PackMeetingId = survey?.PackMeetingId,
            Bands = Sets.Select(set => survey?.Bands.FirstOrDefault(b => b.QuestionSet!.Key == set.Key) is { } band
                ? new BandInput { SetKey = set.Key, Include = true, Label = band.Label, QuestionSetId = band.QuestionSetId }
                : new BandInput { SetKey = set.Key, Label = set.Name, QuestionSetId = set.Versions[0].Id }).ToList(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        var survey = Id is null ? null : await db.Surveys.Include(s => s.Bands).ThenInclude(b => b.QuestionSet).SingleOrDefaultAsync(s => s.Id == Id, cancellationToken);
        if (Id is not null && survey is null) return NotFound();
        var bandsInUse = survey is null ? [] : await db.SurveyCodes.Where(c => survey.Bands.Select(b => b.Id).Contains(c.SurveyBandId)).Select(c => c.SurveyBandId).Distinct().ToListAsync(cancellationToken);
        Check(survey, bandsInUse);
        if (!ModelState.IsValid) return Page();

        if (survey is null) db.Surveys.Add(survey = new Survey { Title = "" });
        survey.Title = Input.Title!.Trim();
        survey.Purpose = Input.Purpose.TrimmedOrNull();
        (survey.OpensOn, survey.ClosesOn, survey.IsPledgeSurvey, survey.PackMeetingId) = (Input.OpensOn!.Value, Input.ClosesOn!.Value, Input.IsPledgeSurvey, Input.PackMeetingId);
        foreach (var input in Input.Bands)
        {
            var band = survey.Bands.FirstOrDefault(b => b.QuestionSet!.Key == input.SetKey);
            if (!input.Include)
            {
                if (band is not null) survey.Bands.Remove(band);
                continue;
            }
            if (band is null) survey.Bands.Add(band = new SurveyBand { Label = "" });
            band.Label = input.Label!.Trim();
            band.QuestionSetId = input.QuestionSetId!.Value;
            band.QuestionSet = await db.QuestionSets.SingleAsync(s => s.Id == band.QuestionSetId, cancellationToken);
        }
        await eligibility.RefreshAsync(survey, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Success"] = $"{survey.Title} has been saved";
        return Redirect($"/Voice/Surveys/Show/{survey.Id}");
    }

    private void Check(Survey? survey, IReadOnlyCollection<int> bandsInUse)
    {
        var titleMax = db.MaxLength<Survey>(s => s.Title);
        if (string.IsNullOrWhiteSpace(Input.Title)) ModelState.AddModelError("Input.Title", "Enter the survey's title");
        else if (Input.Title.Trim().Length > titleMax) ModelState.AddModelError("Input.Title", $"The title must be {titleMax} characters or fewer");
        var purposeMax = db.MaxLength<Survey>(s => s.Purpose);
        if (Input.Purpose?.Trim().Length > purposeMax) ModelState.AddModelError("Input.Purpose", $"The purpose must be {purposeMax:N0} characters or fewer");
        if (Input.OpensOn is null && ModelState["Input.OpensOn"] is not { Errors.Count: > 0 }) ModelState.AddModelError("Input.OpensOn", "Enter the date the survey opens");
        if (Input.ClosesOn is null && ModelState["Input.ClosesOn"] is not { Errors.Count: > 0 }) ModelState.AddModelError("Input.ClosesOn", "Enter the date the survey closes");
        if (Input.OpensOn is { } opens && Input.ClosesOn is { } closes && closes < opens) ModelState.AddModelError("Input.ClosesOn", "The survey must close on or after the day it opens");
        if (Input.PackMeetingId is { } meeting && Meetings.All(m => m.Id != meeting)) ModelState.AddModelError("Input.PackMeetingId", "Choose a meeting from the list");
        // A form for each set the page offered: anything else is not from this page.
        if (Input.Bands.Count != Sets.Count || Input.Bands.Select(b => b.SetKey).Except(Sets.Select(s => s.Key)).Any())
        {
            ModelState.AddModelError("Input.Bands", "Choose the bands from the list");
            return;
        }
        if (Input.Bands.All(b => !b.Include)) ModelState.AddModelError("Input.Bands[0].Include", "Choose at least one band to ask");
        var labelMax = db.MaxLength<SurveyBand>(b => b.Label);
        for (var i = 0; i < Input.Bands.Count; i++)
        {
            var input = Input.Bands[i];
            var set = Sets.Single(s => s.Key == input.SetKey);
            var existing = survey?.Bands.FirstOrDefault(b => b.QuestionSet!.Key == input.SetKey);
            if (existing is not null && bandsInUse.Contains(existing.Id) && (!input.Include || input.QuestionSetId != existing.QuestionSetId))
                ModelState.AddModelError($"Input.Bands[{i}].Include", $"{existing.Label} already has codes, so it stays in the survey with version {existing.QuestionSet!.Version} of its questions");
            if (!input.Include) continue;
            if (string.IsNullOrWhiteSpace(input.Label)) ModelState.AddModelError($"Input.Bands[{i}].Label", $"Enter the name of the band for {set.Name}");
            else if (input.Label.Trim().Length > labelMax) ModelState.AddModelError($"Input.Bands[{i}].Label", $"The band's name must be {labelMax} characters or fewer");
            if (input.QuestionSetId is not { } id || set.Versions.All(v => v.Id != id)) ModelState.AddModelError($"Input.Bands[{i}].QuestionSetId", $"Choose a version of {set.Name}");
        }
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        var sets = await db.QuestionSets.AsNoTracking().Select(s => new { s.Id, s.Key, s.Version, s.Name, s.MinAge }).ToListAsync(cancellationToken);
        Sets = sets.GroupBy(s => s.Key).OrderBy(g => g.Min(s => s.MinAge)).ThenBy(g => g.Key)
            .Select(g => new SetChoice(g.Key, g.OrderByDescending(s => s.Version).First().Name, g.OrderByDescending(s => s.Version).Select(s => (s.Id, s.Version)).ToList())).ToList();
        var meetings = await db.Meetings.AsNoTracking().OrderBy(m => m.Date).Select(m => new { m.Id, m.Date }).ToListAsync(cancellationToken);
        Meetings = meetings.Select(m => (m.Id, m.Date)).ToList();
    }
}
