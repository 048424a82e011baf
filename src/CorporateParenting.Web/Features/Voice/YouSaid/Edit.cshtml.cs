using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Data.Voice;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Features.Governance;
using CorporateParenting.Web.Features.Voice.YouthGroups;
using CorporateParenting.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CorporateParenting.Web.Features.Voice.YouSaid;

/// <summary>
/// Adds or changes a "You said, we did" entry: where it came from, what was done and what delivers it, how it was
/// fed back, and whether (in what words) it goes on the young people's page. Also turns an answered youth group's
/// question into an entry in one step.
/// </summary>
[Authorize(Policy = Capability.ManageVoice)]
public sealed class EditModel(HubDbContext db, TimeProvider clock, IOptions<GovernanceOptions> governance) : PageModel
{
    public sealed class EntryInput
    {
        [System.ComponentModel.DataAnnotations.Display(Name = "The date young people said it")] public DateOnly? RaisedOn { get; set; }
        public VoiceSource Source { get; set; } = VoiceSource.Other;
        public int? SurveyId { get; set; }
        public string? SurveyQuestionKey { get; set; }
        public int? YouthGroupReportId { get; set; }
        public int? YouthGroupQuestionId { get; set; }
        public string? YouSaid { get; set; }
        public string? WeDid { get; set; }
        public YouSaidStatus Status { get; set; }
        [System.ComponentModel.DataAnnotations.Display(Name = "The date it was fed back")] public DateOnly? FedBackOn { get; set; }
        public string? FedBackHow { get; set; }
        public bool Published { get; set; }
        public string? ChildFriendlyYouSaid { get; set; }
        public string? ChildFriendlyWeDid { get; set; }
        public List<int> StrategyActionIds { get; set; } = [];
        public List<int> BoardActionIds { get; set; } = [];
        public List<int> RecommendationIds { get; set; } = [];
    }

    public sealed record Choice(int Id, string Text);

    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public EntryInput Input { get; set; } = new();
    public IReadOnlyList<Choice> Surveys { get; private set; } = [];
    public IReadOnlyList<(string Key, string Text)> QuestionKeys { get; private set; } = [];
    public IReadOnlyList<Choice> Reports { get; private set; } = [];
    public IReadOnlyList<Choice> Questions { get; private set; } = [];
    public IReadOnlyList<Choice> StrategyActions { get; private set; } = [];
    public IReadOnlyList<Choice> BoardActions { get; private set; } = [];
    public IReadOnlyList<Choice> Recommendations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        if (Id is null)
        {
            Input.RaisedOn = clock.UkToday();
            return Page();
        }
        if (await db.YouSaidEntries.AsNoTracking().Include(e => e.Links).SingleOrDefaultAsync(e => e.Id == Id, cancellationToken) is not { } e) return NotFound();
        Input = new EntryInput
        {
            RaisedOn = e.RaisedOn, Source = e.Source, SurveyId = e.SurveyId, SurveyQuestionKey = e.SurveyQuestionKey, YouthGroupReportId = e.YouthGroupReportId,
            YouthGroupQuestionId = e.YouthGroupQuestionId, YouSaid = e.YouSaid, WeDid = e.WeDid, Status = e.Status, FedBackOn = e.FedBackOn, FedBackHow = e.FedBackHow,
            Published = e.Published, ChildFriendlyYouSaid = e.ChildFriendlyYouSaid, ChildFriendlyWeDid = e.ChildFriendlyWeDid,
            StrategyActionIds = e.Links.Where(l => l.StrategyActionId is not null).Select(l => l.StrategyActionId!.Value).ToList(),
            BoardActionIds = e.Links.Where(l => l.BoardActionId is not null).Select(l => l.BoardActionId!.Value).ToList(),
            RecommendationIds = e.Links.Where(l => l.RecommendationId is not null).Select(l => l.RecommendationId!.Value).ToList(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var entry = Id is null ? new YouSaidEntry { YouSaid = "" } : await db.YouSaidEntries.Include(e => e.Links).SingleOrDefaultAsync(e => e.Id == Id, cancellationToken);
        if (entry is null) return NotFound();
        await LoadChoicesAsync(cancellationToken);
        if (!ModelState.IsValid) return Page();

        var i = Input;
        // Only the fields of the chosen source are kept: a survey chosen before switching to "advocacy" is dropped.
        var survey = i.Source == VoiceSource.Survey;
        var report = i.Source == VoiceSource.YouthGroupReport;
        var question = i.Source == VoiceSource.YouthGroupQuestion ? i.YouthGroupQuestionId : null;
        int? questionReport = question is { } qid ? await db.YouthGroupQuestions.Where(q => q.Id == qid).Select(q => (int?)q.ReportId).SingleOrDefaultAsync(cancellationToken) : null;
        (entry.RaisedOn, entry.Source, entry.SurveyId, entry.SurveyQuestionKey) = (i.RaisedOn!.Value, i.Source, survey ? i.SurveyId : null, survey ? i.SurveyQuestionKey.TrimmedOrNull() : null);
        (entry.YouthGroupReportId, entry.YouthGroupQuestionId) = (report ? i.YouthGroupReportId : questionReport, question);
        (entry.YouSaid, entry.WeDid, entry.Status, entry.FedBackOn, entry.FedBackHow) = (i.YouSaid.TrimmedOrNull() ?? "", i.WeDid.TrimmedOrNull(), i.Status, i.FedBackOn, i.FedBackHow.TrimmedOrNull());
        (entry.Published, entry.ChildFriendlyYouSaid, entry.ChildFriendlyWeDid) = (i.Published, i.ChildFriendlyYouSaid.TrimmedOrNull(), i.ChildFriendlyWeDid.TrimmedOrNull());
        SetLinks(entry);

        foreach (var (property, message) in YouSaidRules.Problems(entry))
            ModelState.AddModelError(property == nameof(YouSaidEntry.Links) ? "Input.StrategyActionIds" : $"Input.{property}", message);
        if (survey && entry.SurveyId is { } sid && entry.SurveyQuestionKey is { } key && !await SurveyAskedAsync(sid, key, cancellationToken))
            ModelState.AddModelError("Input.SurveyQuestionKey", "This survey did not ask that question: choose one of its questions");
        if (!ModelState.IsValid)
        {
            if (Id is not null) db.ChangeTracker.Clear();
            return Page();
        }
        if (Id is null) db.YouSaidEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = "The entry is saved";
        return Redirect("/Voice/YouSaid");
    }

    /// <summary>From a youth group's report: the answered question becomes an entry, and the officer carries on here.</summary>
    public async Task<IActionResult> OnPostFromQuestionAsync(int questionId, CancellationToken cancellationToken)
    {
        if (!await db.YouthGroupQuestions.AnyAsync(q => q.Id == questionId, cancellationToken)) return NotFound();
        try
        {
            var entry = await new YouthReports(db, clock, governance.Value.PaperDeadlineDays).ToLogEntryAsync(questionId, cancellationToken);
            TempData["Saved"] = "The question is in \"You said, we did\": add what was done and how it was fed back";
            return Redirect($"/Voice/YouSaid/Edit/{entry.Id}");
        }
        catch (MeetingRuleException refused)
        {
            await LoadChoicesAsync(cancellationToken);
            ModelState.AddModelError("Input.YouSaid", refused.Message);
            return Page();
        }
    }

    private void SetLinks(YouSaidEntry entry)
    {
        var wanted = Input.StrategyActionIds.Distinct().Select(id => (S: (int?)id, B: (int?)null, R: (int?)null))
            .Concat(Input.BoardActionIds.Distinct().Select(id => (S: (int?)null, B: (int?)id, R: (int?)null)))
            .Concat(Input.RecommendationIds.Distinct().Select(id => (S: (int?)null, B: (int?)null, R: (int?)id))).ToHashSet();
        entry.Links.RemoveAll(l => !wanted.Contains((l.StrategyActionId, l.BoardActionId, l.RecommendationId)));
        foreach (var (s, b, r) in wanted.Where(w => !entry.Links.Any(l => (l.StrategyActionId, l.BoardActionId, l.RecommendationId) == w)))
            entry.Links.Add(new YouSaidLink { StrategyActionId = s, BoardActionId = b, RecommendationId = r });
    }

    private Task<bool> SurveyAskedAsync(int surveyId, string key, CancellationToken cancellationToken) =>
        (from b in db.SurveyBands join q in db.SurveyQuestions on b.QuestionSetId equals q.QuestionSetId where b.SurveyId == surveyId && q.Key == key select q).AnyAsync(cancellationToken);

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Surveys = await db.Surveys.AsNoTracking().OrderByDescending(s => s.OpensOn).Select(s => new Choice(s.Id, s.Title)).ToListAsync(cancellationToken);
        QuestionKeys = (await db.SurveyQuestions.AsNoTracking().Select(q => new { q.Key, q.Text, q.IsCore }).ToListAsync(cancellationToken))
            .GroupBy(q => q.Key).OrderByDescending(g => g.Any(q => q.IsCore)).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.First().Text)).ToList();
        var reports = await (from r in db.YouthGroupReports.AsNoTracking()
                             join g in db.YouthGroups.AsNoTracking() on r.YouthGroupId equals g.Id
                             join m in db.Meetings.AsNoTracking() on r.MeetingId equals m.Id
                             where r.Status == YouthReportStatus.Submitted
                             select new { r.Id, g.Name, m.Date }).ToListAsync(cancellationToken);
        Reports = reports.OrderByDescending(r => r.Date).Select(r => new Choice(r.Id, $"{r.Name}, board meeting on {DateDisplay.Long(r.Date)}")).ToList();
        var ids = reports.Select(r => r.Id).ToList();
        Questions = (await db.YouthGroupQuestions.AsNoTracking().Where(q => ids.Contains(q.ReportId)).ToListAsync(cancellationToken))
            .OrderBy(q => reports.FindIndex(r => r.Id == q.ReportId)).ThenBy(q => q.Order)
            .Select(q => new Choice(q.Id, $"{Reports.First(r => r.Id == q.ReportId).Text}, question {q.Order}: {q.Text}")).ToList();
        StrategyActions = (await db.StrategyActions.AsNoTracking().OrderBy(a => a.Description).ToListAsync(cancellationToken))
            .Select(a => new Choice(a.Id, $"{a.Description} ({DisplayWords.Of(a.Status)})")).ToList();
        BoardActions = (await db.BoardActions.AsNoTracking().Where(a => !a.Confidential).OrderBy(a => a.Description).ToListAsync(cancellationToken))
            .Select(a => new Choice(a.Id, $"{a.Description} ({DisplayWords.Of(a.Status)})")).ToList();
        Recommendations = (await db.Recommendations.AsNoTracking().Where(r => !r.Confidential).OrderBy(r => r.Reference).ToListAsync(cancellationToken))
            .Select(r => new Choice(r.Id, $"{r.Reference}: {r.Text} ({DisplayWords.Of(r.Status)})")).ToList();
    }
}

public sealed class YouSaidChecks : FormValidator<EditModel>
{
    public YouSaidChecks(HubDbContext db)
    {
        RuleFor(p => p.Input.RaisedOn).NotNull().WithMessage("Enter the date young people said it");
        RuleFor(p => p.Input.YouSaid).Required("Enter what children and young people said", db.MaxLength<YouSaidEntry>(e => e.YouSaid));
        RuleFor(p => p.Input.WeDid).Fits("What we did", db.MaxLength<YouSaidEntry>(e => e.WeDid));
        RuleFor(p => p.Input.SurveyQuestionKey).Fits("The question key", db.MaxLength<YouSaidEntry>(e => e.SurveyQuestionKey));
        RuleFor(p => p.Input.FedBackHow).Fits("How it was fed back", db.MaxLength<YouSaidEntry>(e => e.FedBackHow));
        RuleFor(p => p.Input.ChildFriendlyYouSaid).Fits("What young people said, in child-friendly words,", db.MaxLength<YouSaidEntry>(e => e.ChildFriendlyYouSaid));
        RuleFor(p => p.Input.ChildFriendlyWeDid).Fits("What we did, in child-friendly words,", db.MaxLength<YouSaidEntry>(e => e.ChildFriendlyWeDid));
    }
}
